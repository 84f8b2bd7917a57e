import type { DataSource } from 'typeorm';
import { loadConnection, type SortKey } from '../../../platform/graphql/connection';
import { integerInRange, optionalId } from '../../../platform/graphql/input-validation';
import { LeadEntity } from '../entities/lead.entity';
import type { QueryLeadsArgs } from '../generated/resolvers-types';
import type { LeadConnection } from '../models';

const LEAD_SORT: Record<string, Omit<SortKey, 'direction'>> = {
  CREATED_AT: {
    property: 'createdAt',
    column: 'lead.created_at',
    idColumn: 'lead.id',
    kind: 'timestamp',
  },
  // Compared as numeric: a cursor's decimal value such as "1.5" is then still valid SQL.
  SCORE: { property: 'score', column: 'lead.score::numeric', idColumn: 'lead.id', kind: 'decimal' },
  LAST_NAME: { property: 'lastName', column: 'lead.last_name', idColumn: 'lead.id', kind: 'text' },
};

/** One page of leads matching the filter, newest first unless `orderBy` says otherwise. */
export function listLeads(dataSource: DataSource, args: QueryLeadsArgs): Promise<LeadConnection> {
  const filter = args.filter ?? {};
  const query = dataSource.getRepository(LeadEntity).createQueryBuilder('lead');
  if (filter.email) {
    query.andWhere('lead.email = :email', { email: filter.email.trim().toLowerCase() });
  }
  const duplicateOf = optionalId(filter.duplicateOf, 'filter.duplicateOf');
  if (duplicateOf !== null) {
    query.andWhere('lead.duplicate_of = :duplicateOf', { duplicateOf });
  }
  if (filter.hasExistingContact === true) {
    query.andWhere('lead.existing_contact_id IS NOT NULL');
  } else if (filter.hasExistingContact === false) {
    query.andWhere('lead.existing_contact_id IS NULL');
  }
  if (filter.status) {
    query.andWhere('lead.status = :status', { status: filter.status });
  }
  if (filter.source) {
    query.andWhere('lead.source = :source', { source: filter.source });
  }
  const campaignId = optionalId(filter.campaignId, 'filter.campaignId');
  if (campaignId !== null) {
    query.andWhere('lead.campaign_id = :campaignId', { campaignId });
  }
  if (filter.ownerId) {
    query.andWhere('lead.owner_id = :ownerId', { ownerId: filter.ownerId });
  }
  const minScore = integerInRange(filter.minScore, 'filter.minScore', 0, 100);
  if (minScore !== null) {
    query.andWhere('lead.score >= :minScore', { minScore });
  }
  const order = args.orderBy ?? { field: 'CREATED_AT', direction: 'DESC' };

  return loadConnection(
    query,
    { ...LEAD_SORT[order.field], direction: order.direction ?? 'ASC' },
    args,
  );
}
