import type { EntityManager } from 'typeorm';
import type { SlaTargetKind } from '../entities/sla-target.entity';
import type { CasePriority } from '../entities/support-case.entity';

/**
 * The writes that keep a case's SLA targets in step with the case. Each runs inside the
 * transaction of the case write that causes it. Times are plain elapsed time, and every instant
 * they are given comes from the database clock (see `readSlaClock`).
 */

export const SLA_TARGET_KINDS: readonly SlaTargetKind[] = ['FIRST_RESPONSE', 'RESOLUTION'];

/** SQL for the seconds the joined `sla_policy` row `p` allows the target kind in `kind`. */
function allowedSeconds(kind: string): string {
  return `CASE ${kind} WHEN 'FIRST_RESPONSE' THEN p.first_response_seconds ELSE p.resolution_seconds END`;
}

/**
 * Locks the case's running targets until the transaction ends. A breach the SLA monitor is
 * recording for one of them commits first; after that the monitor skips them until the case
 * change that took them commits.
 */
export async function lockRunningSlaTargets(manager: EntityManager, caseId: string): Promise<void> {
  await manager.query(
    `SELECT id FROM service.sla_target WHERE case_id = $1 AND met_at IS NULL FOR UPDATE`,
    [caseId],
  );
}

/**
 * Starts targets of a case with their clock at `startedAt`, due after the time the current
 * policy of `priority` allows.
 */
export async function startSlaTargets(
  manager: EntityManager,
  caseId: string,
  priority: CasePriority,
  startedAt: Date,
  kinds: readonly SlaTargetKind[],
): Promise<void> {
  await manager.query(
    `INSERT INTO service.sla_target (case_id, target, started_at, due_at, warn_at)
     SELECT $1, kind, $2::timestamptz,
            $2::timestamptz + make_interval(secs => ${allowedSeconds('kind')}),
            $2::timestamptz + make_interval(secs => ${allowedSeconds('kind')} - p.warning_seconds)
     FROM service.sla_policy AS p, unnest($4::text[]) AS kind
     WHERE p.priority = $3`,
    [caseId, startedAt, priority, kinds],
  );
}

/** Marks the running target of this kind met; a target met already is left as it is. */
export async function meetSlaTarget(
  manager: EntityManager,
  caseId: string,
  kind: SlaTargetKind,
  metAt: Date,
): Promise<void> {
  await manager.query(
    `UPDATE service.sla_target SET met_at = $3
     WHERE case_id = $1 AND target = $2 AND met_at IS NULL`,
    [caseId, kind, metAt],
  );
}

/**
 * Recomputes the due and warning times of the case's running targets from the policy of its
 * new priority, each from the moment its clock started. A target already past its due time at
 * `now` is breached, whether or not the monitor has recorded it yet, and keeps the times it was
 * breached against; a warning already sent is not sent again.
 */
export async function rescheduleSlaTargets(
  manager: EntityManager,
  caseId: string,
  priority: CasePriority,
  now: Date,
): Promise<void> {
  await manager.query(
    `UPDATE service.sla_target AS t
     SET due_at = t.started_at + make_interval(secs => ${allowedSeconds('t.target')}),
         warn_at = t.started_at + make_interval(
           secs => ${allowedSeconds('t.target')} - p.warning_seconds
         )
     FROM service.sla_policy AS p
     WHERE p.priority = $2 AND t.case_id = $1 AND t.met_at IS NULL AND t.breached_at IS NULL
       AND t.due_at > $3`,
    [caseId, priority, now],
  );
}
