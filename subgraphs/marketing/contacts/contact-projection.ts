import type { EntityManager } from 'typeorm';

/** The part of Accounts' contact event duplicate detection needs. */
export interface ContactChange {
  eventId: string;
  contact: {
    id: string;
    email: string | null;
  };
}

/**
 * Applies one Accounts contact event to `known_contact`, the projection duplicate detection
 * reads. Each row remembers the event it was last written from and is only overwritten by a
 * later one, so the projection converges whatever order or repetition events arrive in. A
 * contact without an email keeps its row, with no email, so that its position is remembered.
 */
export async function applyContactChange(
  manager: EntityManager,
  change: ContactChange,
): Promise<void> {
  const { contact } = change;
  await manager.query(
    `INSERT INTO marketing.known_contact (contact_id, email, last_event_id)
     VALUES ($1, $2, $3)
     ON CONFLICT (contact_id) DO UPDATE
       SET email = EXCLUDED.email,
           last_event_id = EXCLUDED.last_event_id
       WHERE known_contact.last_event_id < EXCLUDED.last_event_id`,
    [contact.id, contact.email?.trim().toLowerCase() ?? null, change.eventId],
  );
}
