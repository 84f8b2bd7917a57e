import type { DataSource } from 'typeorm';
import { loadConnection, type SortKey } from '../../../platform/graphql/connection';
import { optionalId } from '../../../platform/graphql/input-validation';
import { SupportCaseEntity } from '../entities/support-case.entity';
import type { CaseOrderField, QueryCasesArgs } from '../generated/resolvers-types';
import type { CaseConnection } from '../models';
import { optionalText } from '../../../platform/graphql/input-validation';
import { OWNER_MAX_LENGTH } from './case-input';
import { CLOSED_STATUSES, OPEN_STATUSES } from './case-status';

const CASE_SORT: Record<CaseOrderField, Omit<SortKey, 'direction'>> = {
  OPENED_AT: {
    property: 'openedAt',
    column: 'support_case.opened_at',
    idColumn: 'support_case.id',
    kind: 'timestamp',
  },
  // priority_rank is numeric, so a cursor value passing the decimal check always compares.
  PRIORITY: {
    property: 'priorityRank',
    column: 'support_case.priority_rank',
    idColumn: 'support_case.id',
    kind: 'decimal',
  },
  CREATED_AT: {
    property: 'createdAt',
    column: 'support_case.created_at',
    idColumn: 'support_case.id',
    kind: 'timestamp',
  },
};

/** One page of cases matching the filter; most recently opened first by default. */
export function listCases(dataSource: DataSource, args: QueryCasesArgs): Promise<CaseConnection> {
  const query = dataSource.getRepository(SupportCaseEntity).createQueryBuilder('support_case');
  const filter = args.filter ?? {};
  const accountId = optionalId(filter.accountId, 'filter.accountId');
  if (accountId !== null) {
    query.andWhere('support_case.account_id = :accountId', { accountId });
  }
  const contactId = optionalId(filter.contactId, 'filter.contactId');
  if (contactId !== null) {
    query.andWhere('support_case.contact_id = :contactId', { contactId });
  }
  if (filter.status !== null && filter.status !== undefined) {
    query.andWhere('support_case.status = ANY(:statuses)', { statuses: filter.status });
  }
  if (filter.priority) {
    query.andWhere('support_case.priority = :priority', { priority: filter.priority });
  }
  const ownerId = optionalText(filter.ownerId, 'filter.ownerId', OWNER_MAX_LENGTH);
  if (ownerId !== null) {
    query.andWhere('support_case.owner_id = :ownerId', { ownerId });
  }
  if (filter.isOpen !== null && filter.isOpen !== undefined) {
    query.andWhere('support_case.status = ANY(:openness)', {
      openness: filter.isOpen ? OPEN_STATUSES : CLOSED_STATUSES,
    });
  }
  const order = args.orderBy ?? { field: 'OPENED_AT', direction: 'DESC' };

  return loadConnection(
    query,
    { ...CASE_SORT[order.field], direction: order.direction ?? 'ASC' },
    args,
  );
}
