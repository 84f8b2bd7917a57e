import {
  AccountOverviewDocument,
  OpportunitiesWithAccountsDocument,
} from '../generated/operations';
import { startGraphUnderTest, type GraphUnderTest } from '../support/graph-under-test';

let graph: GraphUnderTest;

beforeAll(async () => {
  graph = await startGraphUnderTest();
});

afterAll(async () => {
  await graph.close();
});

async function createAccount(name: string): Promise<string> {
  const result = await graph.query<{ createAccount: { account: { id: string } } }>(
    `mutation ($input: CreateAccountInput!) { createAccount(input: $input) { account { id } } }`,
    { input: { name, industry: 'Manufacturing', tier: 'ENTERPRISE' } },
  );

  return result.data!.createAccount.account.id;
}

async function createOpportunity(accountId: string, name: string, amount: string, stage?: string) {
  const result = await graph.query<{ createOpportunity: { opportunity: { id: string } } }>(
    `mutation ($input: CreateOpportunityInput!) {
      createOpportunity(input: $input) { opportunity { id } userErrors { message } }
    }`,
    { input: { accountId, name, amount, closeDate: '2027-03-31', ...(stage ? { stage } : {}) } },
  );

  return result.data!.createOpportunity.opportunity.id;
}

describe('one query through the gateway', () => {
  it('reads an account with its opportunities and open cases from three subgraphs', async () => {
    const accountId = await createAccount('Acme Corporation');
    await createOpportunity(accountId, 'Acme fleet renewal', '120000.50', 'Negotiation/Review');
    await createOpportunity(accountId, 'Acme spare parts', '0.25');
    await graph.query(
      `mutation ($input: OpenCaseInput!) { openCase(input: $input) { case { id } } }`,
      { input: { subject: 'Conveyor belt stopped', priority: 'HIGH', accountId } },
    );
    const before = graph.statementCounts();

    const result = await graph.execute(AccountOverviewDocument, { id: accountId });
    const after = graph.statementCounts();

    expect(result.errors).toBeUndefined();
    expect(result.data!.account!.name).toBe('Acme Corporation');
    expect(result.data!.account!.openPipelineAmount).toBe('120000.75');
    expect(result.data!.account!.opportunities).toEqual(
      expect.arrayContaining([
        {
          name: 'Acme fleet renewal',
          amount: '120000.50',
          probability: 90,
          forecastCategory: 'COMMIT',
        },
        { name: 'Acme spare parts', amount: '0.25', probability: 10, forecastCategory: 'PIPELINE' },
      ]),
    );
    expect(result.data!.account!.cases).toEqual([
      { subject: 'Conveyor belt stopped', priority: 'HIGH', account: { name: 'Acme Corporation' } },
    ]);
    expect(after.accounts).toBeGreaterThan(before.accounts);
    expect(after.sales).toBeGreaterThan(before.sales);
    expect(after.service).toBeGreaterThan(before.service);
  });

  it('moves an opportunity through stages and sums the pipeline exactly', async () => {
    const accountId = await createAccount('Pipeline Test Ltd');
    const first = await createOpportunity(accountId, 'Tenth', '0.10');
    await createOpportunity(accountId, 'Twentieth', '0.20');

    const moved = await graph.query<{
      changeOpportunityStage: { opportunity: { stage: { name: string }; probability: number } };
    }>(
      `mutation ($input: ChangeOpportunityStageInput!) {
        changeOpportunityStage(input: $input) {
          opportunity { stage { name } probability forecastCategory }
          userErrors { code }
        }
      }`,
      { input: { id: first, stage: 'Proposal/Price Quote' } },
    );
    const pipeline = await graph.query<{ pipeline: { amount: string; count: number } }>(
      `query ($accountId: ID) { pipeline(filter: { accountId: $accountId }) { amount count } }`,
      { accountId },
    );

    expect(moved.data!.changeOpportunityStage.opportunity).toMatchObject({
      stage: { name: 'Proposal/Price Quote' },
      probability: 75,
      forecastCategory: 'BEST_CASE',
    });
    expect(pipeline.data!.pipeline).toEqual({ amount: '0.30', count: 2 });
  });
});

describe('batching', () => {
  async function listOpportunitiesWithAccounts(first: number): Promise<Record<string, number>> {
    const before = graph.statementCounts();
    const result = await graph.execute(OpportunitiesWithAccountsDocument, {
      first,
      ownerId: 'batch-owner',
    });
    const after = graph.statementCounts();
    expect(result.errors).toBeUndefined();
    expect(result.data!.opportunities.edges).toHaveLength(first);
    expect(result.data!.opportunities.edges.every(({ node }) => node.account.name !== '')).toBe(
      true,
    );

    return {
      accounts: after.accounts - before.accounts,
      sales: after.sales - before.sales,
    };
  }

  it('lists 50 opportunities with their account names in as many statements as 5', async () => {
    for (let n = 0; n < 50; n += 1) {
      const accountId = await createAccount(`Batch Account ${n}`);
      await graph.query(
        `mutation ($input: CreateOpportunityInput!) { createOpportunity(input: $input) { opportunity { id } } }`,
        {
          input: {
            accountId,
            name: `Batch deal ${n}`,
            amount: '1000',
            closeDate: '2027-01-15',
            ownerId: 'batch-owner',
          },
        },
      );
    }

    const forFive = await listOpportunitiesWithAccounts(5);
    const forFifty = await listOpportunitiesWithAccounts(50);

    expect(forFifty).toEqual(forFive);
    expect(forFifty.accounts).toBe(1);
  });
});
