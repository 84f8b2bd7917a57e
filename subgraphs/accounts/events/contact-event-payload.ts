import type { Contact } from '../entities/contact.entity';
import type { ContactChangeKind } from '../generated/resolvers-types';

/** Outbox topic of contact changes, in the `accounts` outbox. */
export const CONTACT_TOPIC = 'contact';

/** The fields of a contact that other subgraphs follow, as events carry them. */
export interface ContactSnapshot {
  id: string;
  /** Lower-cased and trimmed, as stored. */
  email: string | null;
  firstName: string | null;
  lastName: string;
  accountId: string | null;
}

/** The payload of every `contact` event: one committed change of one contact. */
export interface ContactEventPayload {
  kind: ContactChangeKind;
  /** The contact right after the change. */
  contact: ContactSnapshot;
  /** The email before the change, when an update changed it; null otherwise. */
  previousEmail: string | null;
}

/** The snapshot of a contact as events carry it. */
export function toContactSnapshot(contact: Contact): ContactSnapshot {
  return {
    id: contact.id,
    email: contact.email,
    firstName: contact.firstName,
    lastName: contact.lastName,
    accountId: contact.accountId,
  };
}
