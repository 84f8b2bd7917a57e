import type { EntityManager } from 'typeorm';
import { NotFoundError, ValidationError } from '../../../platform/errors/domain-errors';
import { requireId, requireText } from '../../../platform/graphql/input-validation';
import { AssignmentTeamEntity } from '../entities/assignment-team.entity';
import type {
  CreateAssignmentTeamInput,
  UpdateAssignmentTeamInput,
} from '../generated/resolvers-types';
import type { AssignmentTeamPayload } from '../models';

const MAX_MEMBERS = 100;

/** Creates a team; its members take new leads in the order given. */
export async function createAssignmentTeam(
  manager: EntityManager,
  input: CreateAssignmentTeamInput,
): Promise<AssignmentTeamPayload> {
  const teams = manager.getRepository(AssignmentTeamEntity);
  const team = await teams.save(
    teams.create({
      name: requireText(input.name, 'input.name', 200),
      memberIds: memberIds(input.memberIds),
    }),
  );

  return { team: await teams.findOneByOrFail({ id: team.id }), userErrors: [] };
}

/** Renames a team or replaces its members; the round robin goes on from its current turn. */
export async function updateAssignmentTeam(
  manager: EntityManager,
  input: UpdateAssignmentTeamInput,
): Promise<AssignmentTeamPayload> {
  const id = requireId(input.id, 'input.id');
  const changes: { name?: string; memberIds?: string[] } = {};
  if (input.name !== undefined) {
    changes.name = requireText(notCleared(input.name, 'input.name'), 'input.name', 200);
  }
  if (input.memberIds !== undefined) {
    changes.memberIds = memberIds(notCleared(input.memberIds, 'input.memberIds'));
  }
  const teams = manager.getRepository(AssignmentTeamEntity);
  const team = await teams.findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  if (team === null) {
    throw new NotFoundError('AssignmentTeam', id, 'input.id');
  }

  return { team: await teams.save(teams.merge(team, changes)), userErrors: [] };
}

function memberIds(ids: readonly string[]): string[] {
  const checked = ids.map((id, index) => requireText(id, `input.memberIds.${index}`, 200));
  if (checked.length === 0 || checked.length > MAX_MEMBERS) {
    throw new ValidationError(
      'input.memberIds',
      `input.memberIds must hold from 1 to ${MAX_MEMBERS} members`,
    );
  }
  if (new Set(checked).size !== checked.length) {
    throw new ValidationError('input.memberIds', 'input.memberIds must not repeat a member');
  }

  return checked;
}

function notCleared<T>(value: T | null, field: string): T {
  if (value === null) {
    throw new ValidationError(field, `${field} cannot be cleared`);
  }

  return value;
}
