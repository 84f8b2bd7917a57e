import { createCampaign, eventually } from '../../subgraphs/marketing/__tests__/lead-operations';
import { startGraphUnderTest, type GraphUnderTest } from '../support/graph-under-test';

let graph: GraphUnderTest;
let campaignId: string;
let opportunityIds: string[];

beforeAll(async () => {
  graph = await startGraphUnderTest();
});

afterAll(async () => {
  await graph.close();
});

interface Results {
  opportunities: number;
  wonOpportunities: number;
  wonAmount: string;
  actualCost: string;
  roi: string | null;
}

async function results(): Promise<Results | undefined> {
  const result = await graph.query<{ campaign: { results: Results } }>(
    `query ($id: ID!) {
      campaign(id: $id) { results { opportunities wonOpportunities wonAmount actualCost roi } }
    }`,
    { id: campaignId },
  );

  return result.data?.campaign.results;
}

/** Waits until the campaign's results satisfy `done`, and returns them. */
function resultsWhen(done: (value: Results) => boolean): Promise<Results> {
  return eventually(async () => {
    const value = await results();

    return value !== undefined && done(value) ? value : undefined;
  });
}

async function moveTo(id: string, stage: string): Promise<void> {
  const result = await graph.query(
    `mutation ($input: ChangeOpportunityStageInput!) {
      changeOpportunityStage(input: $input) { opportunity { id } userErrors { message } }
    }`,
    { input: { id, stage } },
  );
  expect(result.errors).toBeUndefined();
}

/** Waits until the gateway reaches a restarted subgraph again. */
async function reachable(query: string): Promise<void> {
  await eventually(async () => ((await graph.query(query)).errors ? undefined : true));
}

describe('campaign results follow Sales without reading its tables', () => {
  it('counts opportunities Sales attributes to the campaign, with ROI null while nothing is spent', async () => {
    campaignId = await createCampaign(graph.query, { name: 'Referral push', channel: 'REFERRAL' });
    const account = await graph.query<{ createAccount: { account: { id: string } } }>(
      'mutation { createAccount(input: { name: "Results Ltd" }) { account { id } } }',
    );
    const accountId = account.data!.createAccount.account.id;
    opportunityIds = [];
    for (const amount of ['300.10', '699.90']) {
      const created = await graph.query<{ createOpportunity: { opportunity: { id: string } } }>(
        `mutation ($input: CreateOpportunityInput!) {
          createOpportunity(input: $input) { opportunity { id } }
        }`,
        {
          input: { name: `Deal ${amount}`, accountId, amount, closeDate: '2027-02-01', campaignId },
        },
      );
      opportunityIds.push(created.data!.createOpportunity.opportunity.id);
    }

    expect(await resultsWhen((value) => value.opportunities === 2)).toEqual({
      opportunities: 2,
      wonOpportunities: 0,
      wonAmount: '0.00',
      actualCost: '0.00',
      roi: null,
    });
  });

  it('catches up from its stored position with what Sales did while Marketing was down', async () => {
    await graph.restartSubgraph('marketing', async () => {
      for (const id of opportunityIds) {
        await moveTo(id, 'Closed Won');
      }
    });
    await reachable('{ duplicateRule }');
    await graph.query(
      `mutation ($input: UpdateCampaignInput!) { updateCampaign(input: $input) { campaign { id } } }`,
      { input: { id: campaignId, actualCost: '400.00' } },
    );

    expect(await resultsWhen((value) => value.wonOpportunities === 2)).toEqual({
      opportunities: 2,
      wonOpportunities: 2,
      wonAmount: '1000.00',
      actualCost: '400.00',
      roi: '1.5000',
    });
  });

  it('reconnects after Sales restarts and applies each later event once', async () => {
    await graph.restartSubgraph('sales');
    await reachable('{ stages { name } }');
    await moveTo(opportunityIds[0], 'Negotiation/Review');

    expect(await resultsWhen((value) => value.wonOpportunities === 1)).toEqual({
      opportunities: 2,
      wonOpportunities: 1,
      wonAmount: '699.90',
      actualCost: '400.00',
      roi: '0.7498',
    });
  });
});
