import type { DataSource, EntityManager } from 'typeorm';
import { NotFoundError } from '../../../platform/errors/domain-errors';
import { integerInRange, requireId } from '../../../platform/graphql/input-validation';
import { OpportunityEntity } from '../entities/opportunity.entity';
import { toSnapshot } from '../events/opportunity-snapshot';
import type { ChangeOpportunityStageInput } from '../generated/resolvers-types';
import type { OpportunityPayload } from '../models';
import { requireStageName } from './input-rules';
import { recordPipelineChange, stageOf } from './pipeline-events';
import { findStageByName } from './stage-queries';
import { enterStage, isUserError, transitionProblem, unknownStage } from './stage-rules';

interface StageChange {
  id: string;
  stageName: string;
  probability: number | null;
}

/**
 * Moves an opportunity to the named stage, taking the stage's probability (unless one is given)
 * and forecast category. Entering a closed stage records `closedAt`; a closed opportunity can
 * only be reopened, by moving it to an open stage, which clears `closedAt`.
 */
export async function changeOpportunityStage(
  dataSource: DataSource,
  input: ChangeOpportunityStageInput,
): Promise<OpportunityPayload> {
  const change: StageChange = {
    id: requireId(input.id, 'input.id'),
    stageName: requireStageName(input.stage, 'input.stage'),
    probability: integerInRange(input.probability, 'input.probability', 0, 100),
  };

  return dataSource.transaction((manager) => moveOpportunity(manager, change));
}

/** Writes the stage change; everything written through `manager` commits or rolls back together. */
async function moveOpportunity(
  manager: EntityManager,
  change: StageChange,
): Promise<OpportunityPayload> {
  const opportunities = manager.getRepository(OpportunityEntity);
  const opportunity = await opportunities.findOne({
    where: { id: change.id },
    lock: { mode: 'pessimistic_write' },
  });
  if (opportunity === null) {
    throw new NotFoundError('Opportunity', change.id, 'input.id');
  }
  const stage = await findStageByName(manager, change.stageName);
  if (stage === null) {
    return { opportunity: null, userErrors: [unknownStage(change.stageName)] };
  }
  const problem = transitionProblem(opportunity, stage);
  if (problem !== null) {
    return { opportunity: null, userErrors: [problem] };
  }
  const stageFields = enterStage(stage, change.probability, new Date());
  if (isUserError(stageFields)) {
    return { opportunity: null, userErrors: [stageFields] };
  }
  const before = toSnapshot(opportunity, await stageOf(manager, opportunity));
  await opportunities.save(opportunities.merge(opportunity, stageFields));
  const moved = await opportunities.findOneByOrFail({ id: change.id });
  await recordPipelineChange(manager, before, toSnapshot(moved, stage));

  return { opportunity: moved, userErrors: [] };
}
