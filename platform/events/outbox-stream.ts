import { Client, Pool } from 'pg';
import { EventsExpiredError, ValidationError } from '../errors/domain-errors';
import type { Logger } from '../logging/logger';
import { AsyncQueue } from './async-queue';
import { outboxChannel, type OutboxEvent } from './outbox';

export interface OutboxStreamOptions {
  databaseUrl: string;
  /** The subgraph's PostgreSQL schema, holding `outbox_event`. */
  schema: string;
  logger: Logger;
  /** Safety-net poll, in case a notification was lost while reconnecting (default 1000 ms). */
  pollIntervalMs?: number;
  /** How long events stay available for resuming (default 24 hours). */
  retentionMs?: number;
}

export interface SubscribeOptions<TPayload> {
  /** Resume after this event id: every later event of the topic is replayed first. */
  after?: string | null;
  /** Delivers only the events for which this returns true. */
  filter?: (payload: TPayload) => boolean;
}

interface Subscriber {
  topic: string;
  filter: (payload: unknown) => boolean;
  queue: AsyncQueue<OutboxEvent>;
  lastId: bigint;
  /** Live events held back while older ones are being replayed. */
  backlog: OutboxEvent[] | null;
}

const PAGE_SIZE = 500;
const PRUNE_INTERVAL_MS = 10 * 60 * 1000;
const EVENT_ID_PATTERN = /^\d{1,18}$/;

/**
 * Delivers a subgraph's outbox events to the subscriptions open in this process. One LISTEN
 * connection learns of commits; one query per wake-up reads the new events for everyone; each
 * subscriber receives its topic's events in id order, exactly once, after an optional replay.
 * Works the same with one or many instances of the subgraph, on any PostgreSQL.
 */
export class OutboxStream {
  private readonly pool: Pool;
  private listener: Client | null = null;
  private readonly subscribers = new Set<Subscriber>();
  private highWater = 0n;
  private reading: Promise<void> | null = null;
  private readAgain = false;
  private timers: NodeJS.Timeout[] = [];
  private closed = false;
  private readonly table: string;

  constructor(private readonly options: OutboxStreamOptions) {
    this.pool = new Pool({ connectionString: options.databaseUrl, max: 3 });
    // An idle connection closed by the server (a restart, a failover) must not crash the process;
    // the pool opens a new one for the next query.
    this.pool.on('error', (error) => {
      options.logger.warn('outbox pool connection lost', { error: String(error) });
    });
    this.table = `"${options.schema}".outbox_event`;
  }

  async start(): Promise<void> {
    this.highWater = await this.latestEventId();
    await this.connectListener();
    this.timers.push(
      setInterval(() => this.wake(), this.options.pollIntervalMs ?? 1000),
      setInterval(() => void this.prune(), PRUNE_INTERVAL_MS),
    );
    for (const timer of this.timers) {
      timer.unref();
    }
  }

  /** Opens a subscription to one topic. Throws EVENTS_EXPIRED when `after` is too old. */
  async subscribe<TPayload>(
    topic: string,
    options: SubscribeOptions<TPayload> = {},
  ): Promise<AsyncQueue<OutboxEvent<TPayload>>> {
    const after = options.after ?? null;
    if (after !== null && !EVENT_ID_PATTERN.test(after)) {
      throw new ValidationError('after', 'after must be an event id received earlier');
    }
    if (after !== null && BigInt(after) < (await this.prunedThrough())) {
      throw new EventsExpiredError(after);
    }
    const subscriber: Subscriber = {
      topic,
      filter: (options.filter ?? (() => true)) as (payload: unknown) => boolean,
      queue: new AsyncQueue<OutboxEvent>(() => this.subscribers.delete(subscriber)),
      lastId: after === null ? this.highWater : BigInt(after),
      backlog: [],
    };
    this.subscribers.add(subscriber);
    if (after === null) {
      await this.startAtLatest(subscriber);
    } else {
      await this.replay(subscriber);
    }

    return subscriber.queue as AsyncQueue<OutboxEvent<TPayload>>;
  }

  /** Number of subscriptions open in this process. */
  get subscriberCount(): number {
    return this.subscribers.size;
  }

  async close(): Promise<void> {
    this.closed = true;
    this.timers.forEach(clearInterval);
    for (const subscriber of this.subscribers) {
      void subscriber.queue.return();
    }
    await this.listener?.end().catch(() => undefined);
    await this.reading;
    await this.pool.end();
  }

  private async connectListener(): Promise<void> {
    const listener = new Client({ connectionString: this.options.databaseUrl });
    listener.on('notification', () => this.wake());
    listener.on('error', (error) => {
      this.options.logger.warn('outbox listener lost', { error: String(error) });
      void listener.end().catch(() => undefined);
      this.reconnectSoon();
    });
    await listener.connect();
    await listener.query(`LISTEN "${outboxChannel(this.options.schema)}"`);
    this.listener = listener;
    this.wake();
  }

