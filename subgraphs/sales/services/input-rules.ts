import { ValidationError } from '../../../platform/errors/domain-errors';
import { requireText, withoutNul } from '../../../platform/graphql/input-validation';

const CURRENCY_PATTERN = /^[A-Z]{3}$/;
const IDEMPOTENCY_KEY_LENGTH = 200;

/** An ISO 4217 code: three upper-case letters, such as USD. */
export function currencyCode(value: string, field: string): string {
  if (!CURRENCY_PATTERN.test(value)) {
    throw new ValidationError(
      field,
      `${field} must be an ISO 4217 code of three upper-case letters`,
    );
  }

  return value;
}

/** The name of a stage, as a caller writes it; whether a stage has it is checked later. */
export function requireStageName(value: string, field: string): string {
  return requireText(value, field, 100);
}

/**
 * A client's idempotency key, kept exactly as sent (not trimmed): it is compared, never shown,
 * so any change to it would merge two keys the client meant to be different.
 */
export function optionalIdempotencyKey(
  value: string | null | undefined,
  field: string,
): string | null {
  if (value === null || value === undefined) {
    return null;
  }
  if (value.trim() === '' || value.length > IDEMPOTENCY_KEY_LENGTH) {
    throw new ValidationError(
      field,
      `${field} must be from 1 to ${IDEMPOTENCY_KEY_LENGTH} characters and not blank`,
    );
  }

  return withoutNul(value, field);
}

/** Rejects a value that must be given but was explicitly set to null in an update. */
export function notCleared<T>(value: T | null, field: string): T {
  if (value === null) {
    throw new ValidationError(field, `${field} cannot be cleared`);
  }

  return value;
}
