import { openSubgraphDataSource } from '../../platform/database/subgraph-data-source';
import { loadSchemaDocument } from '../../platform/graphql/load-sdl';
import { startSubgraphServer } from '../../platform/graphql/subgraph-server';
import type { StartedSubgraph, SubgraphStartOptions } from '../accounts/accounts-subgraph';
import { salesDatabase } from './database';
import { createSalesLoaders } from './loaders';
import { salesResolvers } from './resolvers';

/** Opens the `sales` schema (migrating it) and serves the Sales subgraph. */
export async function startSalesSubgraph(options: SubgraphStartOptions): Promise<StartedSubgraph> {
  const logger = options.logger.child({ subgraph: 'sales' });
  const { dataSource, queries } = await openSubgraphDataSource({
    url: options.databaseUrl,
    ...salesDatabase,
    logger,
  });
  const server = await startSubgraphServer({
    name: 'sales',
    typeDefs: loadSchemaDocument('sales'),
    resolvers: salesResolvers,
    dataSource,
    createLoaders: createSalesLoaders,
    identitySecret: options.identitySecret,
    port: options.port,
    logger,
  });

  return { ...server, queries };
}
