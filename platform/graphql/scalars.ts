import { GraphQLError, GraphQLScalarType, Kind, type ValueNode } from 'graphql';
import { ErrorCode } from '../errors/error-codes';

const DECIMAL_PATTERN = /^-?\d{1,20}(\.\d{1,6})?$/;
const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME_PATTERN =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(\.\d{1,9})?)?(?:Z|[+-](\d{2}):(\d{2}))$/;
/**
 * Every decimal of at most 15 significant digits survives the trip into a binary double and back
 * (IEEE 754 guarantees 15), so a JSON number that prints with no more digits than that is what
 * the client wrote.
 */
const EXACT_NUMBER_DIGITS = 15;
/** PostgreSQL refuses a zone offset of 16 hours or more. */
const MAX_OFFSET_HOURS = 15;
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function invalid(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.BadUserInput } });
}

/**
 * Normalises a decimal written as a string or a JSON number into its canonical string. A string
 * is kept digit for digit. A JSON number has already been parsed into a binary double, so it is
 * accepted only with at most 15 significant digits, the precision a double keeps for any decimal;
 * a longer one may have lost digits on the way and is refused with a request to send a string.
 */
export function parseDecimal(value: unknown): string {
  const text =
    typeof value === 'number' && Number.isFinite(value) ? exactNumber(String(value)) : value;
  if (typeof text !== 'string' || !DECIMAL_PATTERN.test(text.trim())) {
    throw invalid(
      'Decimal must be a number or a string of digits with at most 6 decimal places, such as "1250.50"',
    );
  }

  return text.trim();
}

/** A number as written or printed, refused when a double may not have carried all its digits. */
function exactNumber(text: string): string {
  // Digits from the first non-zero one, including an integer part's trailing zeros: 1e16 has 17.
  const digits = text.replace(/^-/, '').replace('.', '').replace(/^0+/, '');
  if (digits.length > EXACT_NUMBER_DIGITS) {
    throw invalid(
      `A Decimal sent as a number may have at most ${EXACT_NUMBER_DIGITS} significant digits, ` +
        `since more may already have been rounded (got ${text}); send the amount as a string, ` +
        'such as "1234567890123456.78"',
    );
  }

  return text;
}

/** Exact decimal, stored as PostgreSQL `numeric` and sent as a string such as `"1250.50"`. */
export const DecimalScalar = new GraphQLScalarType<string, string>({
  name: 'Decimal',
  description: 'An exact decimal number, serialised as a string such as "1250.50".',
  serialize: (value) => {
    if (typeof value === 'string' || typeof value === 'number') {
      return String(value);
    }
    throw new GraphQLError('Decimal cannot represent a non-numeric value');
  },
  parseValue: parseDecimal,
  // The gateway's query planner reads a number literal into a double too, so a number written
  // in the query follows the rule of a number in the variables.
  parseLiteral: (ast: ValueNode) => {
    if (ast.kind === Kind.STRING) {
      return parseDecimal(ast.value);
    }
    if (ast.kind === Kind.INT || ast.kind === Kind.FLOAT) {
      return parseDecimal(exactNumber(ast.value));
    }
    throw invalid('Decimal must be a number or a string');
  },
});

/** Validates a calendar day written `YYYY-MM-DD`. */
export function parseDate(value: unknown): string {
  const match = typeof value === 'string' ? DATE_PATTERN.exec(value) : null;
  if (match === null) {
    throw invalid('Date must be a calendar day written YYYY-MM-DD');
  }
  const [year, month, day] = match.slice(1).map(Number);
  const problem = dayProblem(year, month, day);
  if (problem !== null) {
    throw invalid(`Date ${String(value)} ${problem}`);
  }

  return value as string;
}

/**
 * Why a day of the proleptic Gregorian calendar cannot be stored, or null when it can. PostgreSQL
 * has no year 0, and JavaScript's Date would silently roll 30 February over into March.
 */
