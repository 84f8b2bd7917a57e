import { openSubgraphDataSource } from '../../platform/database/subgraph-data-source';
import { OutboxStream } from '../../platform/events/outbox-stream';
import { loadSchemaDocument } from '../../platform/graphql/load-sdl';
import { startSubgraphServer } from '../../platform/graphql/subgraph-server';
import type { StartedSubgraph, SubgraphStartOptions } from '../accounts/accounts-subgraph';
import { serviceDatabase } from './database';
import { createServiceLoaders } from './loaders';
import { createServiceResolvers } from './resolvers';
import { SlaMonitor } from './sla/sla-monitor';

export interface ServiceSubgraphOptions extends SubgraphStartOptions {
  /** How often the SLA monitor looks for due warnings and breaches (default 250 ms). */
  slaCheckIntervalMs?: number;
}

/** The running Service subgraph, with the stream of its outbox events. */
export type StartedServiceSubgraph = StartedSubgraph & { events: OutboxStream };

const DEFAULT_SLA_CHECK_INTERVAL_MS = 250;

/**
 * Opens the `service` schema (migrating it), starts the SLA monitor and the outbox stream, and
 * serves the Service subgraph. Closing it stops all three.
 */
export async function startServiceSubgraph(
  options: ServiceSubgraphOptions,
): Promise<StartedServiceSubgraph> {
  const logger = options.logger.child({ subgraph: 'service' });
  const { dataSource, queries } = await openSubgraphDataSource({
    url: options.databaseUrl,
    ...serviceDatabase,
    logger,
  });
  const events = new OutboxStream({
    databaseUrl: options.databaseUrl,
    schema: serviceDatabase.schema,
    logger: logger.child({ component: 'outbox' }),
  });
  let monitor: SlaMonitor | null = null;
  try {
    await events.start();
    monitor = await SlaMonitor.start({
      databaseUrl: options.databaseUrl,
      intervalMs: options.slaCheckIntervalMs ?? DEFAULT_SLA_CHECK_INTERVAL_MS,
      logger: logger.child({ component: 'sla-monitor' }),
    });
    const running = monitor;
    const server = await startSubgraphServer({
      name: 'service',
      typeDefs: loadSchemaDocument('service'),
      resolvers: createServiceResolvers(events),
      dataSource,
      createLoaders: createServiceLoaders,
      identitySecret: options.identitySecret,
      port: options.port,
      logger,
      onClose: async () => {
        await running.stop();
        await events.close();
      },
    });

    return { ...server, queries, events };
  } catch (error) {
    await monitor?.stop();
    await events.close();
    await dataSource.destroy();
    throw error;
  }
}
