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
  /**
   * When a breached target was met, after its due time, before the monitor saw it (for instance
   * while no monitor ran); null while it is unmet, and for every warning. Events recorded before
   * this field existed lack it, which reads as null.
   */
  metAt?: string | null;
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

/**
 * How late a breached target was, in whole seconds past its due time: until it was met when it
 * was met before the breach was detected, else until the breach was recorded. A target met late
 * during a monitor outage is thus as late as its meeting, however long the outage lasted.
 */
export function breachSecondsLate(event: SlaOutboxEvent): number {
  const lateUntil = event.payload.metAt ? new Date(event.payload.metAt) : event.occurredAt;

  return wholeSecondsBetween(new Date(event.payload.dueAt), lateUntil);
}

/** Whole seconds between two instants, never negative. */
export function wholeSecondsBetween(from: Date, to: Date): number {
  return Math.max(0, Math.floor((to.getTime() - from.getTime()) / 1000));
}
