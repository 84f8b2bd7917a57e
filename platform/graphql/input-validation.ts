import { ValidationError } from '../errors/domain-errors';

const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const EMAIL_PATTERN = /^[^\s@\u0000]+@[^\s@\u0000]+\.[^\s@\u0000]+$/;
const URL_PATTERN = /^https?:\/\/[^\s/$.?#][^\s]*$/i;
const DAY_PATTERN = /^(\d{4})-\d{2}-\d{2}$/;
const EARLIEST_YEAR = 1900;
const LATEST_YEAR = 2999;

/**
 * Checks applied to mutation input before anything is written. Each throws a ValidationError
 * naming the field path, which reaches the client as `BAD_USER_INPUT` with `extensions.field`.
 */
export function requireId(value: string, field: string): string {
  if (!UUID_PATTERN.test(value)) {
    throw new ValidationError(field, `${field} must be a UUID`);
  }

  return value.toLowerCase();
}

export function optionalId(value: string | null | undefined, field: string): string | null {
  return value === null || value === undefined ? null : requireId(value, field);
}

/** PostgreSQL cannot store the NUL character in `text`; refuses a value holding one. */
export function withoutNul<T extends string | null | undefined>(value: T, field: string): T {
  if (typeof value === 'string' && value.includes('\u0000')) {
    throw new ValidationError(field, `${field} must not contain the NUL character`);
  }

  return value;
}

export function requireText(value: string, field: string, maxLength = 255): string {
  const trimmed = withoutNul(value, field).trim();
  if (trimmed === '') {
    throw new ValidationError(field, `${field} must not be blank`);
  }
  if (trimmed.length > maxLength) {
    throw new ValidationError(field, `${field} must be at most ${maxLength} characters`);
  }

  return trimmed;
}

export function optionalText(
  value: string | null | undefined,
  field: string,
  maxLength = 255,
): string | null {
  if (value === null || value === undefined || value.trim() === '') {
    return null;
  }

  return requireText(value, field, maxLength);
}

/**
 * The path (`input.name`, `leads.3.email`) of the first string holding a NUL character, which
 * PostgreSQL cannot store; null when there is none.
 */
export function findNul(value: unknown, path = ''): string | null {
  if (typeof value === 'string') {
    return value.includes('\u0000') ? path : null;
  }
  if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      const itemPath = path === '' ? key : `${path}.${key}`;
      const found = key.includes('\u0000') ? itemPath : findNul(item, itemPath);
      if (found !== null) {
        return found;
      }
    }
  }

  return null;
}

/** Lower-cases and trims an email so that lookups and duplicate checks ignore letter case. */
export function normaliseEmail(value: string, field: string): string {
  const email = value.trim().toLowerCase();
  if (email.length > 254 || !EMAIL_PATTERN.test(email)) {
    throw new ValidationError(field, `${field} must be a valid email address`);
  }

  return email;
}

export function optionalEmail(value: string | null | undefined, field: string): string | null {
  return value === null || value === undefined || value.trim() === ''
    ? null
    : normaliseEmail(value, field);
}

export function optionalUrl(value: string | null | undefined, field: string): string | null {
  const url = optionalText(value, field, 2048);
  if (url !== null && !URL_PATTERN.test(url)) {
    throw new ValidationError(field, `${field} must be an http or https URL`);
  }

  return url;
}

const MONEY_PATTERN = /^\d{1,18}(\.\d{1,2})?$/;

/**
 * An amount of money already parsed by the Decimal scalar: not negative, at most two decimal
 * places and below 10^18, which is what a `numeric(20, 2)` column stores exactly.
 */
export function money<T extends string | null | undefined>(value: T, field: string): T {
  if (typeof value !== 'string') {
    return value;
  }
  if (value.startsWith('-')) {
    throw new ValidationError(field, `${field} must not be negative`);
  }
  if (!MONEY_PATTERN.test(value)) {
    throw new ValidationError(field, `${field} must have at most 2 decimal places and 18 digits`);
  }

  return value;
}

export function integerInRange(
  value: number | null | undefined,
  field: string,
  min: number,
  max: number,
): number | null {
  if (value === null || value === undefined) {
    return null;
  }
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ValidationError(field, `${field} must be an integer from ${min} to ${max}`);
  }

  return value;
}

/** Checks that an optional end date does not come before a start date (both `YYYY-MM-DD`). */
export function dateOrder(
  start: string | null | undefined,
  end: string | null | undefined,
  endField: string,
): void {
  if (start && end && end < start) {
    throw new ValidationError(endField, `${endField} must not be before the start date`);
  }
}

/**
 * A business day such as a close date, already checked by the Date scalar, limited to the years a
 * forecast can use. Every subgraph that passes such a day on to Sales checks it with this same
 * rule first, so Sales never refuses a day another subgraph has accepted.
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
