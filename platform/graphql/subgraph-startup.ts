import type { DataSource, EntitySchema, MixedList } from 'typeorm';
import type { QueryCounter } from '../database/query-counter';
import { openSubgraphDataSource } from '../database/subgraph-data-source';
import { OutboxStream } from '../events/outbox-stream';
import type { Logger } from '../logging/logger';
import { loadSchemaDocument } from './load-sdl';
import { startSubgraphServer, type RunningSubgraph } from './subgraph-server';

/** What every subgraph's start function takes. */
export interface SubgraphStartOptions {
  databaseUrl: string;
  port: number;
  identitySecret: string;
  logger: Logger;
}

export interface StartedSubgraph extends RunningSubgraph {
  /** SQL statements the subgraph has sent, for tests that prove batching. */
  queries: QueryCounter;
}

/** The PostgreSQL schema a subgraph owns, its entities and its committed migrations. */
export interface SubgraphDatabase {
  schema: string;
  entities: MixedList<EntitySchema>;
  migrations: MixedList<new () => unknown>;
}

/** Work a subgraph runs beside its server, such as a timer; stopped before the server's stream. */
export interface BackgroundWork {
  stop: () => Promise<void>;
}

export interface OutboxSubgraphDefinition<TLoaders> {
  /** Names the subgraph, its SDL file (`schema/<name>.graphql`) and its log lines. */
  name: string;
  database: SubgraphDatabase;
  createResolvers: (events: OutboxStream) => object;
  createLoaders: (dataSource: DataSource) => TLoaders;
  /** Started once the outbox stream runs, before the server accepts requests. */
  startBackgroundWork?: (logger: Logger) => Promise<BackgroundWork>;
}

/** A running subgraph with the stream of its outbox events, which its subscriptions read. */
export type StartedOutboxSubgraph = StartedSubgraph & { events: OutboxStream };

/**
 * Starts a subgraph that publishes events: opens (and migrates) its schema, starts the stream of
 * its outbox, then any background work, then the server. Closing the server stops them in the
 * reverse order; a failure while starting releases whatever had started.
 */
export async function startOutboxSubgraph<TLoaders>(
  definition: OutboxSubgraphDefinition<TLoaders>,
  options: SubgraphStartOptions,
): Promise<StartedOutboxSubgraph> {
  const logger = options.logger.child({ subgraph: definition.name });
  const { dataSource, queries } = await openSubgraphDataSource({
    url: options.databaseUrl,
    ...definition.database,
    logger,
  });
  const events = new OutboxStream({
    databaseUrl: options.databaseUrl,
    schema: definition.database.schema,
    logger: logger.child({ component: 'outbox' }),
  });
  let background: BackgroundWork | null = null;
  try {
    await events.start();
    background = (await definition.startBackgroundWork?.(logger)) ?? null;
    const running = background;
    const server = await startSubgraphServer({
      name: definition.name,
      typeDefs: loadSchemaDocument(definition.name),
      resolvers: definition.createResolvers(events),
      dataSource,
      createLoaders: definition.createLoaders,
      identitySecret: options.identitySecret,
      port: options.port,
      logger,
      onClose: async () => {
        await running?.stop();
        await events.close();
      },
    });

    return { ...server, queries, events };
  } catch (error) {
    await background?.stop();
    await events.close();
    await dataSource.destroy();
    throw error;
  }
}
