import type { GraphQLFormattedError } from 'graphql';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { waitUntil } from './wait-until';

/** Opens a graphql-ws client to a subgraph, as the gateway would, without reconnecting. */
export function openWebSocketClient(
  subgraphUrl: string,
  connectionParams?: Record<string, unknown>,
): Client {
  return createClient({
    url: subgraphUrl.replace(/^http/, 'ws'),
    webSocketImpl: WebSocket,
    connectionParams,
    lazy: true,
    retryAttempts: 0,
  });
}

/** Everything one subscription received, for a test to wait on and inspect. */
export class SubscriptionRecorder<T> {
  readonly events: T[] = [];
  /** GraphQL errors sent in results: of one event, or of a refusal (completion follows). */
  readonly eventErrors: GraphQLFormattedError[] = [];
  /** Why the subscription ended: GraphQL errors, a close event or a transport error. */
  failure: unknown = undefined;
  completed = false;
  private readonly unsubscribe: () => void;

  constructor(
    client: Client,
    private readonly field: string,
    query: string,
    variables: Record<string, unknown> = {},
  ) {
    this.unsubscribe = client.subscribe<Record<string, T>>(
      { query, variables },
      {
        next: (result) => {
          const event = result.data?.[this.field];
          if (event) {
            this.events.push(event);
          }
          this.eventErrors.push(...(result.errors ?? []));
        },
        error: (error) => {
          this.failure = error;
        },
        complete: () => {
          this.completed = true;
        },
      },
    );
  }

  /** Waits until `count` events have arrived and returns them. */
  async waitForEvents(count: number, timeoutMs?: number): Promise<T[]> {
    await waitUntil(
      () => this.events.length >= count || this.failure !== undefined || this.completed,
      `${count} ${this.field} events (got ${this.events.length})`,
      timeoutMs,
    );
    if (this.events.length < count) {
      throw new Error(`Subscription ended: ${describeFailure(this.failure ?? this.eventErrors)}`);
    }

    return this.events.slice(0, count);
  }

  /**
   * Waits until the subscription ends and returns why: the close event or transport error when
   * the connection failed, else the GraphQL errors it sent before completing (graphql-ws sends a
   * subscription refused by its resolver as one result with errors, then completion).
   */
  async waitForEnd(timeoutMs?: number): Promise<unknown> {
    await waitUntil(
      () => this.completed || this.failure !== undefined,
      `${this.field} to end`,
      timeoutMs,
    );

    return this.failure ?? this.eventErrors;
  }

  stop(): void {
    this.unsubscribe();
  }
}

/** A readable account of a subscription failure; a close event refers to its socket. */
export function describeFailure(failure: unknown): string {
  if (Array.isArray(failure)) {
    return JSON.stringify(failure);
  }
  if (typeof failure === 'object' && failure !== null && 'code' in failure) {
    const { code, reason } = failure as { code: unknown; reason?: unknown };

    return `closed with ${String(code)} ${String(reason ?? '')}`;
  }

  return String(failure);
}
