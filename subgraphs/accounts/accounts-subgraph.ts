import { openSubgraphDataSource } from '../../platform/database/subgraph-data-source';
import { OutboxStream } from '../../platform/events/outbox-stream';
import { loadSchemaDocument } from '../../platform/graphql/load-sdl';
import { startSubgraphServer, type RunningSubgraph } from '../../platform/graphql/subgraph-server';
import type { Logger } from '../../platform/logging/logger';
import type { QueryCounter } from '../../platform/database/query-counter';
import { accountsDatabase } from './database';
import { createAccountsLoaders } from './loaders';
import { createAccountsResolvers } from './resolvers';

export interface SubgraphStartOptions {
  databaseUrl: string;
  port: number;
  identitySecret: string;
  logger: Logger;
}

export interface StartedSubgraph extends RunningSubgraph {
  queries: QueryCounter;
}

/** The running Accounts subgraph, with the outbox stream its subscriptions read. */
export type StartedAccountsSubgraph = StartedSubgraph & { events: OutboxStream };

/**
 * Opens the `accounts` schema (migrating it), starts the stream of its outbox events and serves
 * the Accounts subgraph; closing it stops the stream too.
 */
export async function startAccountsSubgraph(
  options: SubgraphStartOptions,
): Promise<StartedAccountsSubgraph> {
  const logger = options.logger.child({ subgraph: 'accounts' });
  const { dataSource, queries } = await openSubgraphDataSource({
    url: options.databaseUrl,
    ...accountsDatabase,
    logger,
  });
  const events = new OutboxStream({
    databaseUrl: options.databaseUrl,
    schema: accountsDatabase.schema,
    logger,
  });
  try {
    await events.start();
    const server = await startSubgraphServer({
      name: 'accounts',
      typeDefs: loadSchemaDocument('accounts'),
      resolvers: createAccountsResolvers(events),
      dataSource,
      createLoaders: createAccountsLoaders,
      identitySecret: options.identitySecret,
      port: options.port,
      logger,
      onClose: () => events.close(),
    });

    return { ...server, queries, events };
  } catch (error) {
    await events.close();
    await dataSource.destroy();
    throw error;
  }
}
