import { Client } from 'pg';
import {
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

const CONVERT = `mutation ($input: ConvertLeadInput!) {
  convertLead(input: $input) {
    lead { id status }
    account { id }
    contact { id }
    opportunity { id }
    conversion { id status attempts lastError }
    repeated
    userErrors { field message code }
  }
}`;

type Converted = ConvertResult['convertLead'] & {
  conversion: { attempts: number; lastError: string | null } | null;
  repeated: boolean;
};

async function convert(input: Record<string, unknown>): Promise<Converted> {
  const result = await graph.query<{ convertLead: Converted }>(CONVERT, { input });
  if (result.errors || !result.data) {
    throw new Error(`convertLead failed: ${JSON.stringify(result.errors)}`);
  }

  return result.data.convertLead;
}

async function existingAccount(name: string): Promise<string> {
  const result = await graph.query<{ createAccount: { account: { id: string } } }>(
    'mutation ($name: String!) { createAccount(input: { name: $name }) { account { id } } }',
    { name },
  );

  return result.data!.createAccount.account.id;
}

/** What exists for one person in Accounts and Sales, through the gateway. */
async function footprint(email: string) {
  const result = await graph.query<{
    contacts: { edges: { node: { id: string; account: { id: string; name: string } } }[] };
  }>(
    `query ($email: String!) {
      contacts(filter: { email: $email }) { edges { node { id account { id name } } } }
    }`,
    { email },
  );
  const contacts = result.data!.contacts.edges.map((edge) => edge.node);
  const accountIds = [...new Set(contacts.map((contact) => contact.account.id))];
  const opportunities = await Promise.all(
    accountIds.map(async (accountId) => {
      const found = await graph.query<{
        opportunities: { edges: { node: { id: string; name: string; closeDate: string } }[] };
      }>(
        `query ($accountId: ID!) {
          opportunities(filter: { accountId: $accountId }) { edges { node { id name closeDate } } }
        }`,
        { accountId },
      );

      return found.data!.opportunities.edges.map((edge) => edge.node);
    }),
  );

  return { contacts, opportunities: opportunities.flat() };
}

async function sql<T>(text: string, values: unknown[]): Promise<T[]> {
  const client = new Client({ connectionString: graph.database.url });
  await client.connect();
  try {
    return (await client.query(text, values)).rows as T[];
  } finally {
    await client.end();
  }
}

/** `YYYY-MM-DD` of the UTC day `days` after the one `at` falls on. */
function dayAfter(at: Date, days: number): string {
  return new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), at.getUTCDate() + days))
    .toISOString()
    .slice(0, 10);
}

describe('convertLead with nothing but a lead id', () => {
  it('creates the opportunity with a close date 90 days after the day of the conversion', async () => {
    const email = 'only.lead.id@example.com';
    const leadId = await qualifiedLead(graph.query, email, { company: 'Only Lead Id Ltd' });
    const before = new Date();

    const converted = await convert({ leadId });

    const after = new Date();
    expect(converted).toMatchObject({
      lead: { status: 'CONVERTED' },
      conversion: { status: 'COMPLETE' },
      repeated: false,
      userErrors: [],
    });
    const { opportunities } = await footprint(email);
    expect(opportunities).toHaveLength(1);
    expect([dayAfter(before, 90), dayAfter(after, 90)]).toContain(opportunities[0].closeDate);
  });
});

describe('names derived from the lead', () => {
  const first = 'F'.repeat(100);
  const last = 'L'.repeat(100);

  it('are cut to fit Sales, so a 201-character person name converts at an existing account', async () => {
    const email = 'long.names.existing@example.com';
    const accountId = await existingAccount('Long Names Existing Inc');
    const leadId = await qualifiedLead(graph.query, email, { firstName: first, lastName: last });

    const converted = await convert({ leadId, accountId });

    expect(converted).toMatchObject({
      account: { id: accountId },
      conversion: { status: 'COMPLETE' },
      userErrors: [],
    });
    const { contacts, opportunities } = await footprint(email);
    expect(contacts).toHaveLength(1);
    expect(opportunities).toEqual([
      expect.objectContaining({ name: `${first} ${last.slice(0, 99)}` }),
    ]);
  });

  it('are cut to fit Accounts too, when the account is made from the person', async () => {
    const email = 'long.names.new@example.com';
    const leadId = await qualifiedLead(graph.query, email, { firstName: first, lastName: last });

    const converted = await convert({ leadId });

    expect(converted).toMatchObject({ conversion: { status: 'COMPLETE' }, userErrors: [] });
    const { contacts } = await footprint(email);
    expect(contacts).toEqual([
      expect.objectContaining({
        account: expect.objectContaining({ name: `${first} ${last.slice(0, 99)}` }),
      }),
    ]);
  });
});

