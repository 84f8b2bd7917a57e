import type { EntityManager } from 'typeorm';
import type { LeadActivityKind } from '../entities/lead-activity.entity';

/** Records one activity per lead id (repeats included), happening at `occurredAt` or now. */
export async function insertActivities(
  manager: EntityManager,
  leadIds: readonly string[],
  kind: LeadActivityKind,
  occurredAt: Date | null = null,
): Promise<void> {
  if (leadIds.length === 0) {
    return;
  }
  await manager.query(
    `INSERT INTO marketing.lead_activity (lead_id, kind, occurred_at)
     SELECT lead_id, $2, COALESCE($3::timestamptz, now()) FROM unnest($1::uuid[]) AS lead_id`,
    [[...leadIds], kind, occurredAt],
  );
}
