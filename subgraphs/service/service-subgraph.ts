import { openSubgraphDataSource } from '../../platform/database/subgraph-data-source';
import { loadSchemaDocument } from '../../platform/graphql/load-sdl';
import { startSubgraphServer } from '../../platform/graphql/subgraph-server';
import type { StartedSubgraph, SubgraphStartOptions } from '../accounts/accounts-subgraph';
import { serviceDatabase } from './database';
import { createServiceLoaders } from './loaders';
import { serviceResolvers } from './resolvers';

/** Opens the `service` schema (migrating it) and serves the Service subgraph. */
export async function startServiceSubgraph(
  options: SubgraphStartOptions,
): Promise<StartedSubgraph> {
  const logger = options.logger.child({ subgraph: 'service' });
  const { dataSource, queries } = await openSubgraphDataSource({
    url: options.databaseUrl,
    ...serviceDatabase,
    logger,
  });
  const server = await startSubgraphServer({
    name: 'service',
    typeDefs: loadSchemaDocument('service'),
    resolvers: serviceResolvers,
    dataSource,
    createLoaders: createServiceLoaders,
    identitySecret: options.identitySecret,
    port: options.port,
    logger,
  });

  return { ...server, queries };
}