describe('what Accounts or Sales would refuse', () => {
  it('is refused before Accounts registers anything, naming the lead', async () => {
    const email = 'long.owner@example.com';
    const accountId = await existingAccount('Long Owner Inc');
    const leadId = await qualifiedLead(graph.query, email);
    // An owner longer than Sales accepts, as a lead stored before the limit could have.
    await sql('UPDATE marketing.lead SET owner_id = $2 WHERE id = $1', [leadId, 'o'.repeat(250)]);

    const refused = await convert({ leadId, accountId });

    expect(refused).toMatchObject({
      conversion: null,
      account: null,
      userErrors: [
        {
          field: ['input', 'leadId'],
          message: expect.stringContaining("lead's owner"),
          code: 'INVALID',
        },
      ],
    });
    expect(await footprint(email)).toEqual({ contacts: [], opportunities: [] });
    expect(
      await sql('SELECT id FROM marketing.lead_conversion WHERE lead_id = $1', [leadId]),
    ).toEqual([]);
  });
});

describe('convertLead for a lead already converted', () => {
  it('returns the conversion, marked repeated, even when its input would now be refused', async () => {
    const leadId = await qualifiedLead(graph.query, 'repeat.bad.input@example.com');
    const first = await convert({ leadId, amount: '100.00', closeDate: '2027-05-31' });

    const repeats = await Promise.all([
      convert({ leadId, amount: '-5' }),
      convert({ leadId, closeDate: '1850-01-01' }),
      convert({ leadId, createOpportunity: false, amount: '3' }),
    ]);

    for (const repeat of repeats) {
      expect(repeat).toEqual({ ...first, repeated: true });
    }
  });

  it('returns the first conversion when called with other input, creating nothing', async () => {
    const email = 'repeat.other.input@example.com';
    const leadId = await qualifiedLead(graph.query, email, { company: 'Repeat Other Ltd' });
    const first = await convert({ leadId, opportunityName: 'First deal' });
    const otherAccount = await existingAccount('Repeat Other Account');

    const repeat = await convert({
      leadId,
      accountId: otherAccount,
      opportunityName: 'Second deal',
    });

    expect(repeat).toEqual({ ...first, repeated: true });
    const { contacts, opportunities } = await footprint(email);
    expect(contacts).toEqual([expect.objectContaining({ id: first.contact!.id })]);
    expect(opportunities).toEqual([expect.objectContaining({ name: 'First deal' })]);
  });
});

describe('identical convertLead calls at once', () => {
  it('create one account, one contact and one opportunity', async () => {
    const email = 'eight.at.once@example.com';
    const leadId = await qualifiedLead(graph.query, email, { company: 'Eight At Once Ltd' });

    const calls = await Promise.all(Array.from({ length: 8 }, () => convert({ leadId })));

    const conversionIds = new Set(calls.map((call) => call.conversion?.id));
    expect(conversionIds.size).toBe(1);
    expect(calls.filter((call) => !call.repeated)).toHaveLength(1);
    for (const call of calls) {
      expect(call).toMatchObject({
        lead: { status: 'CONVERTED' },
        conversion: { status: 'COMPLETE' },
        userErrors: [],
      });
    }
    const accounts = await graph.query<{ accounts: { totalCount: number } }>(
      '{ accounts(filter: { nameContains: "Eight At Once" }) { totalCount } }',
    );
    expect(accounts.data!.accounts.totalCount).toBe(1);
    const { contacts, opportunities } = await footprint(email);
    expect(contacts).toHaveLength(1);
    expect(opportunities).toHaveLength(1);
  });
});
