import type { SubgraphEventStream } from '../events/subgraph-event-follower';
import { applyContactChange, type ContactChange } from './contact-projection';

/** Accounts' `contactChanged` events, followed into the known contact projection. */
export const CONTACT_EVENTS: SubgraphEventStream<ContactChange> = {
  name: 'accounts-contacts',
  domain: 'accounts',
  field: 'contactChanged',
  query: `subscription ($after: ID) {
    contactChanged(after: $after) {
      eventId
      contact { id email }
    }
  }`,
  apply: applyContactChange,
};
