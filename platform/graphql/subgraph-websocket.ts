import { randomUUID } from 'node:crypto';
import type { Server } from 'node:http';
import { GraphQLError, type GraphQLSchema } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';
import type { DataSource } from 'typeorm';
import { verifyForwardedIdentity } from '../identity/forwarded-identity';
import type { Identity } from '../identity/identity';
import type { Logger } from '../logging/logger';
import type { SubgraphContext } from './subgraph-context';
import { nulCharacterErrors } from './nul-characters';
import { webSocketErrorHooks, type ErrorFormatter } from './websocket-errors';
import { subscribePerEvent } from './subscribe-per-event';

export interface SubgraphWebSocketOptions<TLoaders> {
  httpServer: Server;
  schema: GraphQLSchema;
  dataSource: DataSource;
  createLoaders: (dataSource: DataSource) => TLoaders;
  identitySecret: string;
  logger: Logger;
  formatError: ErrorFormatter;
}

/** Connection parameter carrying the identity the gateway signed, as on HTTP. */
export const IDENTITY_CONNECTION_PARAM = 'identity';

/**
 * Serves the subgraph's subscriptions over graphql-ws on the same path as HTTP. Only the gateway
 * may connect: the connection must carry a forwarded identity it signed.
 */
export function serveSubgraphWebSocket<TLoaders>(options: SubgraphWebSocketOptions<TLoaders>) {
  const wsServer = new WebSocketServer({ server: options.httpServer, path: '/graphql' });
  const identities = new WeakMap<object, Identity>();
  const contextFor = (identity: Identity): SubgraphContext<TLoaders> => {
    const requestId = randomUUID();

    return {
      identity,
      requestId,
      logger: options.logger.child({ requestId, subject: identity.subject }),
      dataSource: options.dataSource,
      loaders: options.createLoaders(options.dataSource),
    };
  };
  const cleanup = useServer<Record<string, unknown>>(
    {
      schema: options.schema,
      onConnect: async (ctx) => {
        const token = ctx.connectionParams?.[IDENTITY_CONNECTION_PARAM];
        const identity = await verifyForwardedIdentity(
          typeof token === 'string' ? token : undefined,
          options.identitySecret,
        );
        if (identity === null) {
          return false;
        }
        identities.set(ctx.extra, identity);

        return true;
      },
      context: (ctx): SubgraphContext<TLoaders> => {
        const identity = identities.get(ctx.extra);
        if (identity === undefined) {
          throw new GraphQLError('Connection is not authenticated');
        }

        return contextFor(identity);
      },
      subscribe: (args) =>
        subscribePerEvent(args, () =>
          contextFor((args.contextValue as SubgraphContext<TLoaders>).identity),
        ),
      onSubscribe: (_ctx, _id, payload) => nulCharacterErrors(payload) ?? undefined,
      ...webSocketErrorHooks(options.formatError),
    },
    wsServer,
  );

  return {
    close: async () => {
      await cleanup.dispose();
      await new Promise<void>((resolve) => wsServer.close(() => resolve()));
    },
  };
}
