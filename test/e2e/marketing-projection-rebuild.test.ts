import { Client } from 'pg';
import {
  captureLeads,
  createCampaign,
  eventually,
  leadInput,
} from '../../subgraphs/marketing/__tests__/lead-operations';
import { startGraphUnderTest, type GraphUnderTest } from '../support/graph-under-test';

let graph: GraphUnderTest;

beforeAll(async () => {
  graph = await startGraphUnderTest();
});

afterAll(async () => {
  await graph.close();
});

async function results(campaignId: string) {
  const result = await graph.query<{
    campaign: { results: { opportunities: number; wonOpportunities: number; wonAmount: string } };
  }>(
    'query ($id: ID!) { campaign(id: $id) { results { opportunities wonOpportunities wonAmount } } }',
    {
      id: campaignId,
    },
  );

  return result.data?.campaign.results;
}

async function moveTo(id: string, stage: string): Promise<void> {
  const result = await graph.query(
    `mutation ($input: ChangeOpportunityStageInput!) {
      changeOpportunityStage(input: $input) { userErrors { message } }
    }`,
    { input: { id, stage } },
  );
  expect(result.errors).toBeUndefined();
}

async function createContact(email: string): Promise<string> {
  const result = await graph.query<{ createContact: { contact: { id: string } } }>(
    `mutation ($input: CreateContactInput!) { createContact(input: $input) { contact { id } } }`,
    { input: { lastName: 'Known', email } },
  );

  return result.data!.createContact.contact.id;
}

/** How a lead with this email fares under the default rule, REJECT: a contact's email is refused. */
async function captureOutcome(email: string): Promise<string> {
  const captured = await captureLeads(graph.query, [leadInput(email)]);

  return captured.results[0].outcome;
}

/** Removes every event Accounts and Sales keep, as their retention would after a long outage. */
async function pruneAccountsAndSalesEvents(): Promise<void> {
  const sql = new Client({ connectionString: graph.database.url });
  await sql.connect();
  for (const schema of ['accounts', 'sales']) {
    await sql.query(
      `WITH removed AS (DELETE FROM ${schema}.outbox_event RETURNING id)
       UPDATE ${schema}.outbox_retention
          SET pruned_through = GREATEST(pruned_through, (SELECT max(id) FROM removed))`,
    );
  }
  await sql.end();
}

describe('Marketing after the events it follows are gone', () => {
  it('rebuilds campaign results and known contacts from the records, then follows the events', async () => {
    const campaignId = await createCampaign(graph.query, { name: 'Long outage', channel: 'EVENT' });
    const account = await graph.query<{ createAccount: { account: { id: string } } }>(
      'mutation { createAccount(input: { name: "Outage Ltd" }) { account { id } } }',
    );
    const created = await graph.query<{ createOpportunity: { opportunity: { id: string } } }>(
      `mutation ($input: CreateOpportunityInput!) { createOpportunity(input: $input) { opportunity { id } } }`,
      {
        input: {
          name: 'Outage deal',
          accountId: account.data!.createAccount.account.id,
          amount: '500.00',
          closeDate: '2027-03-01',
          campaignId,
        },
      },
    );
    const opportunityId = created.data!.createOpportunity.opportunity.id;
    const renamedContact = await createContact('before@outage.example');
    await eventually(async () =>
      (await results(campaignId))?.opportunities === 1 ? true : undefined,
    );
    await eventually(async () =>
      (await captureOutcome('before@outage.example')) === 'REFUSED' ? true : undefined,
    );

    await graph.restartSubgraph('marketing', async () => {
      await moveTo(opportunityId, 'Closed Won');
      await graph.query(
        `mutation ($input: UpdateContactInput!) { updateContact(input: $input) { contact { id } } }`,
        { input: { id: renamedContact, email: 'renamed@outage.example' } },
      );
      await createContact('during@outage.example');
      await pruneAccountsAndSalesEvents();
    });

    expect(
      await eventually(async () => {
        const value = await results(campaignId);

        return value?.wonOpportunities === 1 ? value : undefined;
      }),
    ).toEqual({ opportunities: 1, wonOpportunities: 1, wonAmount: '500.00' });
    expect(
      await eventually(async () => {
        const outcome = await captureOutcome('during@outage.example');

        return outcome === 'REFUSED' ? outcome : undefined;
      }),
    ).toBe('REFUSED');
    expect(await captureOutcome('before@outage.example')).toBe('CREATED');

    await moveTo(opportunityId, 'Negotiation/Review');
    expect(
      await eventually(async () => {
        const value = await results(campaignId);

        return value?.wonOpportunities === 0 ? value : undefined;
      }),
    ).toEqual({ opportunities: 1, wonOpportunities: 0, wonAmount: '0.00' });
  });
});
