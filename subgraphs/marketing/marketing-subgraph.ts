import { openSubgraphDataSource } from '../../platform/database/subgraph-data-source';
import { loadSchemaDocument } from '../../platform/graphql/load-sdl';
import { startSubgraphServer } from '../../platform/graphql/subgraph-server';
import type { StartedSubgraph, SubgraphStartOptions } from '../accounts/accounts-subgraph';
import { marketingDatabase } from './database';
import { createMarketingLoaders } from './loaders';
import { marketingResolvers } from './resolvers';

/** Opens the `marketing` schema (migrating it) and serves the Marketing subgraph. */
export async function startMarketingSubgraph(
  options: SubgraphStartOptions,
): Promise<StartedSubgraph> {
  const logger = options.logger.child({ subgraph: 'marketing' });
  const { dataSource, queries } = await openSubgraphDataSource({
    url: options.databaseUrl,
    ...marketingDatabase,
    logger,
  });
  const server = await startSubgraphServer({
    name: 'marketing',
    typeDefs: loadSchemaDocument('marketing'),
    resolvers: marketingResolvers,
    dataSource,
    createLoaders: createMarketingLoaders,
    identitySecret: options.identitySecret,
    port: options.port,
    logger,
  });

  return { ...server, queries };
}
