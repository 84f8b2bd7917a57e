import {
  startOutboxSubgraph,
  type StartedOutboxSubgraph,
  type SubgraphStartOptions,
} from '../../platform/graphql/subgraph-startup';
import { serviceDatabase } from './database';
import { createServiceLoaders } from './loaders';
import { createServiceResolvers } from './resolvers';
import { SlaMonitor } from './sla/sla-monitor';

export interface ServiceSubgraphOptions extends SubgraphStartOptions {
  /** How often the SLA monitor looks for due warnings and breaches (default 250 ms). */
  slaCheckIntervalMs?: number;
}

/** The running Service subgraph, with the stream of its outbox events. */
export type StartedServiceSubgraph = StartedOutboxSubgraph;

const DEFAULT_SLA_CHECK_INTERVAL_MS = 250;

/**
 * Opens the `service` schema (migrating it), starts the outbox stream and the SLA monitor, and
 * serves the Service subgraph. Closing it stops all three.
 */
export function startServiceSubgraph(
  options: ServiceSubgraphOptions,
): Promise<StartedServiceSubgraph> {
  return startOutboxSubgraph(
    {
      name: 'service',
      database: serviceDatabase,
      createResolvers: createServiceResolvers,
      createLoaders: createServiceLoaders,
      startBackgroundWork: (logger) =>
        SlaMonitor.start({
          databaseUrl: options.databaseUrl,
          intervalMs: options.slaCheckIntervalMs ?? DEFAULT_SLA_CHECK_INTERVAL_MS,
          logger: logger.child({ component: 'sla-monitor' }),
        }),
    },
    options,
  );
}
