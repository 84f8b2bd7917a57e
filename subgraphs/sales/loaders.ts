import DataLoader from 'dataloader';
import { In, type DataSource } from 'typeorm';
import { indexBy } from '../../platform/database/batch';
import { ParentConnectionLoader } from '../../platform/graphql/parent-connections';
import { OpportunityEntity, type Opportunity } from './entities/opportunity.entity';
import { StageEntity, type Stage } from './entities/stage.entity';

/** Money always has two decimals, zero included. */
const NO_AMOUNT = '0.00';

/** Per-request DataLoaders of the Sales subgraph; each turns N lookups into one query. */
export interface SalesLoaders {
  stageById: DataLoader<string, Stage | null>;
  stageByName: DataLoader<string, Stage | null>;
  opportunityById: DataLoader<string, Opportunity | null>;
  /** `Account.opportunities` pages, per account. */
  opportunitiesOfAccount: ParentConnectionLoader<Opportunity>;
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
    opportunitiesOfAccount: new ParentConnectionLoader<Opportunity>({
      column: 'opportunity.account_id',
      property: 'accountId',
    }),
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
