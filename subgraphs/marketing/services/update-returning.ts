import type { EntityManager } from 'typeorm';

/**
 * Runs an UPDATE or DELETE with RETURNING and gives back the returned rows: TypeORM answers such
 * statements with `[rows, rowCount]` rather than the rows alone.
 */
export async function updateReturning<T>(
  manager: EntityManager,
  sql: string,
  parameters: unknown[],
): Promise<T[]> {
  const [rows] = (await manager.query(sql, parameters)) as [T[], number];

  return rows;
}
