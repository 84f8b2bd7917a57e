import type { EntityManager } from 'typeorm';

/**
 * Emails are locked by bucket rather than one by one: a batch of 10,000 addresses would need
 * 10,000 advisory locks, more than PostgreSQL's shared lock table holds by default, whereas it
 * needs at most this many buckets. Two captures of one address always meet on its bucket.
 */
const EMAIL_LOCK_BUCKETS = 256;

/**
 * Holds, until the transaction ends, the locks of the given (normalised) emails, so that two
 * transactions cannot both find an address free and both store it. Buckets are taken in
 * ascending order, so two batches waiting for each other cannot deadlock.
 */
export async function lockEmails(manager: EntityManager, emails: readonly string[]): Promise<void> {
  if (emails.length === 0) {
    return;
  }
  await manager.query(
    `SELECT pg_advisory_xact_lock(hashtext('marketing:lead-email'), bucket)
     FROM (
       SELECT DISTINCT hashtext(email) & ${EMAIL_LOCK_BUCKETS - 1} AS bucket
       FROM unnest($1::text[]) AS email
       ORDER BY bucket
     ) AS buckets`,
    [[...emails]],
  );
}
