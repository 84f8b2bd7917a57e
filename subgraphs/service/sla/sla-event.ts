import type { OutboxEvent } from '../../../platform/events/outbox';
import type { SlaTargetKind } from '../entities/sla-target.entity';
import type { CasePriority, CaseStatus } from '../entities/support-case.entity';

/** Outbox topic of SLA warnings and breaches. */
export const SLA_TOPIC = 'sla';

export type SlaEventKind = 'WARNING' | 'BREACH';

/** The case as it was when the event was recorded; subscribers filter on it. */
export interface CaseSnapshot {
  id: string;
  caseNumber: string;
  subject: string;
  status: CaseStatus;
  priority: CasePriority;
  accountId: string | null;
  contactId: string | null;
  ownerId: string;
  openedAt: string;
}

/** What the outbox holds for each SLA warning or breach. */
export interface SlaEventPayload {
  kind: SlaEventKind;
  caseId: string;
  /** The target warned of or breached; a reopened case may have had several of a kind. */
  targetId: string;
  target: SlaTargetKind;
  dueAt: string;
  caseSnapshot: CaseSnapshot;
}

export type SlaOutboxEvent = OutboxEvent<SlaEventPayload>;

/** Which events a subscriber wants besides their kind; absent fields match everything. */
export interface SlaEventCriteria {
  priority: CasePriority | null;
  ownerId: string | null;
  accountId: string | null;
}

/** The predicate `OutboxStream.subscribe` applies to each SLA event. */
export function matchesSlaEvent(
  kind: SlaEventKind,
  criteria: SlaEventCriteria,
): (payload: SlaEventPayload) => boolean {
  return (payload) =>
    payload.kind === kind &&
    (criteria.priority === null || payload.caseSnapshot.priority === criteria.priority) &&
    (criteria.ownerId === null || payload.caseSnapshot.ownerId === criteria.ownerId) &&
    (criteria.accountId === null || payload.caseSnapshot.accountId === criteria.accountId);
}

/** Whole seconds between two instants, never negative. */
export function wholeSecondsBetween(from: Date, to: Date): number {
  return Math.max(0, Math.floor((to.getTime() - from.getTime()) / 1000));
}
