import {
  startOutboxSubgraph,
  type StartedOutboxSubgraph,
  type SubgraphStartOptions,
} from '../../platform/graphql/subgraph-startup';
import { salesDatabase } from './database';
import { createSalesLoaders } from './loaders';
import { createSalesResolvers } from './resolvers';

/** The running Sales subgraph, with the outbox stream its subscriptions read. */
export type StartedSalesSubgraph = StartedOutboxSubgraph;

/**
 * Opens the `sales` schema (migrating it), starts the stream of its outbox events and serves the
 * Sales subgraph; closing it stops the stream too.
 */
export function startSalesSubgraph(options: SubgraphStartOptions): Promise<StartedSalesSubgraph> {
  return startOutboxSubgraph(
    {
      name: 'sales',
      database: salesDatabase,
      createResolvers: createSalesResolvers,
      createLoaders: createSalesLoaders,
    },
    options,
  );
}
