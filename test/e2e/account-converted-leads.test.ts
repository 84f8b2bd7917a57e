import {
  CONVERT_LEAD,
  createCampaign,
  qualifiedLead,
  type ConvertResult,
} from '../../subgraphs/marketing/__tests__/lead-operations';
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
    'mutation ($input: CreateAccountInput!) { createAccount(input: $input) { account { id } } }',
    { input: { name } },
  );

  return result.data!.createAccount.account.id;
}

/**
 * Captures a lead (through `campaignId` when given), qualifies it and converts it into
 * `accountId`, or into a new account; returns the account's id.
 */
async function convertInto(
  email: string,
  accountId: string | null,
  campaignId: string | null = null,
): Promise<string> {
  const leadId = await qualifiedLead(graph.query, email, campaignId === null ? {} : { campaignId });
  const converted = await graph.query<ConvertResult>(CONVERT_LEAD, {
    input: { leadId, accountId, createOpportunity: false },
  });
  expect(converted.data?.convertLead).toMatchObject({
    conversion: { status: 'COMPLETE' },
    userErrors: [],
  });

  return converted.data!.convertLead.account!.id;
}

const ACCOUNT_MARKETING = `query ($id: ID!, $first: Int, $after: String, $campaigns: Int) {
  account(id: $id) {
    name
    convertedLeads(first: $first, after: $after) {
      totalCount
      edges { node { email status campaign { name } } }
      pageInfo { hasNextPage hasPreviousPage endCursor }
    }
    campaignInfluence(first: $campaigns) { campaign { name } convertedLeads lastConvertedAt }
  }
}`;

interface AccountMarketing {
  account: {
    name: string;
    convertedLeads: {
      totalCount: number;
      edges: { node: { email: string; status: string; campaign: { name: string } | null } }[];
      pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; endCursor: string | null };
    };
    campaignInfluence: {
      campaign: { name: string };
      convertedLeads: number;
      lastConvertedAt: string;
    }[];
  };
}

