import DataLoader from 'dataloader';
import { Brackets, In, type DataSource, type Repository } from 'typeorm';
import { groupBy, indexBy } from '../../platform/database/batch';
import { OpportunityEntity, type Opportunity } from './entities/opportunity.entity';
import { StageEntity, type Stage } from './entities/stage.entity';
import type { OpportunityStatus } from './generated/resolvers-types';

/** Which opportunities of which account a caller asked for. */
export interface AccountOpportunitiesKey {
  accountId: string;
  status: OpportunityStatus;
}

/** Money always has two decimals, zero included. */
const NO_AMOUNT = '0.00';

/** Per-request DataLoaders of the Sales subgraph; each turns N lookups into one query. */
export interface SalesLoaders {
  stageById: DataLoader<string, Stage | null>;
  stageByName: DataLoader<string, Stage | null>;
  opportunityById: DataLoader<string, Opportunity | null>;
  opportunitiesByAccount: DataLoader<AccountOpportunitiesKey, Opportunity[], string>;
  /**
   * Sum of the open amounts per account id, as PostgreSQL prints a sum of `numeric(20, 2)`: with
   * two decimals, like every amount, and "0.00" for an account without open opportunities.
   */
  openPipelineAmountByAccountId: DataLoader<string, string>;
}

/** Builds a request's loaders; call once per request so no cache outlives it. */
export function createSalesLoaders(dataSource: DataSource): SalesLoaders {
  const stages = dataSource.getRepository(StageEntity);
  const opportunities = dataSource.getRepository(OpportunityEntity);

  return {
    stageById: new DataLoader(async (ids) =>
      indexBy(await stages.findBy({ id: In([...ids]) }), ids, (stage) => stage.id),
    ),
    stageByName: new DataLoader(async (names) =>
      indexBy(await stages.findBy({ name: In([...names]) }), names, (stage) => stage.name),
    ),
    opportunityById: new DataLoader(async (ids) =>
      indexBy(await opportunities.findBy({ id: In([...ids]) }), ids, (row) => row.id),
    ),
    opportunitiesByAccount: new DataLoader(
      async (keys) => {
        const rows = await loadAccountOpportunities(opportunities, keys);
        const accountIds = keys.map((key) => key.accountId);
        const byAccount = groupBy(rows, accountIds, (row) => row.accountId);

        return keys.map((key, index) =>
          byAccount[index].filter((row) => hasStatus(row, key.status)),
        );
      },
      { cacheKeyFn: (key) => `${key.status}:${key.accountId}` },
    ),
    openPipelineAmountByAccountId: new DataLoader(async (accountIds) => {
      const rows: { accountId: string; amount: string }[] = await opportunities
        .createQueryBuilder('opportunity')
        .select('opportunity.account_id', 'accountId')
        .addSelect('sum(opportunity.amount)::text', 'amount')
        .where('opportunity.account_id IN (:...accountIds)', { accountIds: [...accountIds] })
        .andWhere('NOT opportunity.is_closed')
        .groupBy('opportunity.account_id')
        .getRawMany();
      const amounts = new Map(rows.map((row) => [row.accountId, row.amount]));

      return accountIds.map((accountId) => amounts.get(accountId) ?? NO_AMOUNT);
    }),
  };
}

/** The condition each status adds, on a parameter named after the status. */
const STATUS_CONDITIONS: Record<OpportunityStatus, string> = {
  ALL: 'opportunity.account_id IN (:...ALL)',
  OPEN: '(opportunity.account_id IN (:...OPEN) AND NOT opportunity.is_closed)',
  CLOSED: '(opportunity.account_id IN (:...CLOSED) AND opportunity.is_closed)',
};

/**
 * One statement for every key of the batch, whatever mix of statuses was asked: each status
 * contributes its own condition on its own accounts.
 */
function loadAccountOpportunities(
  opportunities: Repository<Opportunity>,
  keys: readonly AccountOpportunitiesKey[],
): Promise<Opportunity[]> {
  const idsByStatus: Record<OpportunityStatus, string[]> = { ALL: [], OPEN: [], CLOSED: [] };
  for (const key of keys) {
    idsByStatus[key.status].push(key.accountId);
  }

  return opportunities
    .createQueryBuilder('opportunity')
    .where(
      new Brackets((where) => {
        for (const [status, ids] of Object.entries(idsByStatus)) {
          if (ids.length > 0) {
            where.orWhere(STATUS_CONDITIONS[status as OpportunityStatus], { [status]: ids });
          }
        }
      }),
    )
    .orderBy('opportunity.close_date', 'ASC')
    .addOrderBy('opportunity.id', 'ASC')
    .getMany();
}

function hasStatus(opportunity: Opportunity, status: OpportunityStatus): boolean {
  return status === 'ALL' || opportunity.isClosed === (status === 'CLOSED');
}
