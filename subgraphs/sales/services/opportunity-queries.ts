import type { DataSource, SelectQueryBuilder } from 'typeorm';
import { loadConnection, pageRequest, type SortKey } from '../../../platform/graphql/connection';
import {
  dateOrder,
  optionalCalendarDay,
  optionalId,
  optionalText,
} from '../../../platform/graphql/input-validation';
import type { ParentListRequest } from '../../../platform/graphql/parent-connections';
import { OpportunityEntity, type Opportunity } from '../entities/opportunity.entity';
import type {
  AccountOpportunitiesArgs,
  OpportunityFilter,
  OpportunityOrder,
  OpportunityOrderField,
  OpportunityStatus,
  QueryOpportunitiesArgs,
} from '../generated/resolvers-types';
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

const DEFAULT_ORDER: OpportunityOrder = { field: 'CLOSE_DATE', direction: 'ASC' };

/** Whether opportunities of each status of an account's list are closed; null for either. */
const STATUS_IS_CLOSED: Record<OpportunityStatus, boolean | null> = {
  OPEN: false,
  CLOSED: true,
  ALL: null,
};

/** One page of opportunities matching every filter given, by close date unless told otherwise. */
export function listOpportunities(
  dataSource: DataSource,
  args: QueryOpportunitiesArgs,
): Promise<OpportunityConnection> {
  const filter = args.filter ?? {};
  const accountId = optionalId(filter.accountId, 'filter.accountId');
  const query = filteredOpportunities(dataSource, filter);
  if (accountId !== null) {
    query.andWhere('opportunity.account_id = :accountId', { accountId });
  }

  return loadConnection(query, opportunitySort(args.orderBy), args);
}

/**
 * `Account.opportunities` as a field asks for it: all of an account's opportunities, by close
 * date, unless the filter or order say otherwise.
 */
export function accountOpportunities(
  dataSource: DataSource,
  args: AccountOpportunitiesArgs,
): ParentListRequest<Opportunity> {
  const { status, ...filter } = args.filter ?? {};
  const sort = opportunitySort(args.orderBy);

  return {
    query: filteredOpportunities(dataSource, {
      ...filter,
      isClosed: STATUS_IS_CLOSED[status ?? 'ALL'],
    }),
    sort,
    page: pageRequest(args, sort),
  };
}

/** The fields both opportunity filters have, the account aside. */
type SharedFilter = Omit<OpportunityFilter, 'accountId'>;

/** Opportunities matching every field of the filter given, checked as input first. */
function filteredOpportunities(
  dataSource: DataSource,
  filter: SharedFilter,
): SelectQueryBuilder<Opportunity> {
  const query = dataSource.getRepository(OpportunityEntity).createQueryBuilder('opportunity');
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

  return query;
}

function opportunitySort(order: OpportunityOrder | null | undefined): SortKey {
  const { field, direction } = order ?? DEFAULT_ORDER;

  return { ...OPPORTUNITY_SORT[field], direction: direction ?? 'ASC' };
}
