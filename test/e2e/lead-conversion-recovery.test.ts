import { Client } from 'pg';
import type { ConversionStep } from '../../subgraphs/marketing/conversion/conversion-context';
import {
  CONVERT_LEAD,
  eventually,
  qualifiedLead,
  type ConvertResult,
} from '../../subgraphs/marketing/__tests__/lead-operations';
import { startMarketingSubgraph } from '../../subgraphs/marketing/marketing-subgraph';
import { startGraphUnderTest, type GraphUnderTest } from '../support/graph-under-test';
import { TEST_IDENTITY_SECRET } from '../support/identities';
import { testLogger } from '../support/silent-logger';

let graph: GraphUnderTest;

beforeAll(async () => {
  graph = await startGraphUnderTest();
});

afterAll(async () => {
  await graph.close();
});

/**
 * Replaces the graph's Marketing subgraph with a new one on the same port and database, so the
 * gateway keeps reaching it at the same URL; waits until the gateway reaches it.
 */
async function restartMarketing(crashAfter: ConversionStep | null): Promise<void> {
  const { port } = graph.subgraphs.marketing;
  await graph.subgraphs.marketing.close();
  graph.subgraphs.marketing = await startMarketingSubgraph({
    databaseUrl: graph.database.url,
    port,
    identitySecret: TEST_IDENTITY_SECRET,
    logger: testLogger,
    subgraphUrls: { accounts: graph.subgraphs.accounts.url, sales: graph.subgraphs.sales.url },
    faults: {
      afterConversionStep: (step) => {
        if (step === crashAfter) {
          throw new Error(`crash after ${step}`);
        }
      },
    },
  });
  await eventually(async () => {
    const result = await graph.query('{ duplicateRule }');

    return result.errors ? undefined : true;
  });
}

interface ConversionState {
  lead: {
    status: string;
    conversion: {
      status: string;
      account: { id: string } | null;
      contact: { id: string } | null;
      opportunity: { id: string } | null;
    } | null;
  };
}

function conversionState(leadId: string) {
  return graph.query<ConversionState>(
    `query ($id: ID!) {
      lead(id: $id) {
        status
        conversion { status account { id } contact { id } opportunity { id } }
      }
    }`,
    { id: leadId },
  );
}

async function countsFor(company: string, email: string, accountId: string) {
  const result = await graph.query<{
    accounts: { totalCount: number };
    contacts: { totalCount: number };
    opportunities: { totalCount: number };
  }>(
    `query ($company: String!, $email: String!, $accountId: ID!) {
      accounts(filter: { nameContains: $company }) { totalCount }
      contacts(filter: { email: $email }) { totalCount }
      opportunities(filter: { accountId: $accountId }) { totalCount }
    }`,
    { company, email, accountId },
  );

  return result.data;
}

/** Runs one statement on the graph's database, as an operator would. */
async function sql<T>(text: string, values: unknown[]): Promise<T[]> {
  const client = new Client({ connectionString: graph.database.url });
  await client.connect();
  try {
    return (await client.query(text, values)).rows as T[];
  } finally {
    await client.end();
  }
}

