import type { OutboxStream } from '../../../platform/events/outbox-stream';
import { guardResolvers } from '../../../platform/identity/resolver-guard';
import { mergeResolvers } from '../../../platform/graphql/merge-resolvers';
import { scalarResolvers } from '../../../platform/graphql/scalars';
import type { Resolvers } from '../generated/resolvers-types';
import { accountResolvers } from './account-resolvers';
import { contactResolvers } from './contact-resolvers';
import { createContactSubscriptionResolvers } from './contact-subscription-resolvers';
import { leadConversionResolvers } from './lead-conversion-resolvers';

/**
 * Every resolver of the Accounts subgraph, each behind its scope check.
 *
 * @param events the Accounts outbox stream the subscriptions read from
 */
export function createAccountsResolvers(events: OutboxStream): Resolvers {
  return {
    ...scalarResolvers,
    ...guardResolvers(
      'accounts',
      mergeResolvers([
        accountResolvers,
        contactResolvers,
        leadConversionResolvers,
        createContactSubscriptionResolvers(events),
      ]),
    ),
  };
}
