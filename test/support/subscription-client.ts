import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { bearerToken } from './identities';

export interface ReceivedEvent<T> {
  data?: T;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}

/** A graphql-ws subscription to the gateway that records what it receives. */
export interface TestSubscription<T> {
  received: ReceivedEvent<T>[];
  /** Resolves once `count` results have arrived, or fails after `timeoutMs`. */
  waitFor: (count: number, timeoutMs?: number) => Promise<ReceivedEvent<T>[]>;
  /** Resolves when the server ends the subscription (complete or error). */
  ended: Promise<unknown>;
  close: () => Promise<void>;
}

export interface SubscribeOptions {
  token?: string;
  scopes?: string[];
  onClosed?: (event: { code: number; reason: string }) => void;
}

export async function subscribe<T = Record<string, unknown>>(
  gatewayUrl: string,
  query: string,
  variables: Record<string, unknown> = {},
  options: SubscribeOptions = {},
): Promise<TestSubscription<T>> {
  const token = options.token ?? (await bearerToken(options.scopes ?? ['crm:admin']));
  const client: Client = createClient({
    url: gatewayUrl.replace(/^http/, 'ws'),
    webSocketImpl: WebSocket,
    retryAttempts: 0,
    connectionParams: { authorization: `Bearer ${token}` },
    on: {
      closed: (event) => {
        const { code, reason } = event as { code: number; reason: string };
        options.onClosed?.({ code, reason });
      },
    },
  });
  const received: ReceivedEvent<T>[] = [];
  let endSubscription: (value: unknown) => void = () => undefined;
  const ended = new Promise((resolve) => (endSubscription = resolve));
  client.subscribe<T>(
    { query, variables },
    {
      next: (result) => received.push(result as ReceivedEvent<T>),
      error: (error) => endSubscription(error),
      complete: () => endSubscription('complete'),
    },
  );

  return {
    received,
    ended,
    waitFor: async (count, timeoutMs = 10_000) => {
      const deadline = Date.now() + timeoutMs;
      while (received.length < count) {
        if (Date.now() > deadline) {
          throw new Error(
            `expected ${count} results, got ${received.length}: ${JSON.stringify(received)}`,
          );
        }
        await new Promise((resolve) => setTimeout(resolve, 20));
      }

      return received;
    },
    close: () => client.dispose() as Promise<void>,
  };
}

/** Waits until `condition` holds, polling, or fails after `timeoutMs`. */
export async function eventually(
  condition: () => boolean | Promise<boolean>,
  timeoutMs = 10_000,
  description = 'condition',
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) {
      throw new Error(`${description} did not hold within ${timeoutMs} ms`);
    }
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
