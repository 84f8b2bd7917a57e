import type { EntityManager } from 'typeorm';
import { NotFoundError, ValidationError } from '../../../platform/errors/domain-errors';
import { requireId } from '../../../platform/graphql/input-validation';
import { ScoringRuleEntity } from '../entities/scoring-rule.entity';
import type {
  CreateScoringRuleInput,
  DeleteScoringRuleInput,
  DeleteScoringRulePayload,
  UpdateScoringRuleInput,
} from '../generated/resolvers-types';
import type { ScoringRulePayload } from '../models';
import { recomputeScores } from './score-recompute';
import { scoringRuleFields } from './scoring-rule-input';

/** Adds a rule and rescores every lead in the same transaction. */
export async function createScoringRule(
  manager: EntityManager,
  input: CreateScoringRuleInput,
): Promise<ScoringRulePayload> {
  const rules = manager.getRepository(ScoringRuleEntity);
  const rule = await rules.save(rules.create(scoringRuleFields(input)));
  await recomputeScores(manager, 'all');

  return { rule, userErrors: [] };
}

/**
 * Changes the given fields of a rule; the rule as changed is checked whole, then every lead is
 * rescored. Its kind, field and activity kind stay: a different rule is a new rule.
 */
export async function updateScoringRule(
  manager: EntityManager,
  input: UpdateScoringRuleInput,
): Promise<ScoringRulePayload> {
  const id = requireId(input.id, 'input.id');
  const rules = manager.getRepository(ScoringRuleEntity);
  const rule = await rules.findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  if (rule === null) {
    throw new NotFoundError('ScoringRule', id, 'input.id');
  }
  for (const field of ['name', 'points'] as const) {
    if (input[field] === null) {
      throw new ValidationError(`input.${field}`, `input.${field} cannot be cleared`);
    }
  }
  const fields = scoringRuleFields({
    name: input.name ?? rule.name,
    kind: rule.kind,
    field: rule.field,
    value: input.value !== undefined ? input.value : rule.value,
    minEmployees: input.minEmployees !== undefined ? input.minEmployees : rule.minEmployees,
    maxEmployees: input.maxEmployees !== undefined ? input.maxEmployees : rule.maxEmployees,
    activityKind: rule.activityKind,
    points: input.points ?? rule.points,
    halfLifeDays: input.halfLifeDays !== undefined ? input.halfLifeDays : rule.halfLifeDays,
  });
  const updated = await rules.save(rules.merge(rule, fields));
  await recomputeScores(manager, 'all');

  return { rule: updated, userErrors: [] };
}

/** Removes a rule and rescores every lead. */
export async function deleteScoringRule(
  manager: EntityManager,
  input: DeleteScoringRuleInput,
): Promise<DeleteScoringRulePayload> {
  const id = requireId(input.id, 'input.id');
  const result = await manager.getRepository(ScoringRuleEntity).delete({ id });
  if (!result.affected) {
    throw new NotFoundError('ScoringRule', id, 'input.id');
  }
  await recomputeScores(manager, 'all');

  return { deletedId: id, userErrors: [] };
}