function dayProblem(year: number, month: number, day: number): string | null {
  if (year < 1) {
    return 'does not exist: years start at 0001';
  }
  if (month < 1 || month > 12) {
    return 'does not exist: months run from 01 to 12';
  }
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const lastDay = month === 2 && leap ? 29 : DAYS_IN_MONTH[month - 1];
  if (day < 1 || day > lastDay) {
    return `does not exist: that month has ${lastDay} days`;
  }

  return null;
}

/** A calendar day, `YYYY-MM-DD`, without time or zone. */
export const DateScalar = new GraphQLScalarType<string, string>({
  name: 'Date',
  description: 'A calendar day written YYYY-MM-DD.',
  serialize: (value) => {
    if (value instanceof Date) {
      return value.toISOString().slice(0, 10);
    }
    if (typeof value === 'string') {
      return value.slice(0, 10);
    }
    throw new GraphQLError('Date cannot represent this value');
  },
  parseValue: parseDate,
  parseLiteral: (ast) => parseDate(ast.kind === Kind.STRING ? ast.value : undefined),
});

/**
 * Validates an ISO-8601 instant with an explicit zone and returns it as a Date. Every part is
 * checked (JavaScript would roll 30 February or 24:00 over into the next day), the offset must be
 * one PostgreSQL accepts (at most 15:59 either way), and the instant must fall in years 0001 to
 * 9999 in UTC so that it is sent back in the same form.
 */
export function parseDateTime(value: unknown): Date {
  const match = typeof value === 'string' ? DATE_TIME_PATTERN.exec(value) : null;
  if (match === null) {
    throw invalid('DateTime must be an ISO-8601 instant with a zone, such as 2026-01-31T09:30:00Z');
  }
  const [year, month, day, hour, minute, second, , offsetHours, offsetMinutes] = match
    .slice(1)
    .map((part) => Number(part ?? 0));
  const problem =
    dayProblem(year, month, day) ??
    timeProblem(hour, minute, second) ??
    offsetProblem(offsetHours, offsetMinutes);
  if (problem !== null) {
    throw invalid(`DateTime ${String(value)} ${problem}`);
  }
  const date = new Date(value as string);
  const utcYear = date.getUTCFullYear();
  if (Number.isNaN(date.getTime()) || utcYear < 1 || utcYear > 9999) {
    throw invalid(`DateTime ${String(value)} falls outside the years 0001 to 9999 in UTC`);
  }

  return date;
}

function timeProblem(hour: number, minute: number, second: number): string | null {
  if (hour > 23) {
    return 'does not exist: hours run from 00 to 23';
  }
  if (minute > 59 || second > 59) {
    return 'does not exist: minutes and seconds run from 00 to 59';
  }

  return null;
}

function offsetProblem(hours: number, minutes: number): string | null {
  if (hours > MAX_OFFSET_HOURS || minutes > 59) {
    const limit = `${MAX_OFFSET_HOURS}:59`;

    return `has an offset PostgreSQL cannot store: offsets run from -${limit} to +${limit}`;
  }

  return null;
}

/** An instant in ISO-8601, always sent in UTC. */
export const DateTimeScalar = new GraphQLScalarType<Date, string>({
  name: 'DateTime',
  description: 'An instant in ISO-8601 with a zone, such as 2026-01-31T09:30:00Z.',
  serialize: (value) => {
    const date = value instanceof Date ? value : new Date(String(value));
    if (Number.isNaN(date.getTime())) {
      throw new GraphQLError('DateTime cannot represent this value');
    }

    return date.toISOString();
  },
  parseValue: parseDateTime,
  parseLiteral: (ast) => parseDateTime(ast.kind === Kind.STRING ? ast.value : undefined),
});

export const scalarResolvers = {
  Decimal: DecimalScalar,
  Date: DateScalar,
  DateTime: DateTimeScalar,
};
