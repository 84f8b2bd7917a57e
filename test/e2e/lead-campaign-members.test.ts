import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import {
  captureLeads,
  createCampaign,
  leadInput,
} from '../../subgraphs/marketing/__tests__/lead-operations';
import { startGraphUnderTest, type GraphUnderTest } from '../support/graph-under-test';

let graph: GraphUnderTest;
let sql: Client;
let campaignId: string;

beforeAll(async () => {
  graph = await startGraphUnderTest();
  sql = new Client({ connectionString: graph.database.url });
  await sql.connect();
  campaignId = await createCampaign(graph.query, {
    name: 'Customer Advisory Board',
    channel: 'EVENT',
  });
});

afterAll(async () => {
  await sql?.end();
  await graph?.close();
});

const ADD_MEMBER = `mutation ($input: AddCampaignMemberInput!) {
  addCampaignMember(input: $input) {
    member { status contact { name } lead { email } }
    userErrors { field message code }
  }
}`;

async function createContact(lastName: string): Promise<string> {
  const account = await graph.query<{ createAccount: { account: { id: string } } }>(
    'mutation { createAccount(input: { name: "Advisory Co" }) { account { id } } }',
  );
  const contact = await graph.query<{ createContact: { contact: { id: string } } }>(
    'mutation ($input: CreateContactInput!) { createContact(input: $input) { contact { id } } }',
    { input: { accountId: account.data!.createAccount.account.id, firstName: 'Ada', lastName } },
  );

  return contact.data!.createContact.contact.id;
}

/** Memberships Marketing holds, counted in its own schema: the gateway is not involved. */
async function memberCount(): Promise<number> {
  const { rows } = await sql.query<{ count: number }>(
    'SELECT count(*)::int AS count FROM marketing.campaign_member',
  );

  return rows[0].count;
}

describe('addCampaignMember with a contact, through the gateway', () => {
  it('refuses a contact Accounts does not have as NOT_FOUND and writes nothing', async () => {
    const unknownId = randomUUID();
    const before = await memberCount();

    const refused = await graph.query(ADD_MEMBER, { input: { campaignId, contactId: unknownId } });

    expect(refused.errors).toBeUndefined();
    expect(refused.data).toEqual({
      addCampaignMember: {
        member: null,
        userErrors: [
          {
            field: ['input', 'contactId'],
            message: `Contact ${unknownId} was not found`,
            code: 'NOT_FOUND',
          },
        ],
      },
    });
    expect(await memberCount()).toBe(before);
  });

  it('adds a contact Accounts has, once', async () => {
    const contactId = await createContact('Lovelace');

    const added = await graph.query(ADD_MEMBER, {
      input: { campaignId, contactId, status: 'REGISTERED' },
    });
    const again = await graph.query(ADD_MEMBER, { input: { campaignId, contactId } });

    expect(added.data).toEqual({
      addCampaignMember: {
        member: { status: 'REGISTERED', contact: { name: 'Ada Lovelace' }, lead: null },
        userErrors: [],
      },
    });
    expect(again.data).toMatchObject({
      addCampaignMember: {
        member: null,
        userErrors: [{ field: ['input', 'contactId'], code: 'DUPLICATE' }],
      },
    });
  });

  it('answers SERVICE_UNAVAILABLE while Accounts is down, writes nothing, and adds the contact once it is back', async () => {
    const contactId = await createContact('Hopper');
    const [lead] = (await captureLeads(graph.query, [leadInput('grace@example.com')])).results;
    const before = await memberCount();
    let whileDown: Awaited<ReturnType<typeof graph.query>> = { status: 0 };
    let leadWhileDown: Awaited<ReturnType<typeof graph.query>> = { status: 0 };
    await graph.restartSubgraph('accounts', async () => {
      whileDown = await graph.query(ADD_MEMBER, { input: { campaignId, contactId } });
      // A lead is Marketing's own: adding one does not ask Accounts.
      leadWhileDown = await graph.query(ADD_MEMBER, {
        input: { campaignId, leadId: lead.lead!.id },
      });
    });
    const afterwards = await graph.query(ADD_MEMBER, { input: { campaignId, contactId } });

    expect(whileDown.data).toBeNull();
    expect(whileDown.errors).toEqual([
      expect.objectContaining({
        message: expect.stringMatching(/^Accounts could not be reached; nothing was written/),
        extensions: expect.objectContaining({ code: 'SERVICE_UNAVAILABLE', subgraph: 'Accounts' }),
      }),
    ]);
    expect(JSON.stringify(whileDown)).not.toMatch(/127\.0\.0\.1|ECONNREFUSED|fetch failed/);
    expect(leadWhileDown.data).toEqual({
      addCampaignMember: {
        member: { status: 'SENT', contact: null, lead: { email: 'grace@example.com' } },
        userErrors: [],
      },
    });
    expect(afterwards.data).toMatchObject({
      addCampaignMember: { member: { contact: { name: 'Ada Hopper' } }, userErrors: [] },
    });
    expect(await memberCount()).toBe(before + 2);
  });
});
