import type { CaseStatus, SupportCase } from '../entities/support-case.entity';

/** Statuses in which a case still needs work; RESOLVED and CLOSED cases are not open. */
export const OPEN_STATUSES: readonly CaseStatus[] = ['NEW', 'WORKING', 'ESCALATED', 'ON_HOLD'];
export const CLOSED_STATUSES: readonly CaseStatus[] = ['RESOLVED', 'CLOSED'];

/** Whether a case in this status still needs work, which is what `Case.isOpen` reports. */
export function isOpenStatus(status: CaseStatus): boolean {
  return OPEN_STATUSES.includes(status);
}

/**
 * The moves a case may make. An open case may go anywhere but back to NEW; a resolved case may
 * be closed or reopened; a closed case may only be reopened, and reopening always means WORKING.
 */
const ALLOWED_MOVES: Record<CaseStatus, readonly CaseStatus[]> = {
  NEW: ['WORKING', 'ESCALATED', 'ON_HOLD', 'RESOLVED', 'CLOSED'],
  WORKING: ['ESCALATED', 'ON_HOLD', 'RESOLVED', 'CLOSED'],
  ESCALATED: ['WORKING', 'ON_HOLD', 'RESOLVED', 'CLOSED'],
  ON_HOLD: ['WORKING', 'ESCALATED', 'RESOLVED', 'CLOSED'],
  RESOLVED: ['CLOSED', 'WORKING'],
  CLOSED: ['WORKING'],
};

/** Whether a case in status `from` may move to `to`; staying in the same status is no move. */
export function canMove(from: CaseStatus, to: CaseStatus): boolean {
  return ALLOWED_MOVES[from].includes(to);
}

type StatusFields = Pick<SupportCase, 'status' | 'firstRespondedAt' | 'resolvedAt' | 'closedAt'>;

/**
 * The fields a move to `to` changes, given that it is allowed. Entering RESOLVED or CLOSED
 * stamps the time; leaving NEW counts as the first response unless one was recorded already;
 * reopening clears both stamps, so they always describe the current resolution.
 */
export function statusChange(current: StatusFields, to: CaseStatus, now: Date): StatusFields {
  const reopening = !isOpenStatus(current.status) && isOpenStatus(to);

  return {
    status: to,
    firstRespondedAt: current.firstRespondedAt ?? now,
    resolvedAt: to === 'RESOLVED' ? now : reopening ? null : current.resolvedAt,
    closedAt: to === 'CLOSED' ? now : reopening ? null : current.closedAt,
  };
}
