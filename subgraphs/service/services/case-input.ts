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
  Pick<SupportCase, 'subject' | 'description' | 'priority' | 'ownerId' | 'accountId' | 'contactId'>
>;

/**
 * Checks the form of the input of `openCase`; whether Accounts has its account and contact is
 * asked afterwards (see case-references.ts). The owner defaults to the caller.
 */
export function parseOpenCaseInput(input: OpenCaseInput, caller: string): NewCase {
  return {
    subject: requireText(input.subject, 'input.subject', SUBJECT_MAX_LENGTH),
    description: optionalText(input.description, 'input.description', DESCRIPTION_MAX_LENGTH),
    priority: input.priority ?? 'MEDIUM',
    origin: input.origin ?? 'WEB',
    accountId: optionalId(input.accountId, 'input.accountId'),
    contactId: optionalId(input.contactId, 'input.contactId'),
    ownerId: optionalText(input.ownerId, 'input.ownerId', OWNER_MAX_LENGTH) ?? caller,
  };
}

/** Checks the input of `updateCase`; returns the id and the fields to change. */
export function parseUpdateCaseInput(input: UpdateCaseInput): { id: string; changes: CaseChanges } {
  const changes: CaseChanges = {};
  if (input.subject !== undefined) {
    changes.subject = requireText(
      required(input.subject, 'input.subject'),
      'input.subject',
      SUBJECT_MAX_LENGTH,
    );
  }
  if (input.description !== undefined) {
    changes.description = optionalText(
      input.description,
      'input.description',
      DESCRIPTION_MAX_LENGTH,
    );
  }
  if (input.priority !== undefined) {
    changes.priority = required(input.priority, 'input.priority');
  }
  if (input.ownerId !== undefined) {
    changes.ownerId = requireText(
      required(input.ownerId, 'input.ownerId'),
      'input.ownerId',
      OWNER_MAX_LENGTH,
    );
  }
  if (input.accountId !== undefined) {
    changes.accountId = optionalId(input.accountId, 'input.accountId');
  }
  if (input.contactId !== undefined) {
    changes.contactId = optionalId(input.contactId, 'input.contactId');
  }

  return { id: requireId(input.id, 'input.id'), changes };
}

function required<T>(value: T | null, field: string): T {
  if (value === null) {
    throw new ValidationError(field, `${field} cannot be cleared`);
  }

  return value;
}
