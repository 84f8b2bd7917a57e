import type { UserError } from '../../platform/errors/domain-errors';
import type { Connection } from '../../platform/graphql/connection';
import type { Account } from './entities/account.entity';
import type { Contact } from './entities/contact.entity';
import type { ContactSnapshot } from './events/contact-event-payload';
import type { ContactChangeKind } from './generated/resolvers-types';

/** The values resolvers hand to GraphQL for each type of the Accounts schema. */
export type { Account, Contact };
export type AccountConnection = Connection<Account>;
export type AccountEdge = AccountConnection['edges'][number];
export type ContactConnection = Connection<Contact>;
export type ContactEdge = ContactConnection['edges'][number];
export interface AccountPayload {
  account: Account | null;
  userErrors: UserError[];
}
export interface ContactPayload {
  contact: Contact | null;
  userErrors: UserError[];
}
export interface LeadConversionPayload {
  account: Account | null;
  contact: Contact | null;
  userErrors: UserError[];
}
/** One delivered `contact` outbox event. */
export interface ContactEvent {
  eventId: string;
  kind: ContactChangeKind;
  occurredAt: Date;
  /** The fields the event carries; the `contact` resolver completes them from the stored row. */
  contact: ContactSnapshot;
  previousEmail: string | null;
}