describe('the Marketing fields of an account, through the gateway', () => {
  let accountId: string;

  beforeAll(async () => {
    const webinar = await createCampaign(graph.query, {
      name: 'Spring Webinar',
      channel: 'WEBINAR',
    });
    const fair = await createCampaign(graph.query, { name: 'Trade Fair', channel: 'EVENT' });
    // The first conversion creates the account; the others attach their contact to it.
    accountId = await convertInto('first@initech.example', null, fair);
    await convertInto('second@initech.example', accountId, webinar);
    await convertInto('third@initech.example', accountId);
    await convertInto('fourth@initech.example', accountId, webinar);
    await convertInto('elsewhere@initrode.example', null, webinar);
  });

  it('pages through the leads converted into the account, most recently converted first', async () => {
    const first = await graph.query<AccountMarketing>(ACCOUNT_MARKETING, {
      id: accountId,
      first: 3,
    });
    const second = await graph.query<AccountMarketing>(ACCOUNT_MARKETING, {
      id: accountId,
      first: 3,
      after: first.data?.account.convertedLeads.pageInfo.endCursor,
    });

    expect(first.errors).toBeUndefined();
    expect(second.errors).toBeUndefined();
    expect(first.data!.account.convertedLeads).toEqual({
      totalCount: 4,
      edges: [
        {
          node: {
            email: 'fourth@initech.example',
            status: 'CONVERTED',
            campaign: { name: 'Spring Webinar' },
          },
        },
        { node: { email: 'third@initech.example', status: 'CONVERTED', campaign: null } },
        {
          node: {
            email: 'second@initech.example',
            status: 'CONVERTED',
            campaign: { name: 'Spring Webinar' },
          },
        },
      ],
      pageInfo: { hasNextPage: true, hasPreviousPage: false, endCursor: expect.any(String) },
    });
    expect(second.data!.account.convertedLeads).toMatchObject({
      totalCount: 4,
      edges: [{ node: { email: 'first@initech.example', campaign: { name: 'Trade Fair' } } }],
      pageInfo: { hasNextPage: false, hasPreviousPage: true },
    });
  });

  it('ranks the campaigns the converted leads came from by how many, at most `first` of them', async () => {
    const all = await graph.query<AccountMarketing>(ACCOUNT_MARKETING, { id: accountId });
    const strongest = await graph.query<AccountMarketing>(ACCOUNT_MARKETING, {
      id: accountId,
      campaigns: 1,
    });
    const refused = await graph.query<AccountMarketing>(ACCOUNT_MARKETING, {
      id: accountId,
      campaigns: 101,
    });

    expect(all.errors).toBeUndefined();
    expect(all.data!.account.campaignInfluence).toEqual([
      {
        campaign: { name: 'Spring Webinar' },
        convertedLeads: 2,
        lastConvertedAt: expect.any(String),
      },
      { campaign: { name: 'Trade Fair' }, convertedLeads: 1, lastConvertedAt: expect.any(String) },
    ]);
    const [webinar, fair] = all.data!.account.campaignInfluence;
    expect(Date.parse(webinar.lastConvertedAt)).toBeGreaterThan(Date.parse(fair.lastConvertedAt));
    expect(strongest.data!.account.campaignInfluence).toEqual([webinar]);
    expect(refused.errors?.map((error) => error.extensions)).toEqual([
      expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'first' }),
    ]);
  });

  it('gives an account no lead was converted into empty Marketing fields', async () => {
    const untouched = await createAccount('Untouched Ltd');

    const result = await graph.query<AccountMarketing>(ACCOUNT_MARKETING, { id: untouched });

    expect(result.data!.account).toEqual({
      name: 'Untouched Ltd',
      convertedLeads: {
        totalCount: 0,
        edges: [],
        pageInfo: { hasNextPage: false, hasPreviousPage: false, endCursor: null },
      },
      campaignInfluence: [],
    });
  });

  it('needs marketing:read for them, as every Marketing field does', async () => {
    const result = await graph.query(ACCOUNT_MARKETING, { id: accountId }, ['accounts:read']);

    expect(result.errors?.map((error) => error.extensions)).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ code: 'FORBIDDEN', scope: 'marketing:read' }),
      ]),
    );
  });
});

describe('batching', () => {
  async function statementsFor(first: number, tag: string) {
    const before = graph.statementCounts();
    const result = await graph.query<{
      accounts: { edges: { node: AccountMarketing['account'] }[] };
    }>(
      `query ($first: Int, $tag: String) {
        accounts(first: $first, filter: { nameContains: $tag }) {
          edges {
            node {
              name
              convertedLeads(first: 2) { totalCount edges { node { email campaign { name } } } }
              campaignInfluence { campaign { name } convertedLeads }
            }
          }
        }
      }`,
      { first, tag },
    );
    const after = graph.statementCounts();
    expect(result.errors).toBeUndefined();
    expect(result.data!.accounts.edges).toHaveLength(first);

    return {
      accounts: after.accounts - before.accounts,
      marketing: after.marketing - before.marketing,
      converted: result.data!.accounts.edges.filter(
        ({ node }) => node.convertedLeads.totalCount > 0 && node.campaignInfluence.length > 0,
      ).length,
    };
  }

  it('reads the Marketing fields of 50 accounts in as many statements as of 5', async () => {
    const tag = 'Influenced';
    const campaignId = await createCampaign(graph.query, {
      name: 'Batch Campaign',
      channel: 'EMAIL',
    });
    for (let n = 0; n < 50; n += 1) {
      const accountId = await createAccount(`${tag} ${String(n).padStart(2, '0')}`);
      // Every fifth account has a converted lead, the first of a page of five included.
      if (n % 5 === 0) {
        await convertInto(`batch${n}@example.com`, accountId, campaignId);
      }
    }

    const forFive = await statementsFor(5, tag);
    const forFifty = await statementsFor(50, tag);

    expect(forFive.converted).toBe(1);
    expect(forFifty.converted).toBe(10);
    expect({ ...forFifty, converted: 0 }).toEqual({ ...forFive, converted: 0 });
  });
});
