import type { EntityManager } from 'typeorm';
import type { SupportCase } from '../entities/support-case.entity';
import { isOpenStatus } from '../services/case-status';
import { readSlaClock } from './sla-clock';
import {
  lockRunningSlaTargets,
  meetSlaTarget,
  rescheduleSlaTargets,
  SLA_TARGET_KINDS,
  startSlaTargets,
} from './sla-targets';

type SlaFields = Pick<
  SupportCase,
  'id' | 'status' | 'priority' | 'openedAt' | 'firstRespondedAt' | 'resolvedAt' | 'closedAt'
>;

/** The instant a case opens, by the database clock; its SLA targets start from it. */
export function caseOpeningTime(manager: EntityManager): Promise<Date> {
  return readSlaClock(manager);
}

/** Starts both SLA targets of a case just opened, from its opening time. */
export function startCaseSla(manager: EntityManager, opened: SlaFields): Promise<void> {
  return startSlaTargets(manager, opened.id, opened.priority, opened.openedAt, SLA_TARGET_KINDS);
}

/**
 * The instant a change of a locked case happens: the database clock, read once the case's
 * running SLA targets are locked too. A change that had to wait for the SLA monitor to record
 * a breach therefore happens after that breach, never before it; and the monitor cannot breach
 * a target while a change holds it, so a change whose instant comes before the due time meets
 * the target in time however late it commits.
 */
export async function caseChangeTime(manager: EntityManager, caseId: string): Promise<Date> {
  await lockRunningSlaTargets(manager, caseId);

  return readSlaClock(manager);
}

/**
 * Brings the SLA targets of a case in step with one change from `before` to `after`, made at
 * `now` (from `caseChangeTime`): the first response meets the first-response target, entering
 * RESOLVED or CLOSED meets the resolution target, reopening starts a new resolution target, and
 * a new priority reschedules the targets still running.
 */
export async function followCaseChange(
  manager: EntityManager,
  before: SlaFields,
  after: SlaFields,
  now: Date,
): Promise<void> {
  if (before.firstRespondedAt === null && after.firstRespondedAt !== null) {
    await meetSlaTarget(manager, after.id, 'FIRST_RESPONSE', after.firstRespondedAt);
  }
  const wasOpen = isOpenStatus(before.status);
  const isOpen = isOpenStatus(after.status);
  if (wasOpen && !isOpen) {
    await meetSlaTarget(manager, after.id, 'RESOLUTION', after.resolvedAt ?? after.closedAt ?? now);
  } else if (!wasOpen && isOpen) {
    await startSlaTargets(manager, after.id, after.priority, now, ['RESOLUTION']);
  }
  if (before.priority !== after.priority) {
    await rescheduleSlaTargets(manager, after.id, after.priority, now);
  }
}
