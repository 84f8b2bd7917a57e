import type { FormattedExecutionResult, GraphQLFormattedError } from 'graphql';
import { createClient } from 'graphql-ws';
import type { DataSource, EntityManager } from 'typeorm';
import WebSocket from 'ws';
import { ErrorCode } from '../errors/error-codes';
import type { Logger } from '../logging/logger';
import { positionOfResult } from './stream-position';

export interface EventConsumerOptions<TEvent> {
  /** Names the consumer; its position is stored under this name. */
  name: string;
  /** HTTP URL of the GraphQL server; its graphql-ws endpoint is served on the same path. */
  url: string;
  /** A subscription operation taking the resume point as `$after: ID`. */
  query: string;
  /** Further variables of the operation. */
  variables?: Record<string, unknown>;
  /** Resume point when no position is stored yet; null (the default) starts with new events. */
  initialAfter?: string | null;
  /** Built for every connection, so that a short-lived credential is fresh each time. */
  connectionParams: () => Promise<Record<string, unknown>>;
  dataSource: DataSource;
  /**
   * Qualified name of the table holding positions, created by the consumer's owner:
   * `(consumer text PRIMARY KEY, position text, updated_at timestamptz NOT NULL DEFAULT now())`.
   */
  positionTable: string;
  /**
   * The event in one subscription result, with its id: a decimal integer that grows with every
   * event, as outbox event ids do. Null when the result holds no event.
   */
  readEvent: (data: Record<string, unknown>) => { id: string; event: TEvent } | null;
  /** Applies one event inside the transaction that also advances the stored position. */
  apply: (manager: EntityManager, event: TEvent, id: string) => Promise<void>;
  /**
   * Rebuilds what the events built from the server's current records, for when the events after
   * the stored position are gone (past retention). `position` is where the stream stood before
   * the records were read; the events after it are applied once the rebuild is done. Without it,
   * such events are lost and the consumer goes on with new ones.
   */
  resync?: (position: string) => Promise<void>;
  logger: Logger;
  /** Pauses between reconnection attempts, doubling from `initialMs` up to `maxMs`. */
  retry?: { initialMs?: number; maxMs?: number };
}

type Outcome = 'received' | 'dropped' | 'expired';

/**
 * Consumes another subgraph's event subscription with an exactly-once effect: each event is
 * applied in one transaction together with the consumer's position, and an event at or before
 * the stored position is skipped, so a replay after a reconnect, a restart or a second instance
 * changes nothing. The consumer resumes after the stored position whenever it connects, and
 * reconnects with growing pauses after a drop. Events are applied one at a time, in order.
 */
export class EventConsumer<TEvent> {
  private position: string | null = null;
  /** Set when the stored position is older than the server keeps events: start from new ones. */
  private restartFromNew = false;
  private closed = false;
  private finishAttempt: (() => void) | null = null;
  private applying: Promise<void> = Promise.resolve();
  private running: Promise<void> | null = null;
  private wake: (() => void) | null = null;
  private firstAttempt: (() => void) | null = null;

  constructor(private readonly options: EventConsumerOptions<TEvent>) {}

  /** The id of the last event applied, or null before the first. */
  get lastEventId(): string | null {
    return this.position;
  }

  /**
   * Reads the stored position and starts consuming in the background until closed. Resolves
   * once the first connection is acknowledged or has failed (a failure is retried later), so a
   * caller knows the subscription is requested when the server is up.
   */
  async start(): Promise<void> {
    const { dataSource, positionTable, name } = this.options;
    await dataSource.query(
      `INSERT INTO ${positionTable} (consumer, position) VALUES ($1, NULL)
       ON CONFLICT (consumer) DO NOTHING`,
      [name],
    );
    const rows: { position: string | null }[] = await dataSource.query(
      `SELECT position FROM ${positionTable} WHERE consumer = $1`,
      [name],
    );
    this.position = rows[0]?.position ?? null;
    await new Promise<void>((resolve) => {
      this.firstAttempt = resolve;
      this.running = this.run();
    });
  }

  /** Stops consuming; resolves once the event being applied, if any, is committed. */
  async close(): Promise<void> {
    this.closed = true;
    this.finishAttempt?.();
    this.wake?.();
    await this.running;
    await this.applying;
  }

