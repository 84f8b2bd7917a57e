import { ValidationError } from '../../../platform/errors/domain-errors';
import { requireText, withoutNul } from '../../../platform/graphql/input-validation';

const CURRENCY_PATTERN = /^[A-Z]{3}$/;
const DAY_PATTERN = /^(\d{4})-\d{2}-\d{2}$/;
const EARLIEST_YEAR = 1900;
const LATEST_YEAR = 2999;
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

/**
 * A day already checked by the Date scalar, limited to years PostgreSQL and a sales forecast can
 * both use (the scalar alone lets year 0000 through, which PostgreSQL refuses).
 */
export function calendarDay(value: string, field: string): string {
  const match = DAY_PATTERN.exec(value);
  const year = match === null ? Number.NaN : Number(match[1]);
  if (!(year >= EARLIEST_YEAR && year <= LATEST_YEAR)) {
    throw new ValidationError(
      field,
      `${field} must be a day from year ${EARLIEST_YEAR} to ${LATEST_YEAR}, written YYYY-MM-DD`,
    );
  }

  return value;
}

/** `calendarDay` for a day that may be left out. */
export function optionalCalendarDay(
  value: string | null | undefined,
  field: string,
): string | null {
  return value === null || value === undefined ? null : calendarDay(value, field);
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
