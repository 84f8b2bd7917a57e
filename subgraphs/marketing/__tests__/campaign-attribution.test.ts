import { Client } from 'pg';
import { captureLeads, leadInput, setDuplicateRule } from './lead-operations';
import {
  CREATE_CAMPAIGN,
  startMarketingUnderTest,
  type CreatedCampaign,
  type MarketingUnderTest,
} from './marketing-under-test';

let marketing: MarketingUnderTest;

beforeAll(async () => {
  marketing = await startMarketingUnderTest();
  const rule = await marketing.query(
    `mutation {
      createScoringRule(input: {
        name: "Responses", kind: ENGAGEMENT, activityKind: RESPONDED, points: 10, halfLifeDays: 30
      }) { rule { id } }
    }`,
  );
  expect(rule.errors).toBeUndefined();
});

afterAll(async () => {
  await marketing.close();
});

async function createCampaign(name: string): Promise<string> {
  const result = await marketing.query<CreatedCampaign>(CREATE_CAMPAIGN, {
    input: { name, channel: 'WEB' },
  });

  return result.data!.createCampaign.campaign!.id;
}

interface CampaignFigures {
  memberCount: number;
  respondedCount: number;
  members: { edges: { node: { lead: { id: string }; status: string; hasResponded: boolean } }[] };
  results: { leads: number; convertedLeads: number };
}

async function figures(id: string): Promise<CampaignFigures> {
  const result = await marketing.query<{ campaign: CampaignFigures }>(
    `query ($id: ID!) {
      campaign(id: $id) {
        memberCount respondedCount
        members(first: 100) { edges { node { lead { id } status hasResponded } } }
        results { leads convertedLeads }
      }
    }`,
    { id },
  );
  expect(result.errors).toBeUndefined();

  return result.data!.campaign;
}

async function lead(id: string) {
  const result = await marketing.query<{
    lead: { campaign: { id: string } | null; scoreBreakdown: { activityCount: number }[] };
  }>(
    `query ($id: ID!) {
      lead(id: $id) { campaign { id } scoreBreakdown { activityKind activityCount } }
    }`,
    { id },
  );

  return result.data!.lead;
}

async function addMember(campaignId: string, leadId: string, status: string): Promise<void> {
  const result = await marketing.query(
    `mutation ($input: AddCampaignMemberInput!) {
      addCampaignMember(input: $input) { userErrors { code } }
    }`,
    { input: { campaignId, leadId, status } },
  );
  expect(result.data).toEqual({ addCampaignMember: { userErrors: [] } });
}

