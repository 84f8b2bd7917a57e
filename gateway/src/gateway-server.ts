import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { ApolloGateway } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { GraphQLError } from 'graphql';
import { DomainError } from '../../platform/errors/domain-errors';
import { ErrorCode } from '../../platform/errors/error-codes';
import { signForwardedIdentity } from '../../platform/identity/forwarded-identity';
import type { Logger } from '../../platform/logging/logger';
import { serveGraphQL } from '../../platform/http/graphql-http';
import { serveHealth } from '../../platform/http/health';
import { nulCharacterPlugin } from '../../platform/graphql/nul-characters';
import { closeServer, listen } from '../../platform/http/listen';
import { createBearerTokenVerifier } from './auth/bearer-token-verifier';
import type { GatewayConfig, SubgraphName } from './config';
import { AuthenticatedDataSource } from './federation/authenticated-data-source';
import { reportingValueCompletion } from './federation/value-completion';
import type { GatewayContext } from './gateway-context';
import { createGatewayErrorFormatter } from './http/gateway-error-formatter';
import { subgraphsReady } from './http/subgraph-readiness';
import { SubscriptionHub } from './subscriptions/subscription-hub';
import { SubscriptionPlanner } from './subscriptions/subscription-planner';
import { serveSubscriptions } from './subscriptions/subscription-server';
import { inputLiteralRule } from './validation/input-literal-rule';

export interface RunningGateway {
  url: string;
  port: number;
  httpServer: Server;
  subscriptions: SubscriptionHub;
  close: () => Promise<void>;
}

/**
 * Serves the federated graph: verifies each client's bearer token, plans queries over the
 * committed supergraph and forwards the verified identity, signed, to the subgraphs. Queries
 * and mutations go over HTTP; subscriptions over graphql-ws on the same URL.
 */
export async function startGateway(config: GatewayConfig, logger: Logger): Promise<RunningGateway> {
  const verifyBearerToken = createBearerTokenVerifier(config.auth);
  const supergraphSdl = readFileSync(config.supergraphPath, 'utf8');
  const gateway = new ApolloGateway({
    supergraphSdl,
    buildService: ({ name, url }) =>
      new AuthenticatedDataSource({
        url: config.subgraphUrls[name as SubgraphName] ?? url,
      }),
    logger: apolloLogger(logger),
  });
  const httpServer = createServer();
  const formatError = createGatewayErrorFormatter(logger);
  const apollo = new ApolloServer<GatewayContext>({
    gateway: reportingValueCompletion(gateway),
    formatError,
    includeStacktraceInErrorResponses: false,
    csrfPrevention: true,
    validationRules: [inputLiteralRule],
    plugins: [ApolloServerPluginDrainHttpServer({ httpServer }), nulCharacterPlugin()],
  });
  await apollo.start();
  const planner = new SubscriptionPlanner(supergraphSdl);
  const hub = new SubscriptionHub({
    schemas: { supergraphSchema: planner.supergraphSchema, apiSchema: planner.apiSchema },
    services: Object.fromEntries(
      Object.entries(config.subgraphUrls).map(([name, url]) => [
        name,
        new AuthenticatedDataSource({ url }),
      ]),
    ),
    subgraphUrls: config.subgraphUrls,
    identitySecret: config.identitySecret,
    logger,
  });
  const subscriptions = serveSubscriptions({
    httpServer,
    planner,
    hub,
    verifyBearerToken,
    formatError,
    logger,
  });

  const buildContext = async (authorization: string | undefined): Promise<GatewayContext> => {
    try {
      const identity = await verifyBearerToken(authorization);
      const requestId = randomUUID();

      return {
        identity,
        requestId,
        logger: logger.child({ requestId, subject: identity.subject }),
        forwardedIdentity: signForwardedIdentity(identity, config.identitySecret),
      };
    } catch (error) {
      if (error instanceof DomainError) {
        throw new GraphQLError(error.message, {
          extensions: { code: ErrorCode.Unauthenticated, http: { status: 401 } },
        });
      }
      throw error;
    }
  };

  httpServer.on('request', (request, response) => {
    void (async () => {
      if (await serveHealth(request, response, () => subgraphsReady(config.subgraphUrls))) {
        return;
      }
      await serveGraphQL(apollo, request, response, () =>
        buildContext(request.headers.authorization),
      );
    })().catch((error: unknown) => {
      logger.error('request failed', { error });
      if (!response.headersSent) {
        response.statusCode = 500;
      }
      response.end();
    });
  });

  const port = await listen(httpServer, config.port);
  logger.info('gateway listening', { port });

  return {
    url: `http://127.0.0.1:${port}/graphql`,
    port,
    httpServer,
    subscriptions: hub,
    close: async () => {
      await subscriptions.close();
      await apollo.stop();
      await closeServer(httpServer).catch(() => undefined);
    },
  };
}

function apolloLogger(logger: Logger) {
  return {
    debug: (message: unknown) => logger.debug(String(message)),
    info: (message: unknown) => logger.debug(String(message)),
    warn: (message: unknown) => logger.warn(String(message)),
    error: (message: unknown) => logger.error(String(message)),
  };
}
