import { Client } from 'pg';
import { startGraphUnderTest, type GraphUnderTest } from '../support/graph-under-test';

let graph: GraphUnderTest;
let accountId: string;
let leadId: string;

beforeAll(async () => {
  graph = await startGraphUnderTest();
  const account = await graph.query<{ createAccount: { account: { id: string } } }>(
    'mutation { createAccount(input: { name: "Scalar Co" }) { account { id } } }',
  );
  accountId = account.data!.createAccount.account.id;
  const lead = await graph.query<{ captureLead: { lead: { id: string } } }>(
    `mutation { captureLead(input: {
      firstName: "Ada", lastName: "Scalar", email: "ada.scalar@example.com"
    }) { lead { id } } }`,
  );
  leadId = lead.data!.captureLead.lead.id;
});

afterAll(async () => {
  await graph.close();
});

async function countRows(table: string): Promise<number> {
  const client = new Client({ connectionString: graph.database.url });
  await client.connect();
  try {
    const result = await client.query<{ count: number }>(
      `SELECT count(*)::int AS count FROM ${table}`,
    );

    return result.rows[0].count;
  } finally {
    await client.end();
  }
}

const CREATE_OPPORTUNITY = `mutation ($input: CreateOpportunityInput!) {
  createOpportunity(input: $input) { opportunity { amount } }
}`;

function createOpportunity(amount: unknown) {
  return graph.query<{ createOpportunity: { opportunity: { amount: string } } }>(
    CREATE_OPPORTUNITY,
    { input: { name: 'Exact amount', accountId, closeDate: '2027-01-01', amount } },
  );
}

describe('Decimal input', () => {
  it.each([1234567890123456.78, 10000000000000001, 123456789012345.67])(
    'refuses the JSON number %p, which a double cannot carry exactly, and writes nothing',
    async (amount) => {
      const before = await countRows('sales.opportunity');

      const result = await createOpportunity(amount);

      expect(result.errors).toHaveLength(1);
      expect(result.errors?.[0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'input.amount',
      });
      expect(result.errors?.[0].message).toMatch(/send the amount as a string/);
      expect(await countRows('sales.opportunity')).toBe(before);
    },
  );

  it('keeps every digit of an amount sent as a string', async () => {
    const result = await createOpportunity('1234567890123456.78');

    expect(result.errors).toBeUndefined();
    expect(result.data?.createOpportunity.opportunity.amount).toBe('1234567890123456.78');
  });

  it('refuses a number literal of more than 15 digits at the gateway, keeps a string literal', async () => {
    const literal = (amount: string) =>
      graph.query<{ createOpportunity: { opportunity: { amount: string } } }>(
        `mutation { createOpportunity(input: {
          name: "Literal amount", accountId: "${accountId}", closeDate: "2027-01-01",
          amount: ${amount}
        }) { opportunity { amount } } }`,
      );

    const number = await literal('1234567890123456.78');
    const string = await literal('"1234567890123456.78"');

    expect(number.errors?.[0].extensions).toEqual({
      code: 'GRAPHQL_VALIDATION_FAILED',
      field: 'input.amount',
    });
    expect(number.errors?.[0].message).toMatch(/send the amount as a string/);
    expect(string.errors).toBeUndefined();
    expect(string.data?.createOpportunity.opportunity.amount).toBe('1234567890123456.78');
  });

  it('accepts a JSON number of at most 15 significant digits as written', async () => {
    const small = await createOpportunity(1250.5);
    const fifteen = await createOpportunity(1234567890123.45);

    expect(small.data?.createOpportunity.opportunity.amount).toBe('1250.50');
    expect(fifteen.data?.createOpportunity.opportunity.amount).toBe('1234567890123.45');
  });
});

const RECORD_ACTIVITY = `mutation ($input: RecordLeadActivityInput!) {
  recordLeadActivity(input: $input) { activity { occurredAt } userErrors { code } }
}`;

describe('DateTime input', () => {
  it.each([
    '2025-02-30T10:00:00Z',
    '2025-02-29T10:00:00Z',
    '2025-04-31T10:00:00Z',
    '2025-13-01T10:00:00Z',
    '2025-00-10T10:00:00Z',
    '2025-06-00T10:00:00Z',
    '2025-06-01T24:00:00Z',
    '2025-06-01T10:60:00Z',
    '2025-06-01T10:00:60Z',
    '2025-06-01T10:00:00+16:00',
    '2025-06-01T10:00:00-15:60',
    '0000-01-01T00:00:00Z',
    '0001-01-01T00:00:00+01:00',
  ])('refuses %s, which does not exist or cannot be stored, and writes nothing', async (at) => {
    const before = await countRows('marketing.lead_activity');

    const result = await graph.query(RECORD_ACTIVITY, {
      input: { leadId, kind: 'WEB_VISIT', occurredAt: at },
    });

    expect(result.errors).toHaveLength(1);
    expect(result.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.occurredAt',
    });
    expect(await countRows('marketing.lead_activity')).toBe(before);
  });

  it('refuses a DateTime literal that does not exist at the gateway, naming the field', async () => {
    const result = await graph.query(
      `mutation { recordLeadActivity(input: {
        leadId: "${leadId}", kind: WEB_VISIT, occurredAt: "2025-02-30T10:00:00Z"
      }) { activity { occurredAt } } }`,
    );

    expect(result.errors?.[0].extensions).toEqual({
      code: 'GRAPHQL_VALIDATION_FAILED',
      field: 'input.occurredAt',
    });
  });

  it.each([
    ['2024-02-29T10:00:00Z', '2024-02-29T10:00:00.000Z'],
    ['2000-02-29T23:59:59.5+15:59', '2000-02-29T08:00:59.500Z'],
    ['2025-06-01T00:00-12:00', '2025-06-01T12:00:00.000Z'],
  ])('accepts %s', async (at, stored) => {
    const result = await graph.query<{
      recordLeadActivity: { activity: { occurredAt: string } };
    }>(RECORD_ACTIVITY, { input: { leadId, kind: 'WEB_VISIT', occurredAt: at } });

    expect(result.errors).toBeUndefined();
    expect(result.data?.recordLeadActivity.activity.occurredAt).toBe(stored);
  });
});
