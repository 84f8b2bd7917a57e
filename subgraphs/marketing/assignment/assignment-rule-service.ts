import type { EntityManager } from 'typeorm';
import { NotFoundError, ValidationError, userError } from '../../../platform/errors/domain-errors';
import { UserErrorCode } from '../../../platform/errors/error-codes';
import {
  integerInRange,
  optionalText,
  requireId,
} from '../../../platform/graphql/input-validation';
import { AssignmentRuleEntity, type AssignmentRule } from '../entities/assignment-rule.entity';
import { AssignmentTeamEntity } from '../entities/assignment-team.entity';
import type {
  CreateAssignmentRuleInput,
  DeleteAssignmentRuleInput,
  DeleteAssignmentRulePayload,
  UpdateAssignmentRuleInput,
} from '../generated/resolvers-types';
import type { AssignmentRulePayload } from '../models';
import { optionalCountryCode } from '../services/country-codes';

type RuleFields = Omit<AssignmentRule, 'id' | 'createdAt' | 'updatedAt'>;

/** Adds a routing rule; an unknown team is NOT_FOUND, a priority already used DUPLICATE. */
export async function createAssignmentRule(
  manager: EntityManager,
  input: CreateAssignmentRuleInput,
): Promise<AssignmentRulePayload> {
  const fields: RuleFields = {
    priority: priority(input.priority),
    country: optionalCountryCode(input.country, 'input.country'),
    industry: optionalText(input.industry, 'input.industry', 100),
    teamId: requireId(input.teamId, 'input.teamId'),
  };
  if (!(await teamExists(manager, fields.teamId))) {
    return missingTeam();
  }
  if (await priorityTaken(manager, fields.priority, null)) {
    return takenPriority();
  }
  const rules = manager.getRepository(AssignmentRuleEntity);

  return { rule: await rules.save(rules.create(fields)), userErrors: [] };
}

/** Changes the given fields of a routing rule. */
export async function updateAssignmentRule(
  manager: EntityManager,
  input: UpdateAssignmentRuleInput,
): Promise<AssignmentRulePayload> {
  const id = requireId(input.id, 'input.id');
  const changes: Partial<RuleFields> = {};
  if (input.priority !== undefined) {
    if (input.priority === null) {
      throw new ValidationError('input.priority', 'input.priority cannot be cleared');
    }
    changes.priority = priority(input.priority);
  }
  if (input.country !== undefined) {
    changes.country = optionalCountryCode(input.country, 'input.country');
  }
  if (input.industry !== undefined) {
    changes.industry = optionalText(input.industry, 'input.industry', 100);
  }
  if (input.teamId !== undefined) {
    if (input.teamId === null) {
      throw new ValidationError('input.teamId', 'input.teamId cannot be cleared');
    }
    changes.teamId = requireId(input.teamId, 'input.teamId');
  }
  const rules = manager.getRepository(AssignmentRuleEntity);
  const rule = await rules.findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  if (rule === null) {
    throw new NotFoundError('AssignmentRule', id, 'input.id');
  }
  if (changes.teamId !== undefined && !(await teamExists(manager, changes.teamId))) {
    return missingTeam();
  }
  if (changes.priority !== undefined && (await priorityTaken(manager, changes.priority, id))) {
    return takenPriority();
  }

  return { rule: await rules.save(rules.merge(rule, changes)), userErrors: [] };
}

/** Removes a routing rule; leads already assigned keep their owner. */
export async function deleteAssignmentRule(
  manager: EntityManager,
  input: DeleteAssignmentRuleInput,
): Promise<DeleteAssignmentRulePayload> {
  const id = requireId(input.id, 'input.id');
  const result = await manager.getRepository(AssignmentRuleEntity).delete({ id });
  if (!result.affected) {
    throw new NotFoundError('AssignmentRule', id, 'input.id');
  }

  return { deletedId: id, userErrors: [] };
}

function priority(value: number): number {
  return integerInRange(value, 'input.priority', 0, 1_000_000) as number;
}

function teamExists(manager: EntityManager, teamId: string): Promise<boolean> {
  return manager.getRepository(AssignmentTeamEntity).existsBy({ id: teamId });
}

/**
 * Whether another rule has the priority. Rule writes hold one lock, so two of them cannot both
 * find a priority free.
 */
async function priorityTaken(
  manager: EntityManager,
  value: number,
  exceptId: string | null,
): Promise<boolean> {
  await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', ['marketing:assignment-rules']);
  const rows: { id: string }[] = await manager.query(
    'SELECT id FROM marketing.assignment_rule WHERE priority = $1 AND id IS DISTINCT FROM $2',
    [value, exceptId],
  );

  return rows.length > 0;
}

function takenPriority(): AssignmentRulePayload {
  return {
    rule: null,
    userErrors: [
      userError(UserErrorCode.Duplicate, 'Another rule has this priority', ['input', 'priority']),
    ],
  };
}

function missingTeam(): AssignmentRulePayload {
  return {
    rule: null,
    userErrors: [userError(UserErrorCode.NotFound, 'The team does not exist', ['input', 'teamId'])],
  };
}
