import {
  CAPTURE_LEAD,
  CREATE_CAMPAIGN,
  startMarketingUnderTest,
  type CapturedLead,
  type CreatedCampaign,
  type MarketingUnderTest,
} from './marketing-under-test';
import { CAPTURE_LEADS, type CaptureResults } from './lead-operations';

let marketing: MarketingUnderTest;

beforeAll(async () => {
  marketing = await startMarketingUnderTest();
});

afterAll(async () => {
  await marketing.close();
});

const UPDATE_LEAD = `mutation ($input: UpdateLeadInput!) {
  updateLead(input: $input) {
    lead { id email status rating title country }
    userErrors { field message code }
  }
}`;

async function leadCount(): Promise<number> {
  const result = await marketing.query<{ leads: { totalCount: number } }>(
    '{ leads { totalCount } }',
  );

  return result.data!.leads.totalCount;
}

async function captureLead(input: Record<string, unknown>): Promise<string> {
  const result = await marketing.query<CapturedLead>(CAPTURE_LEAD, {
    input: { firstName: 'Ada', lastName: 'Lovelace', ...input },
  });

  return result.data!.captureLead.lead!.id;
}

describe('Marketing leads', () => {
  it('captures an open, unscored web-form lead with its email lower-cased and its country upper-cased', async () => {
    const result = await marketing.query(CAPTURE_LEAD, {
      input: {
        firstName: 'Grace',
        lastName: 'Hopper',
        email: ' Grace.Hopper@Example.COM ',
        country: 'us',
      },
    });

    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({
      captureLead: {
        lead: {
          id: expect.any(String),
          email: 'grace.hopper@example.com',
          country: 'US',
          status: 'OPEN',
          source: 'WEB_FORM',
          score: 0,
          rating: null,
          campaign: null,
        },
        userErrors: [],
      },
    });
  });

  it('finds a lead by email whatever the letter case of the filter', async () => {
    const id = await captureLead({ email: 'Margaret.Hamilton@Example.com' });
    const result = await marketing.query<{ leads: { edges: { node: { id: string } }[] } }>(
      '{ leads(filter: { email: "  MARGARET.hamilton@EXAMPLE.COM" }) { edges { node { id } } } }',
    );

    expect(result.data!.leads.edges).toEqual([{ node: { id } }]);
  });

  it('reports DUPLICATE for an email already captured in another letter case and writes nothing', async () => {
    await captureLead({ email: 'katherine.johnson@example.com' });
    const before = await leadCount();
    const result = await marketing.query(CAPTURE_LEAD, {
      input: { firstName: 'Kathy', lastName: 'Johnson', email: 'Katherine.Johnson@EXAMPLE.com' },
    });

    expect(result.data).toMatchObject({
      captureLead: {
        lead: null,
        userErrors: [{ field: ['input', 'email'], code: 'DUPLICATE' }],
      },
    });
    expect(await leadCount()).toBe(before);
  });

  it('reports an unknown campaign with NOT_FOUND on input.campaignId and writes nothing', async () => {
    const before = await leadCount();
    const result = await marketing.query(CAPTURE_LEAD, {
      input: {
        firstName: 'Dorothy',
        lastName: 'Vaughan',
        email: 'dorothy.vaughan@example.com',
        campaignId: '00000000-0000-4000-8000-000000000000',
      },
    });

    expect(result.data).toMatchObject({
      captureLead: {
        lead: null,
        userErrors: [{ field: ['input', 'campaignId'], code: 'NOT_FOUND' }],
      },
    });
    expect(await leadCount()).toBe(before);
  });

  it.each([
    ['a malformed email', { email: 'not-an-email' }, 'input.email'],
    ['a malformed campaign id', { campaignId: '42' }, 'input.campaignId'],
    ['an unknown country code', { country: 'XX' }, 'input.country'],
    ['a blank last name', { lastName: '   ' }, 'input.lastName'],
  ])('refuses %s naming the field and writes nothing', async (_case, fields, field) => {
    const before = await leadCount();
    const result = await marketing.query(CAPTURE_LEAD, {
      input: { firstName: 'Refused', lastName: 'Lead', email: 'refused@example.com', ...fields },
    });

    expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(JSON.stringify(result)).not.toMatch(/invalid input syntax|invalid byte|SELECT|INSERT/i);
    expect(await leadCount()).toBe(before);
  });

  it('refuses an email holding the NUL character without a database error and writes nothing', async () => {
    const before = await leadCount();
    const result = await marketing.query(CAPTURE_LEAD, {
      input: { firstName: 'Nul', lastName: 'Lead', email: 'nul\u0000@example.com' },
    });

    expect(result.errors?.[0].extensions?.code).toMatch(/^BAD_(REQUEST|USER_INPUT)$/);
    expect(await leadCount()).toBe(before);
  });

  it('refuses only the row of a batch holding a NUL character and stores the others', async () => {
    const before = await leadCount();
    const result = await marketing.query<CaptureResults>(CAPTURE_LEADS, {
      input: {
        leads: [
          { firstName: 'Rosa', lastName: 'Parks', email: 'rosa.parks@example.com' },
          {
            firstName: 'Nul',
            lastName: 'Row',
            email: 'nul.row@example.com',
            company: 'Nul\u0000 Inc',
          },
          { firstName: 'Rita', lastName: 'Levi', email: 'rita.levi@example.com' },
        ],
      },
    });

    expect(result.errors).toBeUndefined();
    expect(result.data!.captureLeads).toMatchObject({ accepted: 2, created: 2, refused: 1 });
    expect(result.data!.captureLeads.results[1]).toEqual({
      index: 1,
      outcome: 'REFUSED',
      lead: null,
      errors: [
        {
          index: 1,
          field: ['input', 'leads', '1', 'company'],
          message: 'input.leads.1.company must not contain the NUL character',
          code: 'INVALID',
        },
      ],
    });
    expect(await leadCount()).toBe(before + 2);
  });

  it('still refuses a batch whose NUL character lies outside its rows', async () => {
    const before = await leadCount();
    const result = await marketing.query(
      `mutation ($input: CaptureLeadsInput!, $campaign: CreateCampaignInput!) {
        captureLeads(input: $input) { accepted }
        createCampaign(input: $campaign) { campaign { id } }
      }`,
      {
        input: { leads: [{ firstName: 'Out', lastName: 'Side', email: 'out.side@example.com' }] },
        campaign: { name: 'Nul\u0000', channel: 'WEB' },
      },
    );

    expect(result.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'campaign.name',
    });
    expect(await leadCount()).toBe(before);
  });

  it('attributes a captured lead to its campaign, which then counts it', async () => {
    const created = await marketing.query<CreatedCampaign>(CREATE_CAMPAIGN, {
      input: { name: 'Trade Fair', channel: 'EVENT' },
    });
    const campaignId = created.data!.createCampaign.campaign!.id;
    const captured = await marketing.query(CAPTURE_LEAD, {
      input: {
        firstName: 'Hedy',
        lastName: 'Lamarr',
        email: 'hedy.lamarr@example.com',
        source: 'EVENT',
        campaignId,
      },
    });
    const campaign = await marketing.query('query ($id: ID!) { campaign(id: $id) { leadCount } }', {
      id: campaignId,
    });

    expect(captured.data).toMatchObject({
      captureLead: { lead: { source: 'EVENT', campaign: { id: campaignId } }, userErrors: [] },
    });
    expect(campaign.data).toEqual({ campaign: { leadCount: 1 } });
  });

  it('changes the status, rating and descriptive fields sent and keeps the others', async () => {
    const id = await captureLead({ email: 'joan.clarke@example.com', country: 'GB' });
    const result = await marketing.query(UPDATE_LEAD, {
      input: { id, status: 'WORKING', rating: 'HOT', title: 'Head of Cryptanalysis' },
    });

    expect(result.data).toEqual({
      updateLead: {
        lead: {
          id,
          email: 'joan.clarke@example.com',
          status: 'WORKING',
          rating: 'HOT',
          title: 'Head of Cryptanalysis',
          country: 'GB',
        },
        userErrors: [],
      },
    });
  });

  it('refuses to give a lead an email another lead already has', async () => {
    await captureLead({ email: 'taken@example.com' });
    const id = await captureLead({ email: 'free@example.com' });
    const result = await marketing.query(UPDATE_LEAD, {
      input: { id, email: 'TAKEN@example.com' },
    });

    expect(result.data).toMatchObject({
      updateLead: { lead: null, userErrors: [{ field: ['input', 'email'], code: 'DUPLICATE' }] },
    });
  });

  it('refuses to mark a lead CONVERTED by editing it', async () => {
    const id = await captureLead({ email: 'radia.perlman@example.com' });
    const result = await marketing.query(UPDATE_LEAD, { input: { id, status: 'CONVERTED' } });

    expect(result.data).toMatchObject({
      updateLead: {
        lead: null,
        userErrors: [{ field: ['input', 'status'], code: 'INVALID_TRANSITION' }],
      },
    });
  });

  it('answers NOT_FOUND when updating a lead no one has captured', async () => {
    const result = await marketing.query(UPDATE_LEAD, {
      input: { id: '00000000-0000-4000-8000-000000000000', status: 'WORKING' },
    });

    expect(result.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', field: 'input.id' });
  });

  it('pages through leads by score without repeating or skipping one', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 20; page += 1) {
      const result: { data?: { leads: LeadPage } | null } = await marketing.query<{
        leads: LeadPage;
      }>(
        `query ($after: String) {
          leads(first: 3, after: $after, orderBy: { field: SCORE, direction: DESC }) {
            edges { node { id } }
            pageInfo { hasNextPage endCursor }
          }
        }`,
        { after },
      );
      seen.push(...result.data!.leads.edges.map((edge) => edge.node.id));
      if (!result.data!.leads.pageInfo.hasNextPage) {
        break;
      }
      after = result.data!.leads.pageInfo.endCursor;
    }

    expect(new Set(seen).size).toBe(seen.length);
    expect(seen).toHaveLength(await leadCount());
  });

  it('refuses a cursor whose name holds the NUL character without a database error', async () => {
    const cursor = Buffer.from(
      JSON.stringify(['Lovelace\u0000', '00000000-0000-4000-8000-000000000000']),
    ).toString('base64url');
    const result = await marketing.query(
      `query ($after: String) {
        leads(after: $after, orderBy: { field: LAST_NAME }) { edges { node { id } } }
      }`,
      { after: cursor },
    );

    expect(result.errors?.[0].extensions?.code).toMatch(/^BAD_(REQUEST|USER_INPUT)$/);
  });

  it('answers a score cursor holding a fraction instead of failing in the database', async () => {
    const cursor = Buffer.from(
      JSON.stringify(['1.5', '00000000-0000-4000-8000-000000000000']),
    ).toString('base64url');
    const result = await marketing.query(
      `query ($after: String) {
        leads(after: $after, orderBy: { field: SCORE }) { edges { node { id } } }
      }`,
      { after: cursor },
    );

    expect(result.errors).toBeUndefined();
  });
});

interface LeadPage {
  edges: { node: { id: string } }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}
