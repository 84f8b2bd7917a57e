import type { EntityManager } from 'typeorm';
import { appendOutboxEvent } from '../../../platform/events/outbox';
import { accountsDatabase } from '../database';
import type { Contact } from '../entities/contact.entity';
import {
  CONTACT_TOPIC,
  toContactSnapshot,
  type ContactEventPayload,
  type ContactSnapshot,
} from '../events/contact-event-payload';

/**
 * Appends the `contact` event describing the change from `before` (null for a new contact) to
 * `after`. Call it as the transaction's last statement: the outbox orders events by commit only
 * when their append is the last thing a transaction does.
 */
export async function recordContactChange(
  manager: EntityManager,
  before: ContactSnapshot | null,
  after: Contact,
): Promise<void> {
  const payload: ContactEventPayload = {
    kind: before === null ? 'CREATED' : 'UPDATED',
    contact: toContactSnapshot(after),
    previousEmail: before === null || before.email === after.email ? null : before.email,
  };
  await appendOutboxEvent(manager, accountsDatabase.schema, CONTACT_TOPIC, payload);
}
