import { AccountReferences } from '../../platform/federation/account-references';
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
  /**
   * Where Accounts serves GraphQL: Service asks it whether the account and contact of a case
   * exist, and whether the contact is one of the account's.
   */
  accountsUrl: string;
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
  const accounts = new AccountReferences({
    url: options.accountsUrl,
    identitySecret: options.identitySecret,
    subject: 'service',
    logger: options.logger.child({ subgraph: 'service', component: 'account-references' }),
  });

  return startOutboxSubgraph(
    {
      name: 'service',
      database: serviceDatabase,
      createResolvers: (events) => createServiceResolvers(events, accounts),
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
