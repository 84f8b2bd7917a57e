import { ValidationError } from '../../../platform/errors/domain-errors';
import { integerInRange, requireText } from '../../../platform/graphql/input-validation';
import type { ScoringRule } from '../entities/scoring-rule.entity';
import type { CreateScoringRuleInput } from '../generated/resolvers-types';
import { optionalCountryCode } from '../services/country-codes';

export type ScoringRuleFields = Omit<ScoringRule, 'id' | 'createdAt' | 'updatedAt'>;

const MAX_EMPLOYEES = 10_000_000;

/**
 * Checks a whole rule, as created or as it would be after an update, and returns the fields to
 * store. Each problem names the input field at fault.
 */
export function scoringRuleFields(input: CreateScoringRuleInput): ScoringRuleFields {
  const name = requireText(input.name, 'input.name', 200);
  if (input.kind === 'FIT') {
    return { name, kind: 'FIT', ...fitFields(input) };
  }
  absent(input.field, 'input.field', 'ENGAGEMENT');
  absent(input.value, 'input.value', 'ENGAGEMENT');
  absent(input.minEmployees, 'input.minEmployees', 'ENGAGEMENT');
  absent(input.maxEmployees, 'input.maxEmployees', 'ENGAGEMENT');

  return {
    name,
    kind: 'ENGAGEMENT',
    field: null,
    value: null,
    minEmployees: null,
    maxEmployees: null,
    activityKind: present(input.activityKind, 'input.activityKind', 'ENGAGEMENT'),
    points: integerInRange(input.points, 'input.points', 0, 100) as number,
    halfLifeDays: integerInRange(
      present(input.halfLifeDays, 'input.halfLifeDays', 'ENGAGEMENT'),
      'input.halfLifeDays',
      1,
      3650,
    ),
  };
}

function fitFields(input: CreateScoringRuleInput): Omit<ScoringRuleFields, 'name' | 'kind'> {
  absent(input.activityKind, 'input.activityKind', 'FIT');
  absent(input.halfLifeDays, 'input.halfLifeDays', 'FIT');
  const field = present(input.field, 'input.field', 'FIT');
  const points = integerInRange(input.points, 'input.points', -100, 100) as number;
  const common = { field, points, activityKind: null, halfLifeDays: null };
  if (field === 'EMPLOYEE_COUNT') {
    absent(input.value, 'input.value', 'EMPLOYEE_COUNT');
    const minEmployees = integerInRange(input.minEmployees, 'input.minEmployees', 0, MAX_EMPLOYEES);
    const maxEmployees = integerInRange(input.maxEmployees, 'input.maxEmployees', 0, MAX_EMPLOYEES);
    if (minEmployees === null && maxEmployees === null) {
      throw new ValidationError(
        'input.minEmployees',
        'An EMPLOYEE_COUNT rule needs input.minEmployees, input.maxEmployees or both',
      );
    }
    if (minEmployees !== null && maxEmployees !== null && maxEmployees < minEmployees) {
      throw new ValidationError(
        'input.maxEmployees',
        'input.maxEmployees must not be below input.minEmployees',
      );
    }

    return { ...common, value: null, minEmployees, maxEmployees };
  }
  absent(input.minEmployees, 'input.minEmployees', field);
  absent(input.maxEmployees, 'input.maxEmployees', field);
  const value =
    field === 'COUNTRY'
      ? optionalCountryCode(input.value, 'input.value')
      : requireText(present(input.value, 'input.value', field), 'input.value', 100);

  return {
    ...common,
    value: present(value, 'input.value', field),
    minEmployees: null,
    maxEmployees: null,
  };
}

function present<T>(value: T | null | undefined, field: string, kind: string): T {
  if (value === null || value === undefined) {
    throw new ValidationError(field, `${field} is required for a ${kind} rule`);
  }

  return value;
}

function absent(value: unknown, field: string, kind: string): void {
  if (value !== null && value !== undefined) {
    throw new ValidationError(field, `${field} does not apply to a ${kind} rule`);
  }
}
