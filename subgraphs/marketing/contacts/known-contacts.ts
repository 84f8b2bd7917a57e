import type { EntityManager } from 'typeorm';

/** A contact of Accounts whose email a captured lead repeats. */
export interface KnownContact {
  id: string;
  email: string;
}

/**
 * The contact known to hold each of these (normalised) emails, by email, from the projection of
 * Accounts' contact events. Several contacts may share an email; the same one is named each
 * time (the lowest id).
 */
export async function findKnownContacts(
  manager: EntityManager,
  emails: readonly string[],
): Promise<Map<string, KnownContact>> {
  if (emails.length === 0) {
    return new Map();
  }
  const rows: { contact_id: string; email: string }[] = await manager.query(
    `SELECT DISTINCT ON (email) contact_id, email FROM marketing.known_contact
     WHERE email = ANY($1::text[])
     ORDER BY email, contact_id`,
    [[...emails]],
  );

  return new Map(rows.map((row) => [row.email, { id: row.contact_id, email: row.email }]));
}
