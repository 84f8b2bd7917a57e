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
  records: {
    query: `query ($first: Int, $after: String) {
      contacts(first: $first, after: $after) {
        edges { node { id email } }
        pageInfo { hasNextPage endCursor }
      }
    }`,
    field: 'contacts',
    toEvent: (contact: ContactChange['contact'], position) => ({ eventId: position, contact }),
    discardBefore: async (manager, position) => {
      await manager.query('DELETE FROM marketing.known_contact WHERE last_event_id < $1', [
        position,
      ]);
    },
  },
};
