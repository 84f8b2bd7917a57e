import type { OutboxStream } from '../../../platform/events/outbox-stream';
import type { AccountReferences } from '../../../platform/federation/account-references';
import { guardResolvers } from '../../../platform/identity/resolver-guard';
import { mergeResolvers } from '../../../platform/graphql/merge-resolvers';
import { scalarResolvers } from '../../../platform/graphql/scalars';
import type { Resolvers } from '../generated/resolvers-types';
import { accountResolvers } from './account-resolvers';
import { createOpportunityResolvers } from './opportunity-resolvers';
import { pipelineResolvers } from './pipeline-resolvers';
import { createPipelineSubscriptionResolvers } from './pipeline-subscription-resolvers';

/**
 * Every resolver of the Sales subgraph, each behind its scope check.
 *
 * @param events the Sales outbox stream the subscriptions read from
 * @param accounts asks Accounts whether the account an opportunity is written with exists
 */
export function createSalesResolvers(events: OutboxStream, accounts: AccountReferences): Resolvers {
  return {
    ...scalarResolvers,
    ...guardResolvers(
      'sales',
      mergeResolvers([
        createOpportunityResolvers(accounts),
        accountResolvers,
        pipelineResolvers,
        createPipelineSubscriptionResolvers(events),
      ]),
    ),
  };
}
