import type { EntityManager } from 'typeorm';

/**
 * The transactional outbox of a subgraph: `<schema>.outbox_event`, created by the subgraph's
 * own migration (see docs in README, "Events"). A change and the event that describes it commit
 * together or not at all.
 */
export interface OutboxEvent<TPayload = unknown> {
  /** Position in the subgraph's event sequence; strictly increasing in commit order. */
  id: string;
  topic: string;
  payload: TPayload;
  occurredAt: Date;
}

/** Name of the PostgreSQL notification channel a subgraph's outbox announces commits on. */
export function outboxChannel(schema: string): string {
  return `${schema}_outbox`;
}

/**
 * Appends an event inside the caller's transaction. Call it as the last statement of the
 * transaction: it takes a transaction-scoped lock so that events of concurrent transactions
 * receive their ids in the order they commit, which lets a reader resume from "the last id I
 * saw" without ever skipping an event committed late.
 */
export async function appendOutboxEvent(
  manager: EntityManager,
  schema: string,
  topic: string,
  payload: unknown,
): Promise<string> {
  await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`${schema}.outbox`]);
  const rows: { id: string }[] = await manager.query(
    `INSERT INTO "${schema}".outbox_event (topic, payload, occurred_at)
     VALUES ($1, $2, clock_timestamp())
     RETURNING id::text AS id`,
    [topic, JSON.stringify(payload)],
  );
  await manager.query('SELECT pg_notify($1, $2)', [outboxChannel(schema), rows[0].id]);

  return rows[0].id;
}
