import type { DataSource } from 'typeorm';
import { openSubgraphDataSource } from '../platform/database/subgraph-data-source';
import type { SubgraphDatabase } from '../platform/graphql/subgraph-startup';
import type { Logger } from '../platform/logging/logger';
import { accountsDatabase } from '../subgraphs/accounts/database';
import { seedAccountsDemoData } from '../subgraphs/accounts/seed/demo-data';
import { marketingDatabase } from '../subgraphs/marketing/database';
import { seedMarketingDemoData } from '../subgraphs/marketing/seed/demo-data';
import { salesDatabase } from '../subgraphs/sales/database';
import { seedSalesDemoData } from '../subgraphs/sales/seed/demo-data';
import { serviceDatabase } from '../subgraphs/service/database';
import { seedServiceDemoData } from '../subgraphs/service/seed/demo-data';

/** Each subgraph migrates and fills its own schema; none writes another's. */
const PARTS: [SubgraphDatabase, (dataSource: DataSource) => Promise<void>][] = [
  [accountsDatabase, seedAccountsDemoData],
  [salesDatabase, seedSalesDemoData],
  [serviceDatabase, seedServiceDemoData],
  [marketingDatabase, seedMarketingDemoData],
];

/**
 * Brings every subgraph's schema up to date and loads the demo data set where a schema is
 * empty, so that a fresh start shows a populated graph and a restart changes nothing.
 */
export async function migrateAndSeed(databaseUrl: string, logger: Logger): Promise<void> {
  for (const [database, seed] of PARTS) {
    const { dataSource } = await openSubgraphDataSource({
      url: databaseUrl,
      ...database,
      logger,
      poolSize: 2,
    });
    try {
      await seed(dataSource);
    } finally {
      await dataSource.destroy();
    }
  }
}
