import { createClient, type Client } from 'graphql-ws';
import type { ExecutionResult, GraphQLFormattedError } from 'graphql';
import WebSocket from 'ws';
import { positionOfResult } from '../../../platform/events/stream-position';
import { signForwardedIdentity } from '../../../platform/identity/forwarded-identity';
import type { Identity } from '../../../platform/identity/identity';
import type { Logger } from '../../../platform/logging/logger';
import { EVENT_ID_ALIAS, RESUME_VARIABLE, type ResumableOperation } from './resumable-operation';

export interface UpstreamSubscriptionOptions {
  /** HTTP URL of the subgraph; its WebSocket is served on the same path. */
  subgraphUrl: string;
  /** The primary fetch's subscription operation, made resumable, and its variables. */
  operation: ResumableOperation;
  variables: Record<string, unknown>;
  identity: Identity;
  identitySecret: string;
  logger: Logger;
  onEvent: (data: Record<string, unknown>) => void;
  /** Errors the subgraph reported for one event; the subscription goes on. */
  onEventErrors: (errors: readonly GraphQLFormattedError[]) => void;
  /** Called once when the subgraph refuses the subscription; no retry follows. */
  onRefused: (errors: readonly GraphQLFormattedError[]) => void;
}

const FIRST_RETRY_MS = 100;
const MAX_RETRY_MS = 5000;

/**
 * One subscription from the gateway to a subgraph. When the connection drops it reconnects
 * with growing pauses and resumes after the last position it learnt, from an event or from the
 * stream positions the subgraph sends (the first right after subscribing), so the subscribers
 * it feeds miss nothing and see nothing twice.
 */
export class UpstreamSubscription {
  private lastEventId: string | null;
  private readonly query: string;
  private readonly responseKey: string;
  private client: Client | null = null;
  private closed = false;
  private connects = 0;

  constructor(private readonly options: UpstreamSubscriptionOptions) {
    this.query = options.operation.query;
    this.responseKey = options.operation.responseKey;
    this.lastEventId = options.operation.initialAfter;
  }

  /** How many times a connection was opened; more than one means it resumed. */
  get connectionCount(): number {
    return this.connects;
  }

  start(): void {
    void this.run();
  }

  close(): void {
    this.closed = true;
    void this.client?.dispose();
  }

  private async run(): Promise<void> {
    let pause = FIRST_RETRY_MS;
    while (!this.closed) {
      const outcome = await this.subscribeOnce();
      if (outcome === 'completed' || outcome === 'refused') {
        return;
      }
      if (outcome === 'received') {
        pause = FIRST_RETRY_MS;
      }
      await new Promise((resolve) => setTimeout(resolve, pause));
      pause = Math.min(pause * 2, MAX_RETRY_MS);
    }
  }

  private subscribeOnce(): Promise<'completed' | 'refused' | 'dropped' | 'received'> {
    const { identity, identitySecret } = this.options;
    const client = createClient({
      url: this.options.subgraphUrl.replace(/^http/, 'ws'),
      webSocketImpl: WebSocket,
      lazy: true,
      retryAttempts: 0,
      connectionParams: async () => ({
        identity: await signForwardedIdentity(identity, identitySecret),
      }),
      on: { connected: () => (this.connects += 1) },
    });
    this.client = client;
    let received = false;
    // Errors in a result without data either refuse the subscription (the stream completes
    // right after) or report one event that failed; which of the two is known only from what
    // comes next.
    let unexplainedErrors: readonly GraphQLFormattedError[] | null = null;
    const flushAsEventErrors = (): void => {
      if (unexplainedErrors !== null) {
        this.options.onEventErrors(unexplainedErrors);
        unexplainedErrors = null;
      }
    };

    return new Promise((resolve) => {
      client.subscribe(
        {
          query: this.query,
          variables: { ...this.options.variables, [RESUME_VARIABLE]: this.lastEventId },
        },
        {
          next: (result: ExecutionResult) => {
            flushAsEventErrors();
            const position = positionOfResult(result);
            if (position !== null) {
              received = true;
              this.lastEventId = position;

              return;
            }
            const event = result.data?.[this.responseKey] as Record<string, unknown> | undefined;
            if (event && typeof event[EVENT_ID_ALIAS] === 'string') {
              received = true;
              this.lastEventId = event[EVENT_ID_ALIAS];
              this.options.onEvent(result.data as Record<string, unknown>);
            } else if (result.errors && (result.data === undefined || result.data === null)) {
              unexplainedErrors = result.errors;
            } else if (result.errors) {
              this.options.onEventErrors(result.errors);
            }
          },
          error: (error: unknown) => {
            flushAsEventErrors();
            void client.dispose();
            if (Array.isArray(error)) {
              this.options.onRefused(error as GraphQLFormattedError[]);
              resolve('refused');
            } else {
              this.options.logger.warn('upstream subscription dropped', {
                subgraph: this.options.subgraphUrl,
              });
              resolve(received ? 'received' : 'dropped');
            }
          },
          complete: () => {
            void client.dispose();
            if (unexplainedErrors !== null) {
              this.options.onRefused(unexplainedErrors);
              resolve('refused');
            } else {
              resolve(this.closed ? 'completed' : 'dropped');
            }
          },
        },
      );
    });
  }
}
