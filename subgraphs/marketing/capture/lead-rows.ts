import type { EntityManager } from 'typeorm';
import type { KnownLead, MergePatch, NewLead } from './batch-plan';

/** The lead (not flagged as a duplicate) holding each of these emails, by email. */
export async function findKnownLeads(
  manager: EntityManager,
  emails: readonly string[],
): Promise<Map<string, KnownLead>> {
  if (emails.length === 0) {
    return new Map();
  }
  const rows: {
    id: string;
    email: string;
    status: KnownLead['status'];
    owner_id: string | null;
  }[] = await manager.query(
    `SELECT id, email, status, owner_id FROM marketing.lead
       WHERE email = ANY($1::text[]) AND duplicate_of IS NULL`,
    [[...emails]],
  );

  return new Map(
    rows.map((row) => [
      row.email,
      { id: row.id, email: row.email, status: row.status, ownerId: row.owner_id },
    ]),
  );
}

/** The campaigns among `ids` that exist. */
export async function existingCampaignIds(
  manager: EntityManager,
  ids: readonly string[],
): Promise<Set<string>> {
  if (ids.length === 0) {
    return new Set();
  }
  const rows: { id: string }[] = await manager.query(
    'SELECT id FROM marketing.campaign WHERE id = ANY($1::uuid[])',
    [[...ids]],
  );

  return new Set(rows.map((row) => row.id));
}

/**
 * Inserts new OPEN leads in one statement, whatever their number. They are stamped as scored
 * now with a score of 0; the caller rescores them in the same transaction, which then rewrites
 * only the leads that some rule gives points.
 */
export async function insertLeads(
  manager: EntityManager,
  leads: readonly NewLead[],
): Promise<void> {
  if (leads.length === 0) {
    return;
  }
  const column = <T>(pick: (lead: NewLead) => T): T[] => leads.map(pick);
  await manager.query(
    `INSERT INTO marketing.lead (id, first_name, last_name, email, company, title, phone, industry,
                                 country, employee_count, source, status, campaign_id, owner_id,
                                 duplicate_of, existing_contact_id, score, scored_at)
     SELECT id, first_name, last_name, email, company, title, phone, industry, country,
            employee_count, source, 'OPEN', campaign_id, owner_id, duplicate_of,
            existing_contact_id, 0, now()
     FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[],
                 $7::text[], $8::text[], $9::text[], $10::integer[], $11::text[], $12::uuid[],
                 $13::text[], $14::uuid[], $15::uuid[])
       AS row (id, first_name, last_name, email, company, title, phone, industry, country,
               employee_count, source, campaign_id, owner_id, duplicate_of, existing_contact_id)`,
    [
      column((lead) => lead.id),
      column((lead) => lead.firstName),
      column((lead) => lead.lastName),
      column((lead) => lead.email),
      column((lead) => lead.company),
      column((lead) => lead.title),
      column((lead) => lead.phone),
      column((lead) => lead.industry),
      column((lead) => lead.country),
      column((lead) => lead.employeeCount),
      column((lead) => lead.source),
      column((lead) => lead.campaignId),
      column((lead) => lead.ownerId),
      column((lead) => lead.duplicateOf),
      column((lead) => lead.existingContactId),
    ],
  );
}

/**
 * Locks the stored leads a batch changes, in one statement and in id order, as the score
 * recompute locks leads, so the two cannot deadlock. Ids of leads not stored yet are skipped.
 */
export async function lockLeads(manager: EntityManager, ids: readonly string[]): Promise<void> {
  if (ids.length === 0) {
    return;
  }
  await manager.query(
    'SELECT id FROM marketing.lead WHERE id = ANY($1::uuid[]) ORDER BY id FOR UPDATE',
    [[...new Set(ids)]],
  );
}

/**
 * Fills the empty fields of known leads in one statement; converted leads are left alone. The
 * caller holds the leads' locks (lockLeads).
 */
export async function mergeIntoLeads(
  manager: EntityManager,
  merges: ReadonlyMap<string, MergePatch>,
): Promise<void> {
  if (merges.size === 0) {
    return;
  }
  const entries = [...merges];
  const column = <T>(pick: (patch: MergePatch) => T | undefined): (T | null)[] =>
    entries.map(([, patch]) => pick(patch) ?? null);
  await manager.query(
    `UPDATE marketing.lead AS lead
     SET company = COALESCE(lead.company, patch.company),
         title = COALESCE(lead.title, patch.title),
         phone = COALESCE(lead.phone, patch.phone),
         industry = COALESCE(lead.industry, patch.industry),
         country = COALESCE(lead.country, patch.country),
         employee_count = COALESCE(lead.employee_count, patch.employee_count),
         campaign_id = COALESCE(lead.campaign_id, patch.campaign_id),
         updated_at = now()
     FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[],
                 $7::integer[], $8::uuid[])
       AS patch (id, company, title, phone, industry, country, employee_count, campaign_id)
     WHERE lead.id = patch.id AND lead.status <> 'CONVERTED'`,
    [
      entries.map(([id]) => id),
      column((patch) => patch.company),
      column((patch) => patch.title),
      column((patch) => patch.phone),
      column((patch) => patch.industry),
      column((patch) => patch.country),
      column((patch) => patch.employeeCount),
      column((patch) => patch.campaignId),
    ],
  );
}
