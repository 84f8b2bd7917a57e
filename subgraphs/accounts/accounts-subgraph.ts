import { openSubgraphDataSource } from '../../platform/database/subgraph-data-source';
import { loadSchemaDocument } from '../../platform/graphql/load-sdl';
import { startSubgraphServer, type RunningSubgraph } from '../../platform/graphql/subgraph-server';
import type { Logger } from '../../platform/logging/logger';
import type { QueryCounter } from '../../platform/database/query-counter';
import { accountsDatabase } from './database';
import { createAccountsLoaders } from './loaders';
import { accountsResolvers } from './resolvers';

export interface SubgraphStartOptions {
  databaseUrl: string;
  port: number;
  identitySecret: string;
  logger: Logger;
}

export interface StartedSubgraph extends RunningSubgraph {
  queries: QueryCounter;
}

/** Opens the `accounts` schema (migrating it) and serves the Accounts subgraph. */
export async function startAccountsSubgraph(
  options: SubgraphStartOptions,
): Promise<StartedSubgraph> {
  const logger = options.logger.child({ subgraph: 'accounts' });
  const { dataSource, queries } = await openSubgraphDataSource({
    url: options.databaseUrl,
    ...accountsDatabase,
    logger,
  });
  const server = await startSubgraphServer({
    name: 'accounts',
    typeDefs: loadSchemaDocument('accounts'),
    resolvers: accountsResolvers,
    dataSource,
    createLoaders: createAccountsLoaders,
    identitySecret: options.identitySecret,
    port: options.port,
    logger,
  });

  return { ...server, queries };
}
