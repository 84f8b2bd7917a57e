import { ValidationError } from '../../../platform/errors/domain-errors';

/**
 * PostgreSQL text cannot hold the NUL character, and a parameter carrying one fails the whole
 * statement. Walks an argument (an input object, a filter) and refuses any string with one,
 * naming its path, before anything reaches SQL.
 */
export function refuseNulCharacters(value: unknown, path: string): void {
  if (typeof value === 'string') {
    if (value.includes('\u0000')) {
      throw new ValidationError(path, `${path} must not contain the NUL character`);
    }

    return;
  }
  if (typeof value === 'object' && value !== null) {
    for (const [key, item] of Object.entries(value)) {
      refuseNulCharacters(item, `${path}.${key}`);
    }
  }
}

/** Escapes `%`, `_` and `\` so that text is matched literally inside an ILIKE pattern. */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (character) => `\\${character}`);
}

/**
 * A `Date` scalar value PostgreSQL can store: the scalar accepts year 0000, which the `date`
 * type rejects.
 */
export function storableDate(value: string | null | undefined, field: string): string | null {
  if (value === null || value === undefined) {
    return null;
  }
  if (value.startsWith('0000')) {
    throw new ValidationError(field, `${field} must be a day from year 1 onwards`);
  }

  return value;
}
