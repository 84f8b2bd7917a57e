import { openSubgraphDataSource } from '../../platform/database/subgraph-data-source';
import { OutboxStream } from '../../platform/events/outbox-stream';
import { loadSchemaDocument } from '../../platform/graphql/load-sdl';
import { startSubgraphServer } from '../../platform/graphql/subgraph-server';
import type { StartedSubgraph, SubgraphStartOptions } from '../accounts/accounts-subgraph';
import { salesDatabase } from './database';
import { createSalesLoaders } from './loaders';
import { createSalesResolvers } from './resolvers';

/** The running Sales subgraph, with the outbox stream its subscriptions read. */
export type StartedSalesSubgraph = StartedSubgraph & { events: OutboxStream };

/**
 * Opens the `sales` schema (migrating it), starts the stream of its outbox events and serves the
 * Sales subgraph; closing it stops the stream too.
 */
export async function startSalesSubgraph(
  options: SubgraphStartOptions,
): Promise<StartedSalesSubgraph> {
  const logger = options.logger.child({ subgraph: 'sales' });
  const { dataSource, queries } = await openSubgraphDataSource({
    url: options.databaseUrl,
    ...salesDatabase,
    logger,
  });
  const events = new OutboxStream({
    databaseUrl: options.databaseUrl,
    schema: salesDatabase.schema,
    logger,
  });
  try {
    await events.start();
    const server = await startSubgraphServer({
      name: 'sales',
      typeDefs: loadSchemaDocument('sales'),
      resolvers: createSalesResolvers(events),
      dataSource,
      createLoaders: createSalesLoaders,
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
