import { Client, Pool } from 'pg';
import { EventsExpiredError, ValidationError } from '../errors/domain-errors';
import type { Logger } from '../logging/logger';
import { AsyncQueue } from './async-queue';
import { outboxChannel, type OutboxEvent } from './outbox';
import { streamPosition, type StreamPosition } from './stream-position';

export interface OutboxStreamOptions {
  databaseUrl: string;
  /** The subgraph's PostgreSQL schema, holding `outbox_event`. */
  schema: string;
  logger: Logger;
  /** Safety-net poll, in case a notification was lost while reconnecting (default 1000 ms). */
  pollIntervalMs?: number;
  /** How long events stay available for resuming (default 24 hours). */
  retentionMs?: number;
  /**
   * How often a subscriber whose filter passed over events is told how far the stream has read
   * (default 30 s), so that its resume point never falls behind the retention window.
   */
  positionIntervalMs?: number;
}

export interface SubscribeOptions<TPayload> {
  /** Resume after this event id: every later event of the topic is replayed first. */
  after?: string | null;
  /** Delivers only the events for which this returns true. */
  filter?: (payload: TPayload) => boolean;
}

/** What a subscription yields: its events, and now and then how far it has read. */
export type OutboxStreamItem<TPayload = unknown> = OutboxEvent<TPayload> | StreamPosition;

interface Subscriber {
  topic: string;
  filter: (payload: unknown) => boolean;
  queue: AsyncQueue<OutboxStreamItem>;
  lastId: bigint;
  /** Live events held back while older ones are being replayed. */
  backlog: OutboxEvent[] | null;
  /** Events were passed over since the subscriber last received an event or a position. */
  passedOver: boolean;
}

const PAGE_SIZE = 500;
const PRUNE_INTERVAL_MS = 10 * 60 * 1000;
const EVENT_ID_PATTERN = /^\d{1,18}$/;

/**
 * Delivers a subgraph's outbox events to the subscriptions open in this process. One LISTEN
 * connection learns of commits; one query per wake-up reads the new events for everyone; each
 * subscriber receives its topic's events in id order, exactly once, after an optional replay.
 * Each subscription first yields its starting position, and later positions when its filter
 * passed over events, so whoever follows it can always resume without loss (see
 * stream-position.ts). Works the same with one or many instances of the subgraph.
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
      setInterval(() => this.reportPositions(), this.options.positionIntervalMs ?? 30_000),
    );
    for (const timer of this.timers) {
      timer.unref();
    }
  }

  /**
   * Opens a subscription to one topic. Throws EVENTS_EXPIRED when `after` is older than the
   * events kept, and BAD_USER_INPUT when it is not an id this stream has reached.
   */
  async subscribe<TPayload>(
    topic: string,
    options: SubscribeOptions<TPayload> = {},
  ): Promise<AsyncQueue<OutboxStreamItem<TPayload>>> {
    const after = options.after ?? null;
    if (after !== null && !EVENT_ID_PATTERN.test(after)) {
      throw new ValidationError('after', 'after must be an event id received earlier');
    }
    if (after !== null && BigInt(after) > (await this.reachedEventId())) {
      throw new ValidationError('after', 'after is not an event id of this stream');
    }
    const subscriber: Subscriber = {
      topic,
      filter: (options.filter ?? (() => true)) as (payload: unknown) => boolean,
      queue: new AsyncQueue<OutboxStreamItem>(() => this.subscribers.delete(subscriber)),
      lastId: after === null ? this.highWater : BigInt(after),
      backlog: [],
      passedOver: false,
    };
    this.subscribers.add(subscriber);
    try {
      if (after === null) {
        await this.startAtLatest(subscriber);
      } else {
        await this.replay(subscriber);
      }
    } catch (error) {
      await subscriber.queue.return();
      throw error;
    }

    return subscriber.queue as AsyncQueue<OutboxStreamItem<TPayload>>;
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

  /** The highest id this stream has reached, whether or not that event is still kept. */
  private async reachedEventId(): Promise<bigint> {
    const rows = await this.query<{ reached: string }>(
      `SELECT GREATEST(
         (SELECT max(id) FROM ${this.table}),
         (SELECT pruned_through FROM "${this.options.schema}".outbox_retention),
         0
       )::text AS reached`,
    );

    return BigInt(rows[0].reached);
  }

  /** Tells the subscriber where it starts, then hands it the live events held back. */
  private flushBacklog(subscriber: Subscriber): void {
    subscriber.queue.push(streamPosition(subscriber.lastId.toString()));
    subscriber.passedOver = false;
    const backlog = subscriber.backlog ?? [];
    subscriber.backlog = null;
    backlog.forEach((event) => deliver(subscriber, event));
  }

  /**
   * Replays the events after the subscriber's resume point, a page at a time. Each page is
   * checked against the retention mark after it is read: a page read after a prune removed
   * events it should have held would otherwise skip them silently.
   */
  private async replay(subscriber: Subscriber): Promise<void> {
    for (;;) {
      const from = subscriber.lastId;
      const events = await this.readEvents(
        `WHERE topic = $1 AND id > $2 ORDER BY outbox_event.id LIMIT ${PAGE_SIZE}`,
        [subscriber.topic, from.toString()],
      );
      if (from < (await this.prunedThrough())) {
        throw new EventsExpiredError(from.toString());
      }
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

  /** Tells each subscriber that passed over events since it last heard how far it has read. */
  private reportPositions(): void {
    for (const subscriber of this.subscribers) {
      if (subscriber.passedOver && subscriber.backlog === null) {
        subscriber.passedOver = false;
        subscriber.queue.push(streamPosition(subscriber.lastId.toString()));
      }
    }
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
  const wanted = subscriber.filter(event.payload);
  subscriber.passedOver = !wanted;
  if (wanted) {
    subscriber.queue.push(event);
  }
}
