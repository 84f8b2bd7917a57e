import type { EntityManager } from 'typeorm';
import {
  NotFoundError,
  ValidationError,
  userError,
  type UserError,
} from '../../../platform/errors/domain-errors';
import { UserErrorCode } from '../../../platform/errors/error-codes';
import {
  integerInRange,
  normaliseEmail,
  optionalText,
  requireId,
  requireText,
} from '../../../platform/graphql/input-validation';
import { lockEmails } from '../capture/email-locks';
import { LeadEntity, type Lead } from '../entities/lead.entity';
import type { UpdateLeadInput } from '../generated/resolvers-types';
import type { LeadPayload } from '../models';
import { recomputeScores } from '../scoring/score-recompute';
import { leadFrozen } from '../status/lead-guards';
import { editProblem } from '../status/lead-transitions';
import { optionalCountryCode } from './country-codes';

type LeadFields = Omit<Lead, 'id' | 'createdAt' | 'updatedAt'>;

/** Fields the FIT scoring rules look at; changing one rescores the lead. */
const SCORED_FIELDS: readonly (keyof LeadFields)[] = [
  'industry',
  'title',
  'country',
  'employeeCount',
];

/**
 * Changes the descriptive fields, status and rating present in the input. A converted lead is
 * final, and the status moves only along the allowed transitions (see lead-transitions.ts).
 */
export async function updateLead(
  manager: EntityManager,
  input: UpdateLeadInput,
): Promise<LeadPayload> {
  const id = requireId(input.id, 'input.id');
  const changes = leadChanges(input);
  if (changes.email !== undefined) {
    // Taken before the lead's row lock, in the order captures take them, so neither can wait
    // for the other.
    await lockEmails(manager, [changes.email]);
  }
  const leads = manager.getRepository(LeadEntity);
  const lead = await leads.findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  if (lead === null) {
    throw new NotFoundError('Lead', id, 'input.id');
  }
  const problem =
    (await leadFrozen(manager, lead, 'id')) ??
    (changes.status === undefined ? null : editProblem(lead.status, changes.status));
  if (problem !== null) {
    return { lead: null, userErrors: [problem] };
  }
  if (changes.email !== undefined && changes.email !== lead.email) {
    if (await leads.existsBy({ email: changes.email })) {
      return { lead: null, userErrors: [duplicateEmail()] };
    }
    // The lead no longer shares an email with the lead or contact it was flagged against.
    changes.duplicateOf = null;
    changes.existingContactId = null;
  }
  await leads.save(leads.merge(lead, changes));
  if (SCORED_FIELDS.some((field) => changes[field] !== undefined)) {
    await recomputeScores(manager, { leadIds: [id] });
  }

  return { lead: await leads.findOneByOrFail({ id }), userErrors: [] };
}

function leadChanges(input: UpdateLeadInput): Partial<LeadFields> {
  const changes: Partial<LeadFields> = {};
  if (input.firstName !== undefined) {
    changes.firstName = requireText(
      required(input.firstName, 'input.firstName'),
      'input.firstName',
      100,
    );
  }
  if (input.lastName !== undefined) {
    changes.lastName = requireText(
      required(input.lastName, 'input.lastName'),
      'input.lastName',
      100,
    );
  }
  if (input.email !== undefined) {
    changes.email = normaliseEmail(required(input.email, 'input.email'), 'input.email');
  }
  if (input.company !== undefined) {
    changes.company = optionalText(input.company, 'input.company', 200);
  }
  if (input.title !== undefined) {
    changes.title = optionalText(input.title, 'input.title', 100);
  }
  if (input.phone !== undefined) {
    changes.phone = optionalText(input.phone, 'input.phone', 50);
  }
  if (input.industry !== undefined) {
    changes.industry = optionalText(input.industry, 'input.industry', 100);
  }
  if (input.country !== undefined) {
    changes.country = optionalCountryCode(input.country, 'input.country');
  }
  if (input.employeeCount !== undefined) {
    changes.employeeCount = integerInRange(
      input.employeeCount,
      'input.employeeCount',
      0,
      10_000_000,
    );
  }
  if (input.status !== undefined) {
    changes.status = required(input.status, 'input.status');
  }
  if (input.rating !== undefined) {
    changes.rating = input.rating;
  }

  return changes;
}

function required<T>(value: T | null, field: string): T {
  if (value === null) {
    throw new ValidationError(field, `${field} cannot be cleared`);
  }

  return value;
}

function duplicateEmail(): UserError {
  return userError(UserErrorCode.Duplicate, 'A lead with this email already exists', [
    'input',
    'email',
  ]);
}
