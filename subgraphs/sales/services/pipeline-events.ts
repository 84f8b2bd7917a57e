import type { EntityManager } from 'typeorm';
import { appendOutboxEvent } from '../../../platform/events/outbox';
import { salesDatabase } from '../database';
import type { Opportunity } from '../entities/opportunity.entity';
import type { Stage } from '../entities/stage.entity';
import { describeChange } from '../events/pipeline-change';
import { PIPELINE_TOPIC, type OpportunitySnapshot } from '../events/pipeline-event-payload';
import { findStageById } from './stage-queries';

/** The stage an opportunity is in, read through `manager`. */
export async function stageOf(manager: EntityManager, opportunity: Opportunity): Promise<Stage> {
  const stage = await findStageById(manager, opportunity.stageId);
  if (stage === null) {
    throw new Error(`Stage ${opportunity.stageId} of opportunity ${opportunity.id} is missing`);
  }

  return stage;
}

/**
 * Appends the `pipeline` event describing the change from `before` (null for a new opportunity)
 * to `after`, unless nothing changed. Call it as the transaction's last statement: the outbox
 * orders events by commit only when their append is the last thing a transaction does.
 */
export async function recordPipelineChange(
  manager: EntityManager,
  before: OpportunitySnapshot | null,
  after: OpportunitySnapshot,
): Promise<void> {
  const payload = describeChange(before, after);
  if (payload !== null) {
    await appendOutboxEvent(manager, salesDatabase.schema, PIPELINE_TOPIC, payload);
  }
}
