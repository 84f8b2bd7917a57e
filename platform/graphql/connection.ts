import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { ValidationError } from '../errors/domain-errors';

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

export interface PageArgs {
  first?: number | null;
  after?: string | null;
}

export type SortDirection = 'ASC' | 'DESC';

/** How a list is ordered: a non-null column, then the id to break ties. */
export interface SortKey {
  /** Entity property of the sort column, read from each row to build its cursor. */
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
  const limit = pageSize(args.first);
  const countQuery = query.clone();
  const page = query.clone();
  if (args.after !== null && args.after !== undefined) {
    const cursor = decodeCursor(args.after, sort.kind);
    const comparison = sort.direction === 'ASC' ? '>' : '<';
    page.andWhere(`(${sort.column}, ${sort.idColumn}) ${comparison} (:afterValue, :afterId)`, {
      afterValue: cursor.value,
      afterId: cursor.id,
    });
  }
  page
    .orderBy(sort.column, sort.direction)
    .addOrderBy(sort.idColumn, sort.direction)
    .take(limit + 1);
  const rows = await page.getMany();
  const nodes = rows.slice(0, limit);
  const edges = nodes.map((node) => ({
    cursor: encodeCursor(node[sort.property] as unknown, node.id),
    node,
  }));

  return {
    edges,
    pageInfo: {
      hasNextPage: rows.length > limit,
      hasPreviousPage: args.after !== null && args.after !== undefined,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
    totalCount: () => countQuery.getCount(),
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

function encodeCursor(value: unknown, id: string): string {
  const printable = value instanceof Date ? value.toISOString() : String(value);

  return Buffer.from(JSON.stringify([printable, id])).toString('base64url');
}

const CURSOR_VALUE_PATTERNS: Record<SortKey['kind'], RegExp> = {
  text: /^[^\u0000]{0,1000}$/,
  decimal: /^-?\d{1,20}(\.\d{1,20})?$/,
  date: /^\d{4}-\d{2}-\d{2}$/,
  timestamp: /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/,
};
const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function isCursorValue(value: string, kind: SortKey['kind']): boolean {
  if (!CURSOR_VALUE_PATTERNS[kind].test(value)) {
    return false;
  }
  if (kind === 'date' || kind === 'timestamp') {
    const instant = new Date(kind === 'date' ? `${value}T00:00:00Z` : value);

    return !Number.isNaN(instant.getTime()) && instant.toISOString().startsWith(value.slice(0, 10));
  }

  return true;
}

function decodeCursor(cursor: string, kind: SortKey['kind']): { value: unknown; id: string } {
  let decoded: unknown;
  try {
    decoded = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    decoded = undefined;
  }
  if (
    Array.isArray(decoded) &&
    decoded.length === 2 &&
    typeof decoded[0] === 'string' &&
    isCursorValue(decoded[0], kind) &&
    typeof decoded[1] === 'string' &&
    UUID_PATTERN.test(decoded[1])
  ) {
    return { value: decoded[0], id: decoded[1] };
  }
  throw new ValidationError('after', 'after is not a cursor returned by this list');
}