  private reconnectSoon(): void {
    if (this.closed) {
      return;
    }
    setTimeout(() => {
      this.connectListener().catch(() => this.reconnectSoon());
    }, 500).unref();
  }

  /** Reads new events once, however many notifications arrive meanwhile. */
  private wake(): void {
    if (this.closed) {
      return;
    }
    if (this.reading) {
      this.readAgain = true;

      return;
    }
    this.reading = this.readNewEvents()
      .catch((error: unknown) => {
        this.options.logger.warn('outbox read failed', { error: String(error) });
      })
      .finally(() => {
        this.reading = null;
        if (this.readAgain) {
          this.readAgain = false;
          this.wake();
        }
      });
  }

  private async readNewEvents(): Promise<void> {
    for (;;) {
      const events = await this.readEvents(
        `WHERE id > $1 ORDER BY outbox_event.id LIMIT ${PAGE_SIZE}`,
        [this.highWater.toString()],
      );
      for (const event of events) {
        this.highWater = BigInt(event.id);
        this.dispatch(event);
      }
      if (events.length < PAGE_SIZE) {
        return;
      }
    }
  }

  private dispatch(event: OutboxEvent): void {
    for (const subscriber of this.subscribers) {
      if (subscriber.topic !== event.topic) {
        continue;
      }
      if (subscriber.backlog !== null) {
        subscriber.backlog.push(event);
      } else {
        deliver(subscriber, event);
      }
    }
  }

  /**
   * Without a resume point a subscriber receives what commits after it subscribed. The stream
   * may not have read the latest commits yet, so the starting point is asked of the database;
   * live events that arrive meanwhile wait in the backlog.
   */
  private async startAtLatest(subscriber: Subscriber): Promise<void> {
    const latest = await this.latestEventId();
    if (latest > subscriber.lastId) {
      subscriber.lastId = latest;
    }
    this.flushBacklog(subscriber);
  }

  private async latestEventId(): Promise<bigint> {
    const rows = await this.query<{ max: string | null }>(
      `SELECT max(id)::text AS max FROM ${this.table}`,
    );

    return BigInt(rows[0].max ?? 0);
  }

  private flushBacklog(subscriber: Subscriber): void {
    const backlog = subscriber.backlog ?? [];
    subscriber.backlog = null;
    backlog.forEach((event) => deliver(subscriber, event));
  }

  private async replay(subscriber: Subscriber): Promise<void> {
    for (;;) {
      const events = await this.readEvents(
        `WHERE topic = $1 AND id > $2 ORDER BY outbox_event.id LIMIT ${PAGE_SIZE}`,
        [subscriber.topic, subscriber.lastId.toString()],
      );
      events.forEach((event) => deliver(subscriber, event));
      if (events.length < PAGE_SIZE) {
        break;
      }
    }
    this.flushBacklog(subscriber);
  }

  private async readEvents(condition: string, parameters: unknown[]): Promise<OutboxEvent[]> {
    const rows = await this.query<{
      id: string;
      topic: string;
      payload: unknown;
      occurred_at: Date;
    }>(
      `SELECT id::text AS id, topic, payload, occurred_at FROM ${this.table} ${condition}`,
      parameters,
    );

    return rows.map((row) => ({
      id: row.id,
      topic: row.topic,
      payload: row.payload,
      occurredAt: row.occurred_at,
    }));
  }

  private async prunedThrough(): Promise<bigint> {
    const rows = await this.query<{ pruned_through: string }>(
      `SELECT pruned_through::text AS pruned_through FROM "${this.options.schema}".outbox_retention`,
    );

    return BigInt(rows[0]?.pruned_through ?? 0);
  }

  /** Deletes events past the retention window and records how far resuming is possible. */
  private async prune(): Promise<void> {
    const retentionMs = this.options.retentionMs ?? 24 * 60 * 60 * 1000;
    const schema = `"${this.options.schema}"`;
    await this.query(
      `WITH removed AS (
         DELETE FROM ${schema}.outbox_event
         WHERE occurred_at < now() - make_interval(secs => $1)
         RETURNING id
       )
       UPDATE ${schema}.outbox_retention
       SET pruned_through = GREATEST(pruned_through, (SELECT max(id) FROM removed))
       WHERE EXISTS (SELECT 1 FROM removed)`,
      [retentionMs / 1000],
    ).catch((error: unknown) => {
      this.options.logger.warn('outbox prune failed', { error: String(error) });
    });
  }

  private async query<T>(sql: string, parameters: unknown[] = []): Promise<T[]> {
    return (await this.pool.query(sql, parameters)).rows as T[];
  }
}

function deliver(subscriber: Subscriber, event: OutboxEvent): void {
  const id = BigInt(event.id);
  if (id <= subscriber.lastId) {
    return;
  }
  subscriber.lastId = id;
  if (subscriber.filter(event.payload)) {
    subscriber.queue.push(event);
  }
}
