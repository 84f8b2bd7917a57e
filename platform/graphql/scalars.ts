import { GraphQLError, GraphQLScalarType, Kind, type ValueNode } from 'graphql';
import { ErrorCode } from '../errors/error-codes';

const DECIMAL_PATTERN = /^-?\d{1,20}(\.\d{1,6})?$/;
const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME_PATTERN = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

function invalid(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.BadUserInput } });
}

/**
 * Normalises a decimal written as a string or a JSON number into its canonical string. Numbers
 * are accepted for convenience but must print exactly (no exponent), so no binary rounding can
 * slip into a stored amount.
 */
export function parseDecimal(value: unknown): string {
  const text = typeof value === 'number' && Number.isFinite(value) ? String(value) : value;
  if (typeof text !== 'string' || !DECIMAL_PATTERN.test(text.trim())) {
    throw invalid(
      'Decimal must be a number or a string of digits with at most 6 decimal places, such as "1250.50"',
    );
  }

  return text.trim();
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
  parseLiteral: (ast: ValueNode) => {
    if (ast.kind === Kind.STRING || ast.kind === Kind.INT || ast.kind === Kind.FLOAT) {
      return parseDecimal(ast.value);
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
  const [, year, month, day] = match.map(Number);
  if (year < 1) {
    throw invalid('Date years start at 0001');
  }
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    throw invalid(`Date ${String(value)} does not exist`);
  }

  return value as string;
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

/** Validates an ISO-8601 instant with an explicit zone and returns it as a Date. */
export function parseDateTime(value: unknown): Date {
  if (typeof value !== 'string' || !DATE_TIME_PATTERN.test(value)) {
    throw invalid('DateTime must be an ISO-8601 instant with a zone, such as 2026-01-31T09:30:00Z');
  }
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) {
    throw invalid(`DateTime ${value} does not exist`);
  }

  return date;
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
