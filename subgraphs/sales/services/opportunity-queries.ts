import type { DataSource } from 'typeorm';
import { loadConnection, type SortKey } from '../../../platform/graphql/connection';
import {
  dateOrder,
  optionalCalendarDay,
  optionalId,
  optionalText,
} from '../../../platform/graphql/input-validation';
import { OpportunityEntity } from '../entities/opportunity.entity';
import type { OpportunityOrderField, QueryOpportunitiesArgs } from '../generated/resolvers-types';
import type { OpportunityConnection } from '../models';

const OPPORTUNITY_SORT: Record<OpportunityOrderField, Omit<SortKey, 'direction'>> = {
  CLOSE_DATE: {
    property: 'closeDate',
    column: 'opportunity.close_date',
    idColumn: 'opportunity.id',
    kind: 'date',
  },
  AMOUNT: {
    property: 'amount',
    column: 'opportunity.amount',
    idColumn: 'opportunity.id',
    kind: 'decimal',
  },
  CREATED_AT: {
    property: 'createdAt',
    column: 'opportunity.created_at',
    idColumn: 'opportunity.id',
    kind: 'timestamp',
  },
  NAME: { property: 'name', column: 'opportunity.name', idColumn: 'opportunity.id', kind: 'text' },
};

/** One page of opportunities matching every filter given, by close date unless told otherwise. */
export function listOpportunities(
  dataSource: DataSource,
  args: QueryOpportunitiesArgs,
): Promise<OpportunityConnection> {
  const query = dataSource.getRepository(OpportunityEntity).createQueryBuilder('opportunity');
  const filter = args.filter ?? {};
  const accountId = optionalId(filter.accountId, 'filter.accountId');
  if (accountId !== null) {
    query.andWhere('opportunity.account_id = :accountId', { accountId });
  }
  const ownerId = optionalText(filter.ownerId, 'filter.ownerId', 200);
  if (ownerId !== null) {
    query.andWhere('opportunity.owner_id = :ownerId', { ownerId });
  }
  const stage = optionalText(filter.stage, 'filter.stage', 100);
  if (stage !== null) {
    query.andWhere(
      'opportunity.stage_id IN (SELECT stage.id FROM sales.stage stage WHERE stage.name = :stage)',
      { stage },
    );
  }
  if (filter.forecastCategory) {
    query.andWhere('opportunity.forecast_category = :forecastCategory', {
      forecastCategory: filter.forecastCategory,
    });
  }
  if (filter.isClosed !== null && filter.isClosed !== undefined) {
    query.andWhere('opportunity.is_closed = :isClosed', { isClosed: filter.isClosed });
  }
  if (filter.type) {
    query.andWhere('opportunity.type = :type', { type: filter.type });
  }
  const from = optionalCalendarDay(filter.closeDateFrom, 'filter.closeDateFrom');
  const to = optionalCalendarDay(filter.closeDateTo, 'filter.closeDateTo');
  dateOrder(from, to, 'filter.closeDateTo');
  if (from !== null) {
    query.andWhere('opportunity.close_date >= :from', { from });
  }
  if (to !== null) {
    query.andWhere('opportunity.close_date <= :to', { to });
  }
  const order = args.orderBy ?? { field: 'CLOSE_DATE', direction: 'ASC' };

  return loadConnection(
    query,
    { ...OPPORTUNITY_SORT[order.field], direction: order.direction ?? 'ASC' },
    args,
  );
}
