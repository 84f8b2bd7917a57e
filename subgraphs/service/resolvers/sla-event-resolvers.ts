import { NotFoundError } from '../../../platform/errors/domain-errors';
import type { OutboxStream } from '../../../platform/events/outbox-stream';
import { optionalId } from '../../../platform/graphql/input-validation';
import type { Resolvers, SlaEventFilter } from '../generated/resolvers-types';
import type { SlaEvent } from '../models';
import { optionalText } from '../../../platform/graphql/input-validation';
import { OWNER_MAX_LENGTH } from '../services/case-input';
import {
  breachSecondsLate,
  matchesSlaEvent,
  SLA_TOPIC,
  wholeSecondsBetween,
  type SlaEventCriteria,
  type SlaEventKind,
  type SlaEventPayload,
} from '../sla/sla-event';

/**
 * The SLA subscriptions, fed by the Service outbox through `events`, and the fields of the
 * events they deliver.
 */
export function createSlaEventResolvers(events: OutboxStream): Resolvers {
  const subscribe =
    (kind: SlaEventKind) =>
    (_parent: unknown, args: { filter?: SlaEventFilter | null; after?: string | null }) =>
      events.subscribe<SlaEventPayload>(SLA_TOPIC, {
        after: args.after ?? null,
        filter: matchesSlaEvent(kind, parseFilter(args.filter)),
      });
  const deliver = (event: SlaEvent): SlaEvent => event;

  return {
    Subscription: {
      slaWarning: { subscribe: subscribe('WARNING'), resolve: deliver },
      slaBreached: { subscribe: subscribe('BREACH'), resolve: deliver },
    },
    SlaEvent: {
      eventId: (event) => event.id,
      kind: (event) => event.payload.kind,
      occurredAt: (event) => event.occurredAt,
      case: async (event, _args, { loaders }) => {
        const found = await loaders.caseById.load(event.payload.caseId);
        if (found === null) {
          throw new NotFoundError('Case', event.payload.caseId);
        }

        return found;
      },
      target: (event) => event.payload.target,
      dueAt: (event) => event.payload.dueAt,
      secondsLate: (event) => (event.payload.kind === 'BREACH' ? breachSecondsLate(event) : null),
      secondsLeft: (event) =>
        event.payload.kind === 'WARNING'
          ? wholeSecondsBetween(event.occurredAt, new Date(event.payload.dueAt))
          : null,
    },
  };
}

function parseFilter(filter: SlaEventFilter | null | undefined): SlaEventCriteria {
  return {
    priority: filter?.priority ?? null,
    ownerId: optionalText(filter?.ownerId, 'filter.ownerId', OWNER_MAX_LENGTH),
    accountId: optionalId(filter?.accountId, 'filter.accountId'),
  };
}
