import { AccountReferences } from '../../platform/federation/account-references';
import {
  startOutboxSubgraph,
  type StartedOutboxSubgraph,
  type SubgraphStartOptions,
} from '../../platform/graphql/subgraph-startup';
import { salesDatabase } from './database';
import { createSalesLoaders } from './loaders';
import { createSalesResolvers } from './resolvers';

export interface SalesStartOptions extends SubgraphStartOptions {
  /** Where Accounts serves GraphQL: Sales asks it whether the account of an opportunity exists. */
  accountsUrl: string;
}

/** The running Sales subgraph, with the outbox stream its subscriptions read. */
export type StartedSalesSubgraph = StartedOutboxSubgraph;

/**
 * Opens the `sales` schema (migrating it), starts the stream of its outbox events and serves the
 * Sales subgraph; closing it stops the stream too.
 */
export function startSalesSubgraph(options: SalesStartOptions): Promise<StartedSalesSubgraph> {
  const accounts = new AccountReferences({
    url: options.accountsUrl,
    identitySecret: options.identitySecret,
    subject: 'sales',
    logger: options.logger.child({ subgraph: 'sales', component: 'account-references' }),
  });

  return startOutboxSubgraph(
    {
      name: 'sales',
      database: salesDatabase,
      createResolvers: (events) => createSalesResolvers(events, accounts),
      createLoaders: createSalesLoaders,
    },
    options,
  );
}
