/** Runs one SQL statement with bound parameters. */
export type Query = (sql: string, parameters: unknown[]) => Promise<unknown>;

/** Inserts rows in statements of at most 500 rows, with bound parameters. */
export async function insertRows(
  query: Query,
  table: string,
  columns: string[],
  rows: unknown[][],
) {
  for (let start = 0; start < rows.length; start += 500) {
    const batch = rows.slice(start, start + 500);
    const placeholders = batch.map(
      (_row, r) => `(${columns.map((_column, c) => `$${r * columns.length + c + 1}`).join(', ')})`,
    );
    await query(
      `INSERT INTO ${table} (${columns.join(', ')}) VALUES ${placeholders.join(', ')}`,
      batch.flat(),
    );
  }
}
