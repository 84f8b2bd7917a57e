import { randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import { GraphQLError, type DocumentNode } from 'graphql';
import type { DataSource } from 'typeorm';
import { asRequestWork } from '../database/query-counter';
import { ErrorCode } from '../errors/error-codes';
import { createErrorFormatter } from '../errors/format-error';
import { FORWARDED_IDENTITY_HEADER, verifyForwardedIdentity } from '../identity/forwarded-identity';
import type { Logger } from '../logging/logger';
import { serveGraphQL } from '../http/graphql-http';
import { serveHealth } from '../http/health';
import { closeServer, listen } from '../http/listen';
import type { SubgraphContext } from './subgraph-context';
import { serveSubgraphWebSocket } from './subgraph-websocket';
import { nulCharacterPlugin } from './nul-characters';

export interface SubgraphServerOptions<TLoaders> {
  name: string;
  typeDefs: DocumentNode;
  /** The subgraph's resolvers; typed per subgraph by its generated `Resolvers` type. */
  resolvers: object;
  dataSource: DataSource;
  /** Builds the request's DataLoaders. */
  createLoaders: (dataSource: DataSource) => TLoaders;
  identitySecret: string;
  port: number;
  logger: Logger;
  /** Called on shutdown after HTTP has stopped, before the data source closes. */
  onClose?: () => Promise<void>;
}

export interface RunningSubgraph {
  url: string;
  port: number;
  httpServer: Server;
  close: () => Promise<void>;
}

/**
 * Serves a subgraph over HTTP: GraphQL at `/graphql` (subscriptions over graphql-ws on the same
 * path), health at `/health/*`. Every GraphQL
 * request must carry an identity signed by the gateway; anything else is refused, so the
 * subgraph cannot be queried around the gateway's checks.
 */
export async function startSubgraphServer<TLoaders>(
  options: SubgraphServerOptions<TLoaders>,
): Promise<RunningSubgraph> {
  const { dataSource, logger } = options;
  const httpServer = createServer();
  const schema = buildSubgraphSchema({
    typeDefs: options.typeDefs,
    resolvers: options.resolvers as GraphQLResolverMap<unknown>,
  });
  const formatError = createErrorFormatter(logger);
  const apollo = new ApolloServer<SubgraphContext<TLoaders>>({
    schema,
    formatError,
    includeStacktraceInErrorResponses: false,
    introspection: false,
    csrfPrevention: false,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      ApolloServerPluginInlineTraceDisabled(),
      nulCharacterPlugin(),
    ],
  });
  await apollo.start();
  const webSocket = serveSubgraphWebSocket({
    httpServer,
    schema,
    dataSource,
    createLoaders: options.createLoaders,
    identitySecret: options.identitySecret,
    logger,
    formatError,
  });

  const buildContext = async (
    identityHeader: string | undefined,
  ): Promise<SubgraphContext<TLoaders>> => {
    const identity = await verifyForwardedIdentity(identityHeader, options.identitySecret);
    if (identity === null) {
      throw new GraphQLError('Requests must come through the gateway', {
        extensions: { code: ErrorCode.Unauthenticated, http: { status: 401 } },
      });
    }
    const requestId = randomUUID();

    return {
      identity,
      requestId,
      logger: logger.child({ requestId, subject: identity.subject }),
      dataSource,
      loaders: options.createLoaders(dataSource),
    };
  };

  httpServer.on('request', (request, response) => {
    void (async () => {
      if (await serveHealth(request, response, () => dataSource.query('SELECT 1'))) {
        return;
      }
      const header = request.headers[FORWARDED_IDENTITY_HEADER];
      await asRequestWork(() =>
        serveGraphQL(apollo, request, response, () =>
          buildContext(Array.isArray(header) ? header[0] : header),
        ),
      );
    })().catch((error: unknown) => {
      logger.error('request failed', { error });
      if (!response.headersSent) {
        response.statusCode = 500;
      }
      response.end();
    });
  });

  const port = await listen(httpServer, options.port);
  logger.info('subgraph listening', { subgraph: options.name, port });

  return {
    url: `http://127.0.0.1:${port}/graphql`,
    port,
    httpServer,
    close: async () => {
      await webSocket.close();
      await apollo.stop();
      await closeServer(httpServer).catch(() => undefined);
      await options.onClose?.();
      await dataSource.destroy();
    },
  };
}