describe('a conversion interrupted by a crash', () => {
  it.each<ConversionStep>([
    'recorded',
    'accountsCommitted',
    'account',
    'salesCommitted',
    'opportunity',
  ])(
    'is completed by the restarted subgraph after a crash after the %s step, creating everything once',
    async (step) => {
      const company = `Crash After ${step} Ltd`;
      const email = `crash-${step}@example.com`;
      await restartMarketing(step);
      const leadId = await qualifiedLead(graph.query, email, { company });

      const crashed = await graph.query<ConvertResult>(CONVERT_LEAD, {
        input: { leadId, amount: '1200.00', closeDate: '2027-01-31' },
      });
      expect(crashed.errors?.[0].extensions?.code).toBe('INTERNAL_SERVER_ERROR');
      const pending = await conversionState(leadId);
      expect(pending.data!.lead).toMatchObject({
        status: 'QUALIFIED',
        conversion: { status: 'PENDING' },
      });

      await restartMarketing(null);
      const done = await eventually(async () => {
        const state = await conversionState(leadId);

        // Lead and conversion are read by two statements; wait until both show the outcome.
        const lead = state.data?.lead;

        return lead?.status === 'CONVERTED' && lead.conversion?.status === 'COMPLETE'
          ? lead
          : undefined;
      });

      expect(done.status).toBe('CONVERTED');
      const { account, contact, opportunity } = done.conversion!;
      expect(await countsFor(company, email, account!.id)).toEqual({
        accounts: { totalCount: 1 },
        contacts: { totalCount: 1 },
        opportunities: { totalCount: 1 },
      });
      const again = await graph.query<ConvertResult>(CONVERT_LEAD, {
        input: { leadId, amount: '1200.00', closeDate: '2027-01-31' },
      });
      expect(again.data!.convertLead).toMatchObject({
        account,
        contact,
        opportunity,
        conversion: { status: 'COMPLETE' },
        userErrors: [],
      });
      expect(await countsFor(company, email, account!.id)).toEqual({
        accounts: { totalCount: 1 },
        contacts: { totalCount: 1 },
        opportunities: { totalCount: 1 },
      });
    },
  );

  it('refuses to edit a lead while its conversion is pending', async () => {
    await restartMarketing('recorded');
    const leadId = await qualifiedLead(graph.query, 'pending-edit@example.com');
    await graph.query(CONVERT_LEAD, { input: { leadId, closeDate: '2027-01-31' } });

    const edit = await graph.query(
      `mutation ($input: UpdateLeadInput!) {
        updateLead(input: $input) { lead { id } userErrors { field code } }
      }`,
      { input: { id: leadId, title: 'Changed meanwhile' } },
    );

    expect(edit.data).toEqual({
      updateLead: {
        lead: null,
        userErrors: [{ field: ['input', 'id'], code: 'INVALID_TRANSITION' }],
      },
    });
    await restartMarketing(null);
    await eventually(async () => {
      const state = await conversionState(leadId);

      return state.data?.lead.status === 'CONVERTED' ? true : undefined;
    });
  });

  it('takes over the account and contact of an attempt Sales refused, creating each once', async () => {
    const company = 'Refused By Sales Ltd';
    const email = 'refused-by-sales@example.com';
    const input = { leadId: '', amount: '900.00', closeDate: '2027-02-28' };
    await restartMarketing('account');
    input.leadId = await qualifiedLead(graph.query, email, { company });
    await graph.query(CONVERT_LEAD, { input });
    // What Sales is asked for no longer passes its rules, as after a rule change in Sales.
    await sql(
      `UPDATE marketing.lead_conversion
       SET request = jsonb_set(request, '{sales,closeDate}', '"1850-01-01"')
       WHERE lead_id = $1`,
      [input.leadId],
    );

    await restartMarketing(null);
    const failed = await eventually(async () => {
      const rows = await sql<{ account_id: string; contact_id: string }>(
        `SELECT account_id, contact_id FROM marketing.lead_conversion
         WHERE lead_id = $1 AND status = 'FAILED'`,
        [input.leadId],
      );

      return rows[0];
    });
    expect((await conversionState(input.leadId)).data!.lead).toEqual({
      status: 'QUALIFIED',
      conversion: null,
    });

    const retried = await graph.query<ConvertResult>(CONVERT_LEAD, { input });

    expect(retried.data!.convertLead).toMatchObject({
      account: { id: failed.account_id },
      contact: { id: failed.contact_id },
      conversion: { status: 'COMPLETE' },
      userErrors: [],
    });
    expect(await countsFor(company, email, failed.account_id)).toEqual({
      accounts: { totalCount: 1 },
      contacts: { totalCount: 1 },
      opportunities: { totalCount: 1 },
    });
  });

  it('takes over the contact of an attempt Sales refused when converted again at another account', async () => {
    const email = 'refused-then-moved@example.com';
    await restartMarketing('account');
    const leadId = await qualifiedLead(graph.query, email, { company: 'Refused Then Moved Ltd' });
    await graph.query(CONVERT_LEAD, { input: { leadId, closeDate: '2027-02-28' } });
    await sql(
      `UPDATE marketing.lead_conversion
       SET request = jsonb_set(request, '{sales,closeDate}', '"1850-01-01"')
       WHERE lead_id = $1`,
      [leadId],
    );
    await restartMarketing(null);
    const failed = await eventually(async () => {
      const rows = await sql<{ account_id: string; contact_id: string }>(
        `SELECT account_id, contact_id FROM marketing.lead_conversion
         WHERE lead_id = $1 AND status = 'FAILED'`,
        [leadId],
      );

      return rows[0];
    });
    const other = await graph.query<{ createAccount: { account: { id: string } } }>(
      'mutation { createAccount(input: { name: "Moved To Inc" }) { account { id } } }',
    );
    const accountId = other.data!.createAccount.account.id;

    const retried = await graph.query<ConvertResult>(CONVERT_LEAD, {
      input: { leadId, accountId, closeDate: '2027-02-28' },
    });

    expect(retried.data!.convertLead).toMatchObject({
      account: { id: accountId },
      contact: { id: failed.contact_id },
      conversion: { status: 'COMPLETE' },
      userErrors: [],
    });
    const placed = await graph.query<{
      contacts: { edges: { node: { id: string; account: { id: string } } }[] };
      opportunities: { totalCount: number };
    }>(
      `query ($email: String!, $accountId: ID!) {
        contacts(filter: { email: $email }) { edges { node { id account { id } } } }
        opportunities(filter: { accountId: $accountId }) { totalCount }
      }`,
      { email, accountId },
    );
    expect(placed.data).toEqual({
      contacts: { edges: [{ node: { id: failed.contact_id, account: { id: accountId } } }] },
      opportunities: { totalCount: 1 },
    });
  });

  it('finishes a conversion after the token of the caller who asked for it has expired', async () => {
    const email = 'expired-caller@example.com';
    await restartMarketing('recorded');
    const leadId = await qualifiedLead(graph.query, email, { company: 'Expired Caller Ltd' });
    await graph.query(CONVERT_LEAD, { input: { leadId } });
    // The caller's token expired an hour ago; the stored identity is the one the caller had.
    await sql(
      `UPDATE marketing.lead_conversion
       SET identity = jsonb_set(identity, '{expiresAt}', to_jsonb(extract(epoch FROM now())::int - 3600))
       WHERE lead_id = $1`,
      [leadId],
    );

    await restartMarketing(null);

    const done = await eventually(async () => {
      const state = await conversionState(leadId);

      return state.data?.lead.status === 'CONVERTED' ? state.data.lead : undefined;
    });
    expect(done.conversion).toMatchObject({
      status: 'COMPLETE',
      opportunity: { id: expect.any(String) },
    });
  });
});
