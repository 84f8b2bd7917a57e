/**
 * Helpers for DataLoader batch functions, which must answer in the order of the keys asked.
 */

/** One row per key, or null where no row has that key. */
export function indexBy<K, T>(rows: T[], keys: readonly K[], keyOf: (row: T) => K): (T | null)[] {
  const byKey = new Map(rows.map((row) => [keyOf(row), row]));

  return keys.map((key) => byKey.get(key) ?? null);
}

/** All rows per key, in the order the rows came, or an empty list. */
export function groupBy<K, T>(rows: T[], keys: readonly K[], keyOf: (row: T) => K | null): T[][] {
  const byKey = new Map<K, T[]>();
  for (const row of rows) {
    const key = keyOf(row);
    if (key === null) {
      continue;
    }
    const group = byKey.get(key);
    if (group) {
      group.push(row);
    } else {
      byKey.set(key, [row]);
    }
  }

  return keys.map((key) => byKey.get(key) ?? []);
}
