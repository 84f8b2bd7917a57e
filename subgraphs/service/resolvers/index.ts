import type { OutboxStream } from '../../../platform/events/outbox-stream';
import type { AccountReferences } from '../../../platform/federation/account-references';
import { guardResolvers } from '../../../platform/identity/resolver-guard';
import { mergeResolvers } from '../../../platform/graphql/merge-resolvers';
import { scalarResolvers } from '../../../platform/graphql/scalars';
import type { Resolvers } from '../generated/resolvers-types';
import { accountResolvers } from './account-resolvers';
import { createCaseResolvers } from './case-resolvers';
import { createSlaEventResolvers } from './sla-event-resolvers';
import { slaResolvers } from './sla-resolvers';

/**
 * Every resolver of the Service subgraph, each behind its scope check.
 *
 * @param events the Service outbox stream the subscriptions read from
 * @param accounts asks Accounts about the account and contact a case is given
 */
export function createServiceResolvers(
  events: OutboxStream,
  accounts: AccountReferences,
): Resolvers {
  return {
    ...scalarResolvers,
    ...guardResolvers(
      'service',
      mergeResolvers([
        createCaseResolvers(accounts),
        accountResolvers,
        slaResolvers,
        createSlaEventResolvers(events),
      ]),
    ),
  };
}
