import { GraphQLError } from 'graphql';
import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { ValidationError } from '../errors/domain-errors';
import { requireId, withoutNul } from './input-validation';
import { parseDate, parseDateTime, parseDecimal } from './scalars';

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;
const CURSOR_INSTANT = 'cursor_instant';
const INSTANT_FORMAT = 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"';

export interface PageArgs {
  first?: number | null;
  after?: string | null;
}

export type SortDirection = 'ASC' | 'DESC';

/** How a list is ordered: a non-null column, then the id to break ties. */
export interface SortKey {
  /**
   * Entity property of the sort column, read from each row to build its cursor; a timestamp is
   * read as PostgreSQL prints it instead, to the microsecond.
   */
  property: string;
  /** Qualified SQL column, for example `opportunity.close_date`. */
  column: string;
  /** Qualified SQL id column that breaks ties, for example `opportunity.id`. */
  idColumn: string;
  direction: SortDirection;
  /** What the sort column holds, so a tampered cursor is refused before it reaches SQL. */
  kind: 'text' | 'decimal' | 'date' | 'timestamp';
}

export interface Connection<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: {
    hasNextPage: boolean;
    hasPreviousPage: boolean;
    startCursor: string | null;
    endCursor: string | null;
  };
  /** Counted only when a client selects it. */
  totalCount: () => Promise<number>;
}

/** A page as a client asked for it, checked: how many rows, and after which one. */
export interface PageRequest {
  limit: number;
  /** Sort value and id of the last row seen, from a cursor of this list; null for page 1. */
  after: { value: string; id: string } | null;
}

/** A row of a page with the raw columns it was read with, which hold a timestamp's cursor. */
export interface PageRow<T> {
  node: T;
  raw: Record<string, string>;
}

/**
 * Loads one page of a Relay connection with keyset pagination: the cursor holds the sort value
 * and id of the last row seen, so page N costs the same as page 1 and a row inserted meanwhile
 * never shifts a page.
 */
export async function loadConnection<T extends ObjectLiteral & { id: string }>(
  query: SelectQueryBuilder<T>,
  sort: SortKey,
  args: PageArgs,
): Promise<Connection<T>> {
  const request = pageRequest(args, sort);
  const countQuery = query.clone();
  const page = query.clone();
  whereAfterCursor(page, sort, request.after);
  orderForCursors(page, sort);
  page.take(request.limit + 1);
  const { entities, raw } = await page.getRawAndEntities<Record<string, string>>();
  const rows = entities.map((node, index) => ({ node, raw: raw[index] }));

  return toConnection(rows, sort, request, () => countQuery.getCount());
}

/** Checks `first` and `after` before anything reaches SQL; BAD_USER_INPUT naming either. */
export function pageRequest(args: PageArgs, sort: Pick<SortKey, 'kind'>): PageRequest {
  return {
    limit: pageSize(args.first),
    after:
      args.after === null || args.after === undefined ? null : decodeCursor(args.after, sort.kind),
  };
}

/** Keeps the rows that come after the cursor in the list's order; all of them without one. */
export function whereAfterCursor<T extends ObjectLiteral>(
  query: SelectQueryBuilder<T>,
  sort: SortKey,
  after: PageRequest['after'],
): void {
  if (after === null) {
    return;
  }
  const comparison = sort.direction === 'ASC' ? '>' : '<';
  query.andWhere(`(${sort.column}, ${sort.idColumn}) ${comparison} (:afterValue, :afterId)`, {
    afterValue: after.value,
    afterId: after.id,
  });
}

/**
 * Orders by the sort column then the id, after any order the query has already, and selects
 * what a cursor is made of.
 */
export function orderForCursors<T extends ObjectLiteral>(
  query: SelectQueryBuilder<T>,
  sort: SortKey,
): void {
  if (sort.kind === 'timestamp') {
    // PostgreSQL keeps an instant to the microsecond but a Date only to the millisecond; a cursor
    // made from the Date would sort before its own row, and the next page would repeat it.
    query.addSelect(
      `to_char(${sort.column} AT TIME ZONE 'UTC', '${INSTANT_FORMAT}')`,
      CURSOR_INSTANT,
    );
  }
  query.addOrderBy(sort.column, sort.direction).addOrderBy(sort.idColumn, sort.direction);
}

/**
 * The connection of rows read in list order, one more than the page holds when there is a next
 * page, with `orderForCursors` applied.
 */
export function toConnection<T extends ObjectLiteral & { id: string }>(
  rows: PageRow<T>[],
  sort: SortKey,
  request: PageRequest,
  totalCount: () => Promise<number>,
): Connection<T> {
  const edges = rows.slice(0, request.limit).map(({ node, raw }) => ({
    cursor: encodeCursor(
      sort.kind === 'timestamp' ? raw[CURSOR_INSTANT] : node[sort.property],
      node.id,
    ),
    node,
  }));

  return {
    edges,
    pageInfo: {
      hasNextPage: rows.length > request.limit,
      hasPreviousPage: request.after !== null,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
    totalCount,
  };
}

/** The page size asked for, checked: 20 when not given, at most 100. */
export function pageSize(first: number | null | undefined): number {
  if (first === null || first === undefined) {
    return DEFAULT_PAGE_SIZE;
  }
  if (!Number.isInteger(first) || first < 0 || first > MAX_PAGE_SIZE) {
    throw new ValidationError('first', `first must be an integer from 0 to ${MAX_PAGE_SIZE}`);
  }

  return first;
}

/** The cursor of a row: its sort value (see SortKey) and its id. */
export function encodeCursor(value: unknown, id: string): string {
  return Buffer.from(JSON.stringify([String(value), id])).toString('base64url');
}

/**
 * A cursor comes back from the client, so its sort value is checked with the rule the platform
 * applies to input of the same kind before it reaches SQL; each check returns the value to compare.
 */
const CURSOR_VALUE_CHECKS: Record<SortKey['kind'], (value: string) => string> = {
  text: (value) => withoutNul(value, 'after'),
  decimal: parseDecimal,
  date: parseDate,
  timestamp: (value) => {
    parseDateTime(value);

    return value;
  },
};

/**
 * The sort value and id of a cursor that `encodeCursor` made for a list sorted by a column of
 * `kind`, checked as input of that kind is; anything else is a ValidationError on `after`.
 */
export function decodeCursor(cursor: string, kind: SortKey['kind']): { value: string; id: string } {
  const decoded = parseCursorJson(cursor);
  if (
    Array.isArray(decoded) &&
    decoded.length === 2 &&
    typeof decoded[0] === 'string' &&
    typeof decoded[1] === 'string'
  ) {
    try {
      return { value: CURSOR_VALUE_CHECKS[kind](decoded[0]), id: requireId(decoded[1], 'after') };
    } catch (error) {
      if (!(error instanceof ValidationError || error instanceof GraphQLError)) {
        throw error;
      }
    }
  }
  throw new ValidationError('after', 'after is not a cursor returned by this list');
}

function parseCursorJson(cursor: string): unknown {
  try {
    return JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    return undefined;
  }
}
