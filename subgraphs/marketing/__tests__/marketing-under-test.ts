import { querySubgraph, type GraphQLResponse } from '../../../test/support/graphql-client';
import { TEST_IDENTITY_SECRET } from '../../../test/support/identities';
import { testLogger } from '../../../test/support/silent-logger';
import { createTestDatabase, type TestDatabase } from '../../../test/support/test-database';
import type { StartedSubgraph } from '../../../platform/graphql/subgraph-startup';
import { startMarketingSubgraph } from '../marketing-subgraph';

/** The Marketing subgraph alone, over a throwaway database of its own. */
export interface MarketingUnderTest {
  subgraph: StartedSubgraph;
  database: TestDatabase;
  /** Sends an operation as the gateway would, with `crm:admin` unless told otherwise. */
  query: <T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    scopes?: string[],
  ) => Promise<GraphQLResponse<T>>;
  close: () => Promise<void>;
}

export async function startMarketingUnderTest(): Promise<MarketingUnderTest> {
  const database = await createTestDatabase();
  const subgraph = await startMarketingSubgraph({
    databaseUrl: database.url,
    port: 0,
    identitySecret: TEST_IDENTITY_SECRET,
    logger: testLogger,
  }).catch(async (error: unknown) => {
    await database.drop();
    throw error;
  });

  return {
    subgraph,
    database,
    query: (query, variables, scopes) => querySubgraph(subgraph.url, query, variables, scopes),
    close: async () => {
      await subgraph.close();
      await database.drop();
    },
  };
}

export const CREATE_CAMPAIGN = `mutation ($input: CreateCampaignInput!) {
  createCampaign(input: $input) {
    campaign { id name channel status budget actualCost startDate endDate parent { id } leadCount }
    userErrors { field message code }
  }
}`;

export const CAPTURE_LEAD = `mutation ($input: CaptureLeadInput!) {
  captureLead(input: $input) {
    lead { id email country status source score rating campaign { id } }
    userErrors { field message code }
  }
}`;

export interface CreatedCampaign {
  createCampaign: { campaign: { id: string } | null; userErrors: { code: string }[] };
}

export interface CapturedLead {
  captureLead: { lead: { id: string; email: string } | null; userErrors: unknown[] };
}