  private async run(): Promise<void> {
    const initialMs = this.options.retry?.initialMs ?? 250;
    const maxMs = this.options.retry?.maxMs ?? 10_000;
    let pause = initialMs;
    while (!this.closed) {
      const outcome = await this.consumeOnce();
      if (this.closed) {
        return;
      }
      if (outcome === 'expired') {
        const details = { consumer: this.options.name, position: this.position };
        if (this.options.resync) {
          this.options.logger.warn('resume point past retention: rebuilding from records', details);
        } else {
          this.options.logger.error(
            'events were lost: the resume point is past retention',
            details,
          );
        }
        this.restartFromNew = true;
      }
      pause = outcome === 'received' ? initialMs : Math.min(pause * 2, maxMs);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, pause);
        this.wake = () => {
          clearTimeout(timer);
          resolve();
        };
      });
      this.wake = null;
    }
  }

  /** One connection, from the resume point until it drops; applies what arrives meanwhile. */
  private consumeOnce(): Promise<Outcome> {
    const { options } = this;
    const client = createClient({
      url: options.url.replace(/^http/, 'ws'),
      webSocketImpl: WebSocket,
      lazy: true,
      retryAttempts: 0,
      connectionParams: options.connectionParams,
      on: { connected: () => this.attempted() },
    });
    const after = this.restartFromNew ? null : (this.position ?? options.initialAfter ?? null);
    let received = false;

    return new Promise<Outcome>((resolve) => {
      let settled = false;
      const finish = (outcome: () => Outcome): void => {
        if (settled) {
          return;
        }
        settled = true;
        this.attempted();
        // Whatever was received before the drop is applied before the next attempt starts.
        void this.applying.then(() => {
          void client.dispose();
          resolve(outcome());
        });
      };
      this.finishAttempt = () => finish(() => 'dropped');
      client.subscribe(
        { query: options.query, variables: { ...options.variables, after } },
        {
          next: (result: FormattedExecutionResult<Record<string, unknown>>) => {
            const position = positionOfResult(result);
            if (position !== null) {
              const rebuild = this.restartFromNew ? options.resync : undefined;
              this.applying = this.applying
                .then(async () => {
                  if (settled || this.closed) {
                    return;
                  }
                  await rebuild?.(position);
                  await this.advanceTo(position);
                })
                .catch((error: unknown) => {
                  options.logger.warn('stream position could not be caught up with', {
                    consumer: options.name,
                    position,
                    error: String(error),
                  });
                  finish(() => 'dropped');
                });

              return;
            }
            const read = result.data ? options.readEvent(result.data) : null;
            // A refused subscription is one result with errors, then completion.
            if (read === null && isExpired(result.errors)) {
              finish(() => 'expired');

              return;
            }
            if (read === null) {
              options.logger.warn('event without data', {
                consumer: options.name,
                errors: result.errors,
              });
              finish(() => (received ? 'received' : 'dropped'));

              return;
            }
            this.applying = this.applying
              .then(async () => {
                if (settled || this.closed) {
                  return;
                }
                await this.applyOne(read.id, read.event);
                received = true;
              })
              .catch((error: unknown) => {
                options.logger.warn('event could not be applied', {
                  consumer: options.name,
                  eventId: read.id,
                  error: String(error),
                });
                finish(() => 'dropped');
              });
          },
          error: (error: unknown) => {
            finish(() => (isExpired(error) ? 'expired' : received ? 'received' : 'dropped'));
          },
          complete: () => finish(() => (received ? 'received' : 'dropped')),
        },
      );
    });
  }

  private attempted(): void {
    this.firstAttempt?.();
    this.firstAttempt = null;
  }

  /**
   * Stores a position the server reported without an event: nothing up to it concerns this
   * consumer, so a later connection may resume from there.
   */
  private async advanceTo(position: string): Promise<void> {
    const { dataSource, positionTable, name } = this.options;
    await dataSource.query(
      `UPDATE ${positionTable} SET position = $2, updated_at = now()
       WHERE consumer = $1 AND (position IS NULL OR position::numeric < $2::numeric)`,
      [name, position],
    );
    if (this.position === null || BigInt(position) > BigInt(this.position)) {
      this.position = position;
    }
    this.restartFromNew = false;
  }

  private async applyOne(id: string, event: TEvent): Promise<void> {
    const { dataSource, positionTable, name, apply } = this.options;
    await dataSource.transaction(async (manager) => {
      const rows: { position: string | null }[] = await manager.query(
        `SELECT position FROM ${positionTable} WHERE consumer = $1 FOR UPDATE`,
        [name],
      );
      const stored = rows[0]?.position ?? null;
      if (stored !== null && BigInt(id) <= BigInt(stored)) {
        return;
      }
      await apply(manager, event, id);
      await manager.query(
        `UPDATE ${positionTable} SET position = $2, updated_at = now() WHERE consumer = $1`,
        [name, id],
      );
    });
    this.position = id;
    this.restartFromNew = false;
  }
}

function isExpired(error: unknown): boolean {
  return (
    Array.isArray(error) &&
    (error as GraphQLFormattedError[]).some(
      (item) => item.extensions?.code === ErrorCode.EventsExpired,
    )
  );
}