describe('campaign attribution of captured leads', () => {
  it('makes a lead captured through a campaign a RESPONDED member of it, once', async () => {
    const campaignId = await createCampaign('Webinar');

    const batch = await captureLeads(marketing.query, [
      leadInput('ada.member@example.com', { campaignId }),
      leadInput('bob.member@example.com', { campaignId, source: 'IMPORT' }),
      leadInput('cy.nocampaign@example.com'),
    ]);
    const [ada, bob] = batch.results.map((result) => result.lead!.id);

    expect(await figures(campaignId)).toEqual({
      memberCount: 2,
      respondedCount: 2,
      members: {
        edges: expect.arrayContaining([
          { node: { lead: { id: ada }, status: 'RESPONDED', hasResponded: true } },
          { node: { lead: { id: bob }, status: 'RESPONDED', hasResponded: true } },
        ]),
      },
      results: { leads: 2, convertedLeads: 0 },
    });
    expect(await lead(ada)).toMatchObject({
      campaign: { id: campaignId },
      scoreBreakdown: expect.arrayContaining([{ activityKind: 'RESPONDED', activityCount: 1 }]),
    });
  });

  it('under FLAG counts a person captured three times through a campaign once', async () => {
    await setDuplicateRule(marketing.query, 'FLAG');
    const campaignId = await createCampaign('Trade fair');

    const first = await captureLeads(marketing.query, [
      leadInput('dora.thrice@example.com', { campaignId }),
      leadInput('DORA.thrice@example.com', { campaignId }),
    ]);
    const again = await captureLeads(marketing.query, [
      leadInput('dora.thrice@example.com', { campaignId }),
    ]);
    const dora = first.results[0].lead!.id;

    expect([...first.results, ...again.results].map((result) => result.outcome)).toEqual([
      'CREATED',
      'FLAGGED',
      'FLAGGED',
    ]);
    expect(await figures(campaignId)).toEqual({
      memberCount: 1,
      respondedCount: 1,
      members: {
        edges: [{ node: { lead: { id: dora }, status: 'RESPONDED', hasResponded: true } }],
      },
      results: { leads: 1, convertedLeads: 0 },
    });
  });

  it('counts people in leadCount as results.leads does, leaving flagged duplicates out', async () => {
    await setDuplicateRule(marketing.query, 'FLAG');
    const campaignId = await createCampaign('Counted once');

    const batch = await captureLeads(marketing.query, [
      leadInput('hal.counted@example.com', { campaignId }),
      leadInput('HAL.counted@example.com', { campaignId }),
      leadInput('ivy.counted@example.com', { campaignId }),
    ]);
    const counts = await marketing.query(
      'query ($id: ID!) { campaign(id: $id) { leadCount results { leads } } }',
      { id: campaignId },
    );

    expect(batch).toMatchObject({ created: 2, flagged: 1 });
    expect(counts.data).toEqual({ campaign: { leadCount: 2, results: { leads: 2 } } });
  });

  it('under FLAG counts a person converted through a flagged duplicate as converted', async () => {
    await setDuplicateRule(marketing.query, 'FLAG');
    const campaignId = await createCampaign('Partner day');
    const batch = await captureLeads(marketing.query, [
      leadInput('eli.converted@example.com', { campaignId }),
      leadInput('eli.converted@example.com', { campaignId }),
    ]);
    // Conversion needs Accounts and Sales; the figures only read the lead's status.
    const client = new Client({ connectionString: marketing.database.url });
    await client.connect();
    try {
      await client.query(
        "UPDATE marketing.lead SET status = 'CONVERTED', converted_at = now() WHERE id = $1",
        [batch.results[1].lead!.id],
      );
    } finally {
      await client.end();
    }

    expect((await figures(campaignId)).results).toEqual({ leads: 1, convertedLeads: 1 });
  });

  it('under MERGE adds a membership of the second campaign and keeps the first touch', async () => {
    await setDuplicateRule(marketing.query, 'MERGE');
    const first = await createCampaign('First touch');
    const second = await createCampaign('Second touch');
    const captured = await captureLeads(marketing.query, [
      leadInput('fay.twice@example.com', { campaignId: first }),
    ]);
    const fay = captured.results[0].lead!.id;

    const merged = await captureLeads(marketing.query, [
      leadInput('Fay.Twice@example.com', { campaignId: second }),
    ]);

    expect(merged.results[0]).toMatchObject({ outcome: 'MERGED', lead: { id: fay } });
    expect((await lead(fay)).campaign).toEqual({ id: first });
    expect(await figures(first)).toMatchObject({
      memberCount: 1,
      respondedCount: 1,
      results: { leads: 1 },
    });
    expect(await figures(second)).toEqual({
      memberCount: 1,
      respondedCount: 1,
      members: {
        edges: [{ node: { lead: { id: fay }, status: 'RESPONDED', hasResponded: true } }],
      },
      results: { leads: 0, convertedLeads: 0 },
    });
    expect((await lead(fay)).scoreBreakdown).toEqual(
      expect.arrayContaining([{ activityKind: 'RESPONDED', activityCount: 2 }]),
    );
  });

  it('moves a member that has not responded to RESPONDED and leaves one that has', async () => {
    await setDuplicateRule(marketing.query, 'MERGE');
    const emailed = await createCampaign('Emailed');
    const attended = await createCampaign('Attended');
    const captured = await captureLeads(marketing.query, [leadInput('gus.known@example.com')]);
    const gus = captured.results[0].lead!.id;
    await addMember(emailed, gus, 'SENT');
    await addMember(attended, gus, 'ATTENDED');

    await captureLeads(marketing.query, [
      leadInput('gus.known@example.com', { campaignId: emailed }),
      leadInput('gus.known@example.com', { campaignId: attended }),
    ]);

    expect((await figures(emailed)).members.edges).toEqual([
      { node: { lead: { id: gus }, status: 'RESPONDED', hasResponded: true } },
    ]);
    expect((await figures(attended)).members.edges).toEqual([
      { node: { lead: { id: gus }, status: 'ATTENDED', hasResponded: true } },
    ]);
    // One response for each campaign: the one addCampaignMember recorded, and the capture's.
    expect((await lead(gus)).scoreBreakdown).toEqual(
      expect.arrayContaining([{ activityKind: 'RESPONDED', activityCount: 2 }]),
    );
  });

  it('records the responses of a batch in as many SQL statements for 400 rows as for 4', async () => {
    await setDuplicateRule(marketing.query, 'FLAG');
    const campaignId = await createCampaign('Bulk');
    const statementsFor = async (count: number, tag: string) => {
      const before = marketing.subgraph.queries.requestCount;
      const batch = await captureLeads(
        marketing.query,
        Array.from({ length: count }, (_, n) =>
          leadInput(`bulk${n % (count / 2)}.${tag}@example.com`, { campaignId }),
        ),
      );
      expect(batch).toMatchObject({ created: count / 2, flagged: count / 2 });

      return marketing.subgraph.queries.requestCount - before;
    };

    const four = await statementsFor(4, 'small');
    const fourHundred = await statementsFor(400, 'large');

    expect(fourHundred).toBe(four);
    expect(await figures(campaignId)).toMatchObject({
      memberCount: 202,
      respondedCount: 202,
      results: { leads: 202 },
    });
  });
});
