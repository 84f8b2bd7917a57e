import {
  CAPTURE_LEAD,
  CREATE_CAMPAIGN,
  startMarketingUnderTest,
  type CreatedCampaign,
  type MarketingUnderTest,
} from './marketing-under-test';

let marketing: MarketingUnderTest;

beforeAll(async () => {
  marketing = await startMarketingUnderTest();
});

afterAll(async () => {
  await marketing.close();
});

async function campaignCount(): Promise<number> {
  const result = await marketing.query<{ campaigns: { totalCount: number } }>(
    '{ campaigns { totalCount } }',
  );

  return result.data!.campaigns.totalCount;
}

async function createCampaign(input: Record<string, unknown>): Promise<string> {
  const result = await marketing.query<CreatedCampaign>(CREATE_CAMPAIGN, { input });

  return result.data!.createCampaign.campaign!.id;
}

describe('Marketing campaigns', () => {
  it('creates a planned campaign with exact amounts and calendar dates', async () => {
    const result = await marketing.query(CREATE_CAMPAIGN, {
      input: {
        name: '  Spring Launch  ',
        channel: 'EMAIL',
        budget: '1234567890123.45',
        actualCost: 0,
        startDate: '2026-03-01',
        endDate: '2026-03-31',
      },
    });

    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({
      createCampaign: {
        campaign: {
          id: expect.any(String),
          name: 'Spring Launch',
          channel: 'EMAIL',
          status: 'PLANNED',
          budget: '1234567890123.45',
          actualCost: '0.00',
          startDate: '2026-03-01',
          endDate: '2026-03-31',
          parent: null,
          leadCount: 0,
        },
        userErrors: [],
      },
    });
  });

  it.each([
    ['a negative budget', { budget: '-1' }, 'input.budget'],
    ['a negative actual cost', { actualCost: '-0.01' }, 'input.actualCost'],
    [
      'an end date before the start date',
      { startDate: '2026-05-02', endDate: '2026-05-01' },
      'input.endDate',
    ],
    ['a malformed parent id', { parentId: 'not-a-uuid' }, 'input.parentId'],
    ['a name longer than 200 characters', { name: 'x'.repeat(201) }, 'input.name'],
    ['a start date in year 0000', { startDate: '0000-01-01' }, 'input.startDate'],
  ])('refuses %s naming the field and writes nothing', async (_case, fields, field) => {
    const before = await campaignCount();
    const result = await marketing.query(CREATE_CAMPAIGN, {
      input: { name: 'Refused', channel: 'WEB', ...fields },
    });

    expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(JSON.stringify(result)).not.toMatch(/invalid input syntax|out of range|SELECT|INSERT/i);
    expect(await campaignCount()).toBe(before);
  });

  it('refuses a name holding the NUL character without a database error and writes nothing', async () => {
    const before = await campaignCount();
    const result = await marketing.query(CREATE_CAMPAIGN, {
      input: { name: 'Launch\u0000', channel: 'WEB' },
    });

    expect(result.errors?.[0].extensions?.code).toMatch(/^BAD_(REQUEST|USER_INPUT)$/);
    expect(await campaignCount()).toBe(before);
  });

  it('reports an unknown parent campaign in userErrors and writes nothing', async () => {
    const before = await campaignCount();
    const result = await marketing.query(CREATE_CAMPAIGN, {
      input: { name: 'Orphan', channel: 'WEB', parentId: '00000000-0000-4000-8000-000000000000' },
    });

    expect(result.data).toMatchObject({
      createCampaign: {
        campaign: null,
        userErrors: [{ field: ['input', 'parentId'], code: 'NOT_FOUND' }],
      },
    });
    expect(await campaignCount()).toBe(before);
  });

  it('answers NOT_FOUND for an id no campaign has', async () => {
    const result = await marketing.query(
      '{ campaign(id: "00000000-0000-4000-8000-000000000000") { id } }',
    );

    expect(result.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', field: 'id' });
  });

  it('refuses to move a campaign below its own descendant', async () => {
    const programme = await createCampaign({ name: 'Programme', channel: 'OTHER' });
    const child = await createCampaign({ name: 'Child', channel: 'EMAIL', parentId: programme });
    const grandchild = await createCampaign({
      name: 'Grandchild',
      channel: 'EMAIL',
      parentId: child,
    });
    const result = await marketing.query(
      `mutation ($input: UpdateCampaignInput!) {
        updateCampaign(input: $input) { campaign { id } userErrors { field code } }
      }`,
      { input: { id: programme, parentId: grandchild } },
    );

    expect(result.data).toEqual({
      updateCampaign: {
        campaign: null,
        userErrors: [{ field: ['input', 'parentId'], code: 'HIERARCHY_CYCLE' }],
      },
    });
  });

  it('refuses a new start date after the stored end date, naming input.startDate', async () => {
    const id = await createCampaign({
      name: 'Dated',
      channel: 'EVENT',
      startDate: '2026-06-01',
      endDate: '2026-06-03',
    });
    const result = await marketing.query(
      `mutation ($input: UpdateCampaignInput!) {
        updateCampaign(input: $input) { campaign { startDate } userErrors { code } }
      }`,
      { input: { id, startDate: '2026-06-04' } },
    );

    expect(result.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.startDate',
    });
  });

  it('changes only the fields sent and can detach a campaign from its parent', async () => {
    const parent = await createCampaign({ name: 'Umbrella', channel: 'OTHER' });
    const id = await createCampaign({ name: 'Webinar', channel: 'WEBINAR', parentId: parent });
    const result = await marketing.query(
      `mutation ($input: UpdateCampaignInput!) {
        updateCampaign(input: $input) {
          campaign { name channel status budget parent { id } }
          userErrors { code }
        }
      }`,
      { input: { id, status: 'ACTIVE', budget: '500', parentId: null } },
    );

    expect(result.data).toEqual({
      updateCampaign: {
        campaign: {
          name: 'Webinar',
          channel: 'WEBINAR',
          status: 'ACTIVE',
          budget: '500.00',
          parent: null,
        },
        userErrors: [],
      },
    });
  });

  it('filters campaigns by status, channel, parent and name', async () => {
    const parent = await createCampaign({ name: 'Filter Programme', channel: 'OTHER' });
    await createCampaign({
      name: 'Filter Social 100%',
      channel: 'SOCIAL',
      status: 'ACTIVE',
      parentId: parent,
    });
    await createCampaign({ name: 'Filter Social Two', channel: 'SOCIAL', parentId: parent });
    await createCampaign({
      name: 'Filter Email',
      channel: 'EMAIL',
      status: 'ACTIVE',
      parentId: parent,
    });
    const names = async (filter: Record<string, unknown>) => {
      const result = await marketing.query<{ campaigns: { edges: { node: { name: string } }[] } }>(
        'query ($filter: CampaignFilter) { campaigns(filter: $filter) { edges { node { name } } } }',
        { filter },
      );

      return result.data!.campaigns.edges.map((edge) => edge.node.name);
    };

    expect(await names({ parentId: parent })).toEqual([
      'Filter Email',
      'Filter Social 100%',
      'Filter Social Two',
    ]);
    expect(await names({ parentId: parent, channel: 'SOCIAL', status: 'ACTIVE' })).toEqual([
      'Filter Social 100%',
    ]);
    expect(await names({ nameContains: 'social 100%' })).toEqual(['Filter Social 100%']);
    expect(await names({ nameContains: '%' })).toEqual(['Filter Social 100%']);
  });

  it('loads leadCount for 30 campaigns in as many SQL statements as for 3', async () => {
    const ids: string[] = [];
    for (let n = 0; n < 30; n += 1) {
      ids.push(
        await createCampaign({ name: `Batch ${String(n).padStart(2, '0')}`, channel: 'WEB' }),
      );
    }
    for (let n = 0; n < 5; n += 1) {
      await marketing.query(CAPTURE_LEAD, {
        input: {
          firstName: 'Lee',
          lastName: `Batch${n}`,
          email: `batch${n}@example.com`,
          campaignId: ids[n % 2],
        },
      });
    }
    const statementsFor = async (first: number) => {
      const before = marketing.subgraph.queries.requestCount;
      const result = await marketing.query<{
        campaigns: { edges: { node: { name: string; leadCount: number } }[] };
      }>(
        `query ($first: Int) {
          campaigns(first: $first, filter: { nameContains: "Batch" }) {
            edges { node { name leadCount } }
          }
        }`,
        { first },
      );
      expect(result.data!.campaigns.edges).toHaveLength(first);

      return { statements: marketing.subgraph.queries.requestCount - before, result };
    };

    const three = await statementsFor(3);
    const thirty = await statementsFor(30);

    expect(three.result.data!.campaigns.edges.map((edge) => edge.node.leadCount)).toEqual([
      3, 2, 0,
    ]);
    expect(three.statements).toBe(2);
    expect(thirty.statements).toBe(three.statements);
  });
});
