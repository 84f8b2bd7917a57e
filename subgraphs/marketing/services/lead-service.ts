import type { EntityManager } from 'typeorm';
import {
  NotFoundError,
  ValidationError,
  userError,
  type UserError,
} from '../../../platform/errors/domain-errors';
import { UserErrorCode } from '../../../platform/errors/error-codes';
import {
  normaliseEmail,
  optionalId,
  optionalText,
  requireId,
  requireText,
} from '../../../platform/graphql/input-validation';
import { CampaignEntity } from '../entities/campaign.entity';
import { LeadEntity, type Lead } from '../entities/lead.entity';
import type { CaptureLeadInput, UpdateLeadInput } from '../generated/resolvers-types';
import type { LeadPayload } from '../models';
import { refuseNulCharacters } from './client-text';
import { optionalCountryCode } from './country-codes';

type LeadFields = Omit<Lead, 'id' | 'createdAt' | 'updatedAt'>;

/**
 * Records a new lead, OPEN and unscored. An unknown campaign or an email some lead already has
 * is reported in `userErrors`, and then nothing is written.
 */
export async function captureLead(
  manager: EntityManager,
  input: CaptureLeadInput,
): Promise<LeadPayload> {
  refuseNulCharacters(input, 'input');
  const fields: LeadFields = {
    firstName: requireText(input.firstName, 'input.firstName', 100),
    lastName: requireText(input.lastName, 'input.lastName', 100),
    email: normaliseEmail(input.email, 'input.email'),
    company: optionalText(input.company, 'input.company', 200),
    title: optionalText(input.title, 'input.title', 100),
    phone: optionalText(input.phone, 'input.phone', 50),
    industry: optionalText(input.industry, 'input.industry', 100),
    country: optionalCountryCode(input.country, 'input.country'),
    source: input.source ?? 'WEB_FORM',
    status: 'OPEN',
    rating: null,
    score: 0,
    campaignId: optionalId(input.campaignId, 'input.campaignId'),
    ownerId: null,
  };
  const userErrors: UserError[] = [];
  if (
    fields.campaignId !== null &&
    !(await manager.getRepository(CampaignEntity).existsBy({ id: fields.campaignId }))
  ) {
    userErrors.push(
      userError(UserErrorCode.NotFound, 'The campaign does not exist', ['input', 'campaignId']),
    );
  }
  if (await emailTaken(manager, fields.email)) {
    userErrors.push(duplicateEmail());
  }
  if (userErrors.length > 0) {
    return { lead: null, userErrors };
  }
  const leads = manager.getRepository(LeadEntity);
  const lead = await leads.save(leads.create(fields));

  return { lead, userErrors: [] };
}

/**
 * Changes the descriptive fields, status and rating present in the input. A converted lead is
 * final, and only a conversion marks a lead CONVERTED.
 */
export async function updateLead(
  manager: EntityManager,
  input: UpdateLeadInput,
): Promise<LeadPayload> {
  refuseNulCharacters(input, 'input');
  const id = requireId(input.id, 'input.id');
  const changes = leadChanges(input);
  const leads = manager.getRepository(LeadEntity);
  const lead = await leads.findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  if (lead === null) {
    throw new NotFoundError('Lead', id, 'input.id');
  }
  if (lead.status === 'CONVERTED') {
    return refused(
      UserErrorCode.InvalidTransition,
      'A converted lead can no longer be edited',
      'id',
    );
  }
  if (changes.status === 'CONVERTED') {
    return refused(
      UserErrorCode.InvalidTransition,
      'A lead becomes CONVERTED only by being converted',
      'status',
    );
  }
  if (
    changes.email !== undefined &&
    changes.email !== lead.email &&
    (await emailTaken(manager, changes.email))
  ) {
    return { lead: null, userErrors: [duplicateEmail()] };
  }
  const updated = await leads.save(leads.merge(lead, changes));

  return { lead: updated, userErrors: [] };
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

/**
 * Whether some lead already has this (normalised) email. Holds a transaction-scoped lock on the
 * address first, so two requests capturing the same email cannot both see it as free.
 */
async function emailTaken(manager: EntityManager, email: string): Promise<boolean> {
  await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [
    `marketing:lead-email:${email}`,
  ]);

  return manager.getRepository(LeadEntity).existsBy({ email });
}

function duplicateEmail(): UserError {
  return userError(UserErrorCode.Duplicate, 'A lead with this email already exists', [
    'input',
    'email',
  ]);
}

function refused(code: UserError['code'], message: string, field: string): LeadPayload {
  return { lead: null, userErrors: [userError(code, message, ['input', field])] };
}
