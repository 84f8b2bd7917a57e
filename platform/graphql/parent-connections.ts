import DataLoader from 'dataloader';
import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { groupBy } from '../database/batch';
import {
  orderForCursors,
  toConnection,
  whereAfterCursor,
  type Connection,
  type PageRequest,
  type PageRow,
  type SortKey,
} from './connection';

/** The column that ties a row of a nested list to its parent, such as an account. */
export interface ParentColumn<T> {
  /** Qualified SQL column holding the parent's id (a UUID), for example `contact.account_id`. */
  column: string;
  /** Entity property of that column, by which the rows are handed to their parents. */
  property: keyof T & string;
}

/** A nested list as one client field asked for it, for any parent. */
export interface ParentListRequest<T extends ObjectLiteral> {
  /** The rows the list may show, of every parent: filtered, not yet ordered, paged or counted. */
  query: SelectQueryBuilder<T>;
  sort: SortKey;
  /** Checked with `pageRequest` while the field resolves, so bad input fails only that field. */
  page: PageRequest;
}

/** The alias of the parent ids unnested in the page statement. */
const PARENT = 'page_parent';

/**
 * Per-request loader of a connection nested in a parent type, such as `Account.contacts`. Each
 * distinct list request (filter, order, `first`, `after`) gets a DataLoader that reads the pages
 * of every parent asking for it in one statement; each distinct filter gets one that counts the
 * rows of those parents, only when `totalCount` is selected, in one more. A page of 50 accounts
 * costs as many statements as a page of 5.
 */
export class ParentConnectionLoader<T extends ObjectLiteral & { id: string }> {
  private readonly pages = new Map<string, DataLoader<string, Connection<T>>>();
  private readonly counts = new Map<string, DataLoader<string, number>>();

  constructor(private readonly parent: ParentColumn<T>) {}

  /** The page of `parentId`'s rows that `request` asks for. */
  load(parentId: string, request: ParentListRequest<T>): Promise<Connection<T>> {
    // The statement and its parameters say which rows the list holds; sort and page the rest.
    const rowsKey = JSON.stringify(request.query.getQueryAndParameters());
    const pageKey = JSON.stringify([
      rowsKey,
      request.sort.column,
      request.sort.direction,
      request.page,
    ]);
    let pages = this.pages.get(pageKey);
    if (pages === undefined) {
      const counts = this.countsOf(rowsKey, request);
      pages = new DataLoader(async (parentIds) => {
        const rows = await pagePerParent(request, this.parent, parentIds);

        return rows.map((parentRows, index) =>
          toConnection(parentRows, request.sort, request.page, () => counts.load(parentIds[index])),
        );
      });
      this.pages.set(pageKey, pages);
    }

    return pages.load(parentId);
  }

  private countsOf(rowsKey: string, request: ParentListRequest<T>): DataLoader<string, number> {
    let counts = this.counts.get(rowsKey);
    if (counts === undefined) {
      counts = new DataLoader((parentIds) => countPerParent(request, this.parent, parentIds));
      this.counts.set(rowsKey, counts);
    }

    return counts;
  }
}

/**
 * One statement for the pages of every parent: for each parent id, a lateral subquery walks the
 * parent's rows in list order from the cursor and stops one row past the page (the index on the
 * parent column and sort key makes that a short index scan however many rows a parent has); the
 * outer query reads those rows as entities, ordered by parent and then in list order.
 */
async function pagePerParent<T extends ObjectLiteral & { id: string }>(
  { query, sort, page }: ParentListRequest<T>,
  parent: ParentColumn<T>,
  parentIds: readonly string[],
): Promise<PageRow<T>[][]> {
  const pageIds = query
    .clone()
    .select(sort.idColumn, 'id')
    .andWhere(`${parent.column} = ${PARENT}.id`);
  whereAfterCursor(pageIds, sort, page.after);
  pageIds
    .orderBy(sort.column, sort.direction)
    .addOrderBy(sort.idColumn, sort.direction)
    .limit(page.limit + 1);
  // `where` replaces the filter here: the subquery has applied it to each parent's rows.
  const rows = query
    .clone()
    .where(
      `${sort.idColumn} IN (
        SELECT parent_page.id
        FROM unnest(CAST(:pageParentIds AS uuid[])) AS ${PARENT}(id)
        CROSS JOIN LATERAL (${pageIds.getQuery()}) AS parent_page
      )`,
    )
    .setParameters(pageIds.getParameters())
    .setParameter('pageParentIds', [...parentIds])
    .orderBy(parent.column, 'ASC');
  orderForCursors(rows, sort);
  const { entities, raw } = await rows.getRawAndEntities<Record<string, string>>();

  return groupBy(
    entities.map((node, index) => ({ node, raw: raw[index] })),
    parentIds,
    (row) => row.node[parent.property] as string,
  );
}

/** One grouped statement for the number of rows of every parent, whatever page each asked for. */
async function countPerParent<T extends ObjectLiteral>(
  { query }: ParentListRequest<T>,
  parent: ParentColumn<T>,
  parentIds: readonly string[],
): Promise<number[]> {
  const rows: { parentId: string; count: number }[] = await query
    .clone()
    .select(parent.column, 'parentId')
    .addSelect('count(*)::int', 'count')
    .andWhere(`${parent.column} = ANY(:countParentIds)`, { countParentIds: [...parentIds] })
    .groupBy(parent.column)
    .getRawMany();
  const counts = new Map(rows.map((row) => [row.parentId, row.count]));

  return parentIds.map((parentId) => counts.get(parentId) ?? 0);
}
