import { ValidationError } from '../../../platform/errors/domain-errors';
import {
  optionalId,
  optionalText,
  requireId,
  requireText,
} from '../../../platform/graphql/input-validation';
import type { SupportCase } from '../entities/support-case.entity';
import type { OpenCaseInput, UpdateCaseInput } from '../generated/resolvers-types';

export const SUBJECT_MAX_LENGTH = 255;
export const DESCRIPTION_MAX_LENGTH = 10_000;
export const OWNER_MAX_LENGTH = 200;

/** What `openCase` writes, checked and normalised. */
export type NewCase = Pick<
  SupportCase,
  'subject' | 'description' | 'priority' | 'origin' | 'accountId' | 'contactId' | 'ownerId'
>;

/** What `updateCase` changes: only the fields the input carries. */
export type CaseChanges = Partial<
  Pick<SupportCase, 'subject' | 'description' | 'priority' | 'ownerId'>
>;

/**
 * Checks the input of `openCase`. Account and contact live in the Accounts subgraph, so only
 * the form of their ids can be checked here. The owner defaults to the caller.
 */
export function parseOpenCaseInput(input: OpenCaseInput, caller: string): NewCase {
  return {
    subject: caseText(input.subject, 'input.subject', SUBJECT_MAX_LENGTH),
    description: optionalCaseText(input.description, 'input.description', DESCRIPTION_MAX_LENGTH),
    priority: input.priority ?? 'MEDIUM',
    origin: input.origin ?? 'WEB',
    accountId: optionalId(input.accountId, 'input.accountId'),
    contactId: optionalId(input.contactId, 'input.contactId'),
    ownerId: optionalCaseText(input.ownerId, 'input.ownerId', OWNER_MAX_LENGTH) ?? caller,
  };
}

/** Checks the input of `updateCase`; returns the id and the fields to change. */
export function parseUpdateCaseInput(input: UpdateCaseInput): { id: string; changes: CaseChanges } {
  const changes: CaseChanges = {};
  if (input.subject !== undefined) {
    changes.subject = caseText(
      required(input.subject, 'input.subject'),
      'input.subject',
      SUBJECT_MAX_LENGTH,
    );
  }
  if (input.description !== undefined) {
    changes.description = optionalCaseText(
      input.description,
      'input.description',
      DESCRIPTION_MAX_LENGTH,
    );
  }
  if (input.priority !== undefined) {
    changes.priority = required(input.priority, 'input.priority');
  }
  if (input.ownerId !== undefined) {
    changes.ownerId = caseText(
      required(input.ownerId, 'input.ownerId'),
      'input.ownerId',
      OWNER_MAX_LENGTH,
    );
  }

  return { id: requireId(input.id, 'input.id'), changes };
}

/**
 * Checks an optional text bound for PostgreSQL: blank means null, and the NUL character, which a
 * PostgreSQL text cannot hold, is refused as bad input rather than failing in the database.
 */
export function optionalCaseText(
  value: string | null | undefined,
  field: string,
  maxLength: number,
): string | null {
  return optionalText(withoutNul(value, field), field, maxLength);
}

function caseText(value: string, field: string, maxLength: number): string {
  return requireText(withoutNul(value, field), field, maxLength);
}

function withoutNul<T extends string | null | undefined>(value: T, field: string): T {
  if (typeof value === 'string' && value.includes('\u0000')) {
    throw new ValidationError(field, `${field} must not contain the NUL character`);
  }

  return value;
}

function required<T>(value: T | null, field: string): T {
  if (value === null) {
    throw new ValidationError(field, `${field} cannot be cleared`);
  }

  return value;
}
