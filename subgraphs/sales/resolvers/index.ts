import type { OutboxStream } from '../../../platform/events/outbox-stream';
import { guardResolvers } from '../../../platform/identity/resolver-guard';
import { mergeResolvers } from '../../../platform/graphql/merge-resolvers';
import { scalarResolvers } from '../../../platform/graphql/scalars';
import type { Resolvers } from '../generated/resolvers-types';
import { accountResolvers } from './account-resolvers';
import { opportunityResolvers } from './opportunity-resolvers';
import { pipelineResolvers } from './pipeline-resolvers';
import { createPipelineSubscriptionResolvers } from './pipeline-subscription-resolvers';

/**
 * Every resolver of the Sales subgraph, each behind its scope check.
 *
 * @param events the Sales outbox stream the subscriptions read from
 */
export function createSalesResolvers(events: OutboxStream): Resolvers {
  return {
    ...scalarResolvers,
    ...guardResolvers(
      'sales',
      mergeResolvers([
        opportunityResolvers,
        accountResolvers,
        pipelineResolvers,
        createPipelineSubscriptionResolvers(events),
      ]),
    ),
  };
}
