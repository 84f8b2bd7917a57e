import type { SubgraphName } from '../../platform/config/subgraph-list';
import {
  AccountNestedListsDocument,
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
    expect(result.data!.account!.opportunities.totalCount).toBe(2);
    expect(result.data!.account!.opportunities.edges.map((edge) => edge.node)).toEqual(
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
    expect(result.data!.account!.cases).toEqual({
      totalCount: 1,
      edges: [
        {
          node: {
            subject: 'Conveyor belt stopped',
            priority: 'HIGH',
            account: { name: 'Acme Corporation' },
          },
        },
      ],
    });
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

describe('batching of the lists nested in an account', () => {
  const NESTED_LISTS = ['opportunities', 'cases', 'contacts', 'children'] as const;
  /** The subgraph that resolves each nested list. */
  const OWNER: Record<(typeof NESTED_LISTS)[number], SubgraphName> = {
    opportunities: 'sales',
    cases: 'service',
    contacts: 'accounts',
    children: 'accounts',
  };

  /** 50 accounts, each with two opportunities, open cases, contacts and child accounts. */
  beforeAll(async () => {
    for (let n = 0; n < 50; n += 1) {
      const accountId = await createAccount(`Nested Batch ${String(n).padStart(2, '0')}`);
      await Promise.all(
        ['a', 'b'].flatMap((suffix) => [
          graph.query(
            `mutation ($input: CreateOpportunityInput!) { createOpportunity(input: $input) { opportunity { id } } }`,
            {
              input: {
                accountId,
                name: `Nested deal ${n}${suffix}`,
                closeDate: suffix === 'a' ? '2027-02-01' : '2027-03-01',
              },
            },
          ),
          graph.query(
            `mutation ($input: OpenCaseInput!) { openCase(input: $input) { case { id } } }`,
            { input: { subject: `Nested case ${n}${suffix}`, accountId } },
          ),
          graph.query(
            `mutation ($input: CreateContactInput!) { createContact(input: $input) { contact { id } } }`,
            { input: { lastName: `Nested contact ${n}${suffix}`, accountId } },
          ),
          graph.query(
            `mutation ($input: CreateAccountInput!) { createAccount(input: $input) { account { id } } }`,
            { input: { name: `Nested subsidiary ${n}${suffix}`, parentId: accountId } },
          ),
        ]),
      );
    }
  }, 120_000);

  async function statementsFor<T>(
    send: () => Promise<{ errors?: unknown[]; data?: T | null }>,
  ): Promise<{ data: T; statements: Record<SubgraphName, number> }> {
    const before = graph.statementCounts();
    const result = await send();
    const after = graph.statementCounts();
    expect(result.errors).toBeUndefined();

    return {
      data: result.data!,
      statements: Object.fromEntries(
        Object.entries(after).map(([name, count]) => [name, count - before[name as SubgraphName]]),
      ) as Record<SubgraphName, number>,
    };
  }

  it('reads a page of every nested list of 50 accounts in as many statements as of 5', async () => {
    const read = (first: number) =>
      statementsFor(() =>
        graph.execute(AccountNestedListsDocument, { first, nameContains: 'Nested Batch' }),
      );

    const forFive = await read(5);
    const forFifty = await read(50);

    expect(forFifty.data.accounts.edges).toHaveLength(50);
    expect(forFifty.data.accounts.edges[7].node).toEqual({
      name: 'Nested Batch 07',
      opportunities: {
        totalCount: 2,
        edges: [{ node: { name: 'Nested deal 7a' } }, { node: { name: 'Nested deal 7b' } }],
      },
      // Opened at once, so in either order.
      cases: {
        totalCount: 2,
        edges: expect.arrayContaining([
          { node: { subject: 'Nested case 7a' } },
          { node: { subject: 'Nested case 7b' } },
        ]),
      },
      contacts: {
        totalCount: 2,
        edges: [{ node: { name: 'Nested contact 7a' } }, { node: { name: 'Nested contact 7b' } }],
      },
      children: {
        totalCount: 2,
        edges: [
          { node: { name: 'Nested subsidiary 7a' } },
          { node: { name: 'Nested subsidiary 7b' } },
        ],
      },
    });
    expect(forFifty.statements).toEqual(forFive.statements);
    // Accounts: the accounts, then a page and a count each for contacts and children.
    expect(forFifty.statements).toEqual({ accounts: 5, sales: 2, service: 2, marketing: 0 });
  });

  it.each(NESTED_LISTS)(
    'pages %s of 50 accounts in one statement, and counts them in one more only when asked',
    async (list) => {
      const read = (first: number, selection: string) =>
        statementsFor<{
          accounts: { edges: { node: Record<string, { edges: unknown[] }> }[] };
        }>(() =>
          graph.query(
            `query ($first: Int!) {
              accounts(first: $first, filter: { nameContains: "Nested Batch" }) {
                edges { node { ${list}(first: 1) { ${selection} } } }
              }
            }`,
            { first },
          ),
        );
      const pageOnly = 'edges { node { id } } pageInfo { hasNextPage }';
      const withCount = `totalCount ${pageOnly}`;
      const owner = OWNER[list];
      // Accounts reads the page of accounts itself, in one statement more.
      const own = owner === 'accounts' ? 1 : 0;

      const five = await read(5, pageOnly);
      const fifty = await read(50, pageOnly);
      const fiveCounted = await read(5, withCount);
      const fiftyCounted = await read(50, withCount);

      expect(fifty.data.accounts.edges).toHaveLength(50);
      expect(fiftyCounted.data.accounts.edges.map(({ node }) => node[list])).toEqual(
        Array.from({ length: 50 }, () => ({
          totalCount: 2,
          edges: [{ node: { id: expect.any(String) } }],
          pageInfo: { hasNextPage: true },
        })),
      );
      expect(fifty.statements).toEqual(five.statements);
      expect(fifty.statements[owner]).toBe(own + 1);
      expect(fiftyCounted.statements).toEqual(fiveCounted.statements);
      expect(fiftyCounted.statements[owner]).toBe(own + 2);
    },
  );
});
