import type { EntityManager } from 'typeorm';

/**
 * SLA decisions have one clock, PostgreSQL's: the SLA monitor compares due and warning times
 * with the database's `now()`, so the instants a target starts and is met at are read from the
 * database too, never from this process's clock, which may run ahead of it or behind it.
 *
 * The reading is rounded up to a whole millisecond. A JavaScript Date then holds it exactly, so
 * it is written back unchanged; and rounding up, never down, cannot make a target look met
 * before a moment the database had already passed, such as the one its breach was recorded at.
 */
export async function readSlaClock(manager: EntityManager): Promise<Date> {
  const [{ now }]: { now: Date }[] = await manager.query(
    `SELECT date_trunc('milliseconds', clock_timestamp() + interval '999 microseconds') AS now`,
  );

  return now;
}
