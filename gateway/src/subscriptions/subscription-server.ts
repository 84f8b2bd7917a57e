import type { Server } from 'node:http';
import { GraphQLError } from 'graphql';
import { CloseCode } from 'graphql-ws';
import { useServer } from 'graphql-ws/use/ws';
import type { WebSocket } from 'ws';
import { WebSocketServer } from 'ws';
import { DomainError, ForbiddenError } from '../../../platform/errors/domain-errors';
import { hasScope } from '../../../platform/identity/scopes';
import { nulCharacterErrors } from '../../../platform/graphql/nul-characters';
import {
  webSocketErrorHooks,
  type ErrorFormatter,
} from '../../../platform/graphql/websocket-errors';
import type { Identity } from '../../../platform/identity/identity';
import type { Logger } from '../../../platform/logging/logger';
import type { BearerTokenVerifier } from '../auth/bearer-token-verifier';
import type { SubscriptionHub } from './subscription-hub';
import type { PlannedSubscription, SubscriptionPlanner } from './subscription-planner';

export interface SubscriptionServerOptions {
  httpServer: Server;
  planner: SubscriptionPlanner;
  hub: SubscriptionHub;
  verifyBearerToken: BearerTokenVerifier;
  formatError: ErrorFormatter;
  logger: Logger;
}

interface ConnectionState {
  identity: Identity;
  expiryTimer: NodeJS.Timeout | null;
}

interface SubscribeContext {
  planned: PlannedSubscription;
  identity: Identity;
}

/** Longest delay a Node.js timer accepts; tokens living longer get no expiry timer. */
const MAX_TIMER_MS = 2 ** 31 - 1;

/** Reason sent with close code 4401 when the client's token expires mid-connection. */
export const TOKEN_EXPIRED_REASON = 'Token expired';

/**
 * graphql-ws at the gateway, on the same URL as HTTP. The bearer token travels in the
 * connection parameters (`authorization: "Bearer …"`) and is verified at connect; the scopes
 * the plan needs are checked at subscribe; when the token expires the socket is closed with
 * 4401 "Token expired".
 */
export function serveSubscriptions(options: SubscriptionServerOptions) {
  const wsServer = new WebSocketServer({ server: options.httpServer, path: '/graphql' });
  const connections = new WeakMap<object, ConnectionState>();
  const cleanup = useServer<Record<string, unknown>, { socket: WebSocket }>(
    {
      onConnect: async (ctx) => {
        const authorization =
          ctx.connectionParams?.authorization ?? ctx.connectionParams?.Authorization;
        try {
          const identity = await options.verifyBearerToken(
            typeof authorization === 'string' ? authorization : undefined,
          );
          connections.set(ctx.extra, {
            identity,
            expiryTimer: expiryTimer(identity, ctx.extra.socket),
          });

          return true;
        } catch (error) {
          if (!(error instanceof DomainError)) {
            throw error;
          }
          ctx.extra.socket.close(CloseCode.Unauthorized, 'Invalid or missing bearer token');

          return false;
        }
      },
      onClose: (ctx) => {
        const state = connections.get(ctx.extra);
        if (state?.expiryTimer) {
          clearTimeout(state.expiryTimer);
        }
      },
      onSubscribe: (ctx, _id, payload) => {
        const state = connections.get(ctx.extra);
        if (state === undefined) {
          return [new GraphQLError('Connection is not authenticated')];
        }
        const nulErrors = nulCharacterErrors(payload);
        if (nulErrors !== null) {
          return nulErrors;
        }
        const planned = options.planner.plan(payload);
        if (!('primary' in planned)) {
          return planned;
        }
        const missing = planned.requiredScopes.find((scope) => !hasScope(state.identity, scope));
        if (missing !== undefined) {
          const forbidden = new ForbiddenError(missing);

          return [new GraphQLError(forbidden.message, { originalError: forbidden })];
        }
        const contextValue: SubscribeContext = { planned, identity: state.identity };

        return {
          schema: options.planner.apiGraphQLSchema,
          document: planned.document,
          variableValues: planned.variables,
          operationName: planned.operationName,
          contextValue,
        };
      },
      subscribe: (args) => {
        const { planned, identity } = args.contextValue as SubscribeContext;

        return options.hub.subscribe(planned, identity);
      },
      ...webSocketErrorHooks(options.formatError),
    },
    wsServer,
  );

  return {
    close: async () => {
      options.hub.close();
      await cleanup.dispose();
      await new Promise<void>((resolve) => wsServer.close(() => resolve()));
    },
  };
}

function expiryTimer(identity: Identity, socket: WebSocket): NodeJS.Timeout | null {
  const delay = identity.expiresAt === null ? null : identity.expiresAt * 1000 - Date.now();
  if (delay === null || delay > MAX_TIMER_MS) {
    return null;
  }
  const timer = setTimeout(
    () => socket.close(CloseCode.Unauthorized, TOKEN_EXPIRED_REASON),
    Math.max(0, delay),
  );
  timer.unref();

  return timer;
}
