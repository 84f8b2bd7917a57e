import type { PipelineChangeKind } from '../generated/resolvers-types';
import type { OpportunitySnapshot, PipelineEventPayload } from './pipeline-event-payload';

/** Fields whose change alone earns a kind of its own. */
const SPECIFIC_FIELD_KINDS: Partial<Record<keyof OpportunitySnapshot, PipelineChangeKind>> = {
  amount: 'AMOUNT_CHANGED',
  closeDate: 'CLOSE_DATE_CHANGED',
};

/**
 * The event describing how an opportunity went from `before` (null when it was just created) to
 * `after`, with the most specific kind that applies; null when the row did not change at all.
 */
export function describeChange(
  before: OpportunitySnapshot | null,
  after: OpportunitySnapshot,
): PipelineEventPayload | null {
  if (before === null) {
    return { kind: 'CREATED', opportunity: after, previous: null };
  }
  const changed = changedFields(before, after);
  if (changed.length === 0) {
    return null;
  }
  const payload: PipelineEventPayload = { kind: 'UPDATED', opportunity: after, previous: before };
  if (after.amount !== before.amount) {
    payload.previousAmount = before.amount;
  }
  if (after.ownerId !== before.ownerId) {
    payload.previousOwnerId = before.ownerId;
  }
  if (after.stageId !== before.stageId) {
    payload.previousStageName = before.stageName;
    payload.kind = stageChangeKind(before, after);

    return payload;
  }
  // updatedAt moves with every write, so it never makes a change less specific.
  const businessChanges = changed.filter((field) => field !== 'updatedAt');
  const specific = businessChanges.length === 1 ? SPECIFIC_FIELD_KINDS[businessChanges[0]] : null;
  payload.kind = specific ?? 'UPDATED';

  return payload;
}

function stageChangeKind(
  before: OpportunitySnapshot,
  after: OpportunitySnapshot,
): PipelineChangeKind {
  if (after.isClosed) {
    return after.isWon ? 'WON' : 'LOST';
  }

  return before.isClosed ? 'REOPENED' : 'STAGE_CHANGED';
}

function changedFields(
  before: OpportunitySnapshot,
  after: OpportunitySnapshot,
): (keyof OpportunitySnapshot)[] {
  return (Object.keys(after) as (keyof OpportunitySnapshot)[]).filter(
    (field) => before[field] !== after[field],
  );
}
