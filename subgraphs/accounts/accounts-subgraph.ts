import {
  startOutboxSubgraph,
  type StartedOutboxSubgraph,
  type SubgraphStartOptions,
} from '../../platform/graphql/subgraph-startup';
import { accountsDatabase } from './database';
import { createAccountsLoaders } from './loaders';
import { createAccountsResolvers } from './resolvers';

/** The running Accounts subgraph, with the outbox stream its subscriptions read. */
export type StartedAccountsSubgraph = StartedOutboxSubgraph;

/**
 * Opens the `accounts` schema (migrating it), starts the stream of its outbox events and serves
 * the Accounts subgraph; closing it stops the stream too.
 */
export function startAccountsSubgraph(
  options: SubgraphStartOptions,
): Promise<StartedAccountsSubgraph> {
  return startOutboxSubgraph(
    {
      name: 'accounts',
      database: accountsDatabase,
      createResolvers: createAccountsResolvers,
      createLoaders: createAccountsLoaders,
    },
    options,
  );
}
