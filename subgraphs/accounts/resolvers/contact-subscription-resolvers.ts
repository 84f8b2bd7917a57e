import type { OutboxEvent } from '../../../platform/events/outbox';
import type { OutboxStream } from '../../../platform/events/outbox-stream';
import { CONTACT_TOPIC, type ContactEventPayload } from '../events/contact-event-payload';
import type { Resolvers } from '../generated/resolvers-types';
import type { ContactEvent } from '../models';

/** Resolvers of `Subscription.contactChanged`, fed by the Accounts outbox `events`. */
export function createContactSubscriptionResolvers(events: OutboxStream): Resolvers {
  return {
    Subscription: {
      contactChanged: {
        subscribe: (_parent, { after }) =>
          events.subscribe<ContactEventPayload>(CONTACT_TOPIC, { after }),
        resolve: (event: OutboxEvent<ContactEventPayload>) => toContactEvent(event),
      },
    },
    ContactEvent: {
      contact: async (event, _args, { loaders }) => {
        const current = await loaders.contactById.load(event.contact.id);
        if (current === null) {
          throw new Error(`Contact ${event.contact.id} of event ${event.eventId} is missing`);
        }

        return { ...current, ...event.contact };
      },
    },
  };
}

function toContactEvent(event: OutboxEvent<ContactEventPayload>): ContactEvent {
  const { payload } = event;

  return {
    eventId: event.id,
    kind: payload.kind,
    occurredAt: event.occurredAt,
    contact: payload.contact,
    previousEmail: payload.previousEmail ?? null,
  };
}
