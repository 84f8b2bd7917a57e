import { join } from 'node:path';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import type { SubgraphName } from '../../platform/config/subgraph-list';
import { readGatewayConfig, type GatewayConfig } from '../../gateway/src/config';
import { startGateway, type RunningGateway } from '../../gateway/src/gateway-server';
import type {
  StartedSubgraph,
  SubgraphStartOptions,
} from '../../platform/graphql/subgraph-startup';
import { startAccountsSubgraph } from '../../subgraphs/accounts/accounts-subgraph';
import { startMarketingSubgraph } from '../../subgraphs/marketing/marketing-subgraph';
import { startSalesSubgraph } from '../../subgraphs/sales/sales-subgraph';
import { startServiceSubgraph } from '../../subgraphs/service/service-subgraph';
import { bearerToken, TEST_IDENTITY_SECRET, TEST_JWT_SECRET } from './identities';
import { postGraphQL, type GraphQLResponse } from './graphql-client';
import { testLogger } from './silent-logger';
import { stablePort } from './stable-port';
import { createTestDatabase, type TestDatabase } from './test-database';

type Started = Partial<Record<SubgraphName, StartedSubgraph>>;

/** Each subgraph's start, in start order, told where the subgraphs it calls were started. */
const STARTERS: Record<
  SubgraphName,
  (options: SubgraphStartOptions, started: Started) => Promise<StartedSubgraph>
> = {
  accounts: (options) => startAccountsSubgraph(options),
  sales: (options, started) =>
    startSalesSubgraph({ ...options, accountsUrl: started.accounts!.url }),
  service: (options, started) =>
    startServiceSubgraph({ ...options, accountsUrl: started.accounts!.url }),
  marketing: (options, started) =>
    startMarketingSubgraph({
      ...options,
      subgraphUrls: { accounts: started.accounts!.url, sales: started.sales!.url },
    }),
};

/** The whole graph, started in this process on free ports over a throwaway database. */
export interface GraphUnderTest {
  gateway: RunningGateway;
  gatewayConfig: GatewayConfig;
  subgraphs: Record<SubgraphName, StartedSubgraph>;
  database: TestDatabase;
  /** Sends an operation to the gateway with a token holding `scopes` (default `crm:admin`). */
  query: <T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    scopes?: string[],
  ) => Promise<GraphQLResponse<T>>;
  /** Sends a generated, typed operation (see `test/operations/`) to the gateway. */
  execute: <TResult, TVariables extends Record<string, unknown>>(
    document: TypedDocumentNode<TResult, TVariables>,
    variables: TVariables,
    scopes?: string[],
  ) => Promise<GraphQLResponse<TResult>>;
  /** Statements each subgraph has sent to PostgreSQL for requests so far (background work aside). */
  statementCounts: () => Record<SubgraphName, number>;
  /**
   * Stops one subgraph, runs `whileDown`, and starts it again on its port, as a restarted
   * process would be; `subgraphs[name]` is the new one afterwards.
   */
  restartSubgraph: (name: SubgraphName, whileDown?: () => Promise<void>) => Promise<void>;
  close: () => Promise<void>;
}

export async function startGraphUnderTest(
  overrides: Partial<GatewayConfig> = {},
): Promise<GraphUnderTest> {
  const database = await createTestDatabase();
  const subgraphs: Partial<Record<SubgraphName, StartedSubgraph>> = {};
  try {
    return await startGraphOn(database, subgraphs, overrides);
  } catch (error) {
    // Nothing of a graph that failed to start may outlive it, its database least of all.
    await Promise.allSettled(Object.values(subgraphs).map((subgraph) => subgraph.close()));
    await database.drop();
    throw error;
  }
}

async function startGraphOn(
  database: TestDatabase,
  started: Partial<Record<SubgraphName, StartedSubgraph>>,
  overrides: Partial<GatewayConfig>,
): Promise<GraphUnderTest> {
  const subgraphs = started as Record<SubgraphName, StartedSubgraph>;
  // Subgraphs keep their port across restarts, so none may take one the system hands out.
  const startOn = (name: SubgraphName, port: number) =>
    STARTERS[name](
      { databaseUrl: database.url, port, identitySecret: TEST_IDENTITY_SECRET, logger: testLogger },
      subgraphs,
    );
  for (const name of Object.keys(STARTERS) as SubgraphName[]) {
    subgraphs[name] = await startOn(name, await stablePort());
  }
  const gatewayConfig: GatewayConfig = {
    ...readGatewayConfig({}),
    port: 0,
    subgraphUrls: {
      accounts: subgraphs.accounts.url,
      sales: subgraphs.sales.url,
      service: subgraphs.service.url,
      marketing: subgraphs.marketing.url,
    },
    supergraphPath: join(__dirname, '..', '..', 'schema', 'supergraph.graphql'),
    auth: {
      jwtSecret: TEST_JWT_SECRET,
      jwksUrl: undefined,
      issuer: undefined,
      audience: undefined,
    },
    identitySecret: TEST_IDENTITY_SECRET,
    ...overrides,
  };
  const gateway = await startGateway(gatewayConfig, testLogger);

  return {
    gateway,
    gatewayConfig,
    subgraphs,
    database,
    query: async (query, variables = {}, scopes = ['crm:admin']) =>
      postGraphQL(gateway.url, query, variables, {
        authorization: `Bearer ${await bearerToken(scopes)}`,
      }),
    execute: async (document, variables, scopes = ['crm:admin']) =>
      postGraphQL(gateway.url, print(document), variables, {
        authorization: `Bearer ${await bearerToken(scopes)}`,
      }),
    restartSubgraph: async (name, whileDown) => {
      const { port } = subgraphs[name];
      await subgraphs[name].close();
      await whileDown?.();
      subgraphs[name] = await startOn(name, port);
    },
    statementCounts: () =>
      Object.fromEntries(
        Object.entries(subgraphs).map(([name, subgraph]) => [name, subgraph.queries.requestCount]),
      ) as Record<SubgraphName, number>,
    close: async () => {
      await gateway.close();
      await Promise.all(Object.values(subgraphs).map((subgraph) => subgraph.close()));
      await database.drop();
    },
  };
}
