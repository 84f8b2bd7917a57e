import type { DataSource } from 'typeorm';
import { loadConnection, pageRequest, type SortKey } from '../../../platform/graphql/connection';
import { optionalId, optionalText } from '../../../platform/graphql/input-validation';
import type { ParentListRequest } from '../../../platform/graphql/parent-connections';
import { SupportCaseEntity, type SupportCase } from '../entities/support-case.entity';
import type {
  AccountCasesArgs,
  CaseOrder,
  CaseOrderField,
  CaseStatusFilter,
  QueryCasesArgs,
} from '../generated/resolvers-types';
import type { CaseConnection } from '../models';
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

const DEFAULT_ORDER: CaseOrder = { field: 'OPENED_AT', direction: 'DESC' };

/** The statuses each status filter of an account's cases lists; null for every status. */
const STATUS_FILTER_STATUSES: Record<CaseStatusFilter, readonly SupportCase['status'][] | null> = {
  OPEN: OPEN_STATUSES,
  CLOSED: CLOSED_STATUSES,
  ALL: null,
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

  return loadConnection(query, caseSort(args.orderBy), args);
}

/**
 * `Account.cases` as a field asks for it: an account's open cases, most recently opened first,
 * unless the filter or order say otherwise.
 */
export function accountCases(
  dataSource: DataSource,
  args: AccountCasesArgs,
): ParentListRequest<SupportCase> {
  const query = dataSource.getRepository(SupportCaseEntity).createQueryBuilder('support_case');
  const filter = args.filter ?? {};
  const statuses = STATUS_FILTER_STATUSES[filter.status ?? 'OPEN'];
  if (statuses !== null) {
    query.andWhere('support_case.status IN (:...statuses)', { statuses });
  }
  const contactId = optionalId(filter.contactId, 'filter.contactId');
  if (contactId !== null) {
    query.andWhere('support_case.contact_id = :contactId', { contactId });
  }
  if (filter.priority) {
    query.andWhere('support_case.priority = :priority', { priority: filter.priority });
  }
  const ownerId = optionalText(filter.ownerId, 'filter.ownerId', OWNER_MAX_LENGTH);
  if (ownerId !== null) {
    query.andWhere('support_case.owner_id = :ownerId', { ownerId });
  }
  const sort = caseSort(args.orderBy);

  return { query, sort, page: pageRequest(args, sort) };
}

function caseSort(order: CaseOrder | null | undefined): SortKey {
  const { field, direction } = order ?? DEFAULT_ORDER;

  return { ...CASE_SORT[field], direction: direction ?? 'ASC' };
}
