import type { DataSource } from 'typeorm';
import { EventConsumer } from '../../../platform/events/event-consumer';
import { signForwardedIdentity } from '../../../platform/identity/forwarded-identity';
import type { Identity } from '../../../platform/identity/identity';
import { IDENTITY_CONNECTION_PARAM } from '../../../platform/graphql/subgraph-websocket';
import type { Logger } from '../../../platform/logging/logger';
import { applyContactChange, type ContactChange } from './contact-projection';

const CONTACT_CHANGED = `subscription ($after: ID) {
  contactChanged(after: $after) {
    eventId
    contact { id email }
  }
}`;

/** Marketing reads Accounts' events as a service of its own, allowed to read accounts and no more. */
const MARKETING_SERVICE: Identity = {
  subject: 'marketing',
  scopes: ['accounts:read'],
  partnerId: null,
  expiresAt: null,
};

export interface ContactConsumerOptions {
  accountsUrl: string;
  dataSource: DataSource;
  identitySecret: string;
  logger: Logger;
}

/**
 * Follows Accounts' `contactChanged` events into the known contact projection. Without a stored
 * position it starts from the oldest event Accounts still keeps, so contacts created before
 * Marketing first started are known too.
 */
export function createContactConsumer(
  options: ContactConsumerOptions,
): EventConsumer<ContactChange> {
  return new EventConsumer<ContactChange>({
    name: 'accounts-contacts',
    url: options.accountsUrl,
    query: CONTACT_CHANGED,
    initialAfter: '0',
    connectionParams: async () => ({
      [IDENTITY_CONNECTION_PARAM]: await signForwardedIdentity(
        MARKETING_SERVICE,
        options.identitySecret,
      ),
    }),
    dataSource: options.dataSource,
    positionTable: 'marketing.event_consumer_position',
    readEvent: (data) => {
      const change = data.contactChanged as ContactChange | undefined;

      return change ? { id: change.eventId, event: change } : null;
    },
    apply: (manager, change) => applyContactChange(manager, change),
    logger: options.logger.child({ component: 'contact-consumer' }),
  });
}
