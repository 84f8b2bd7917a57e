import type { OutboxStream } from '../../../platform/events/outbox-stream';
import { guardResolvers } from '../../../platform/identity/resolver-guard';
import { mergeResolvers } from '../../../platform/graphql/merge-resolvers';
import { scalarResolvers } from '../../../platform/graphql/scalars';
import type { Resolvers } from '../generated/resolvers-types';
import { accountResolvers } from './account-resolvers';
import { caseResolvers } from './case-resolvers';
import { createSlaEventResolvers } from './sla-event-resolvers';
import { slaResolvers } from './sla-resolvers';

/** Every resolver of the Service subgraph, each behind its scope check; `events` feeds the subscriptions. */
export function createServiceResolvers(events: OutboxStream): Resolvers {
  return {
    ...scalarResolvers,
    ...guardResolvers(
      'service',
      mergeResolvers([
        caseResolvers,
        accountResolvers,
        slaResolvers,
        createSlaEventResolvers(events),
      ]),
    ),
  };
}
