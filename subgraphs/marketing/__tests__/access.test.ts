import { postGraphQL } from '../../../test/support/graphql-client';
import {
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

describe('Marketing access', () => {
  it('refuses a request that did not come through the gateway', async () => {
    const result = await postGraphQL(marketing.subgraph.url, '{ campaigns { totalCount } }');

    expect(result.status).toBe(401);
    expect(result.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('refuses a forged identity header', async () => {
    const result = await postGraphQL(
      marketing.subgraph.url,
      '{ leads { totalCount } }',
      {},
      { 'x-crm-identity': 'not-a-signed-identity' },
    );

    expect(result.status).toBe(401);
  });

  it('lets marketing:read list campaigns and leads', async () => {
    const result = await marketing.query('{ campaigns { totalCount } leads { totalCount } }', {}, [
      'marketing:read',
    ]);

    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({ campaigns: { totalCount: 0 }, leads: { totalCount: 0 } });
  });

  it.each([
    ['campaigns', '{ campaigns { totalCount } }'],
    ['leads', '{ leads { totalCount } }'],
    [
      'a campaign reference',
      '{ _entities(representations: [{ __typename: "Campaign", id: "00000000-0000-4000-8000-000000000000" }]) { __typename } }',
    ],
  ])('refuses to read %s without marketing:read, naming the scope', async (_case, query) => {
    const result = await marketing.query(query, {}, ['accounts:read', 'marketing:write']);

    expect(result.errors?.[0].extensions).toMatchObject({
      code: 'FORBIDDEN',
      scope: 'marketing:read',
    });
  });

  it('refuses a mutation without marketing:write, naming the scope, and writes nothing', async () => {
    const result = await marketing.query(
      CREATE_CAMPAIGN,
      { input: { name: 'Read-only', channel: 'WEB' } },
      ['marketing:read'],
    );
    const count = await marketing.query<{ campaigns: { totalCount: number } }>(
      '{ campaigns { totalCount } }',
    );

    expect(result.errors?.[0].extensions).toMatchObject({
      code: 'FORBIDDEN',
      scope: 'marketing:write',
    });
    expect(count.data!.campaigns.totalCount).toBe(0);
  });

  it('lets marketing:write create a campaign', async () => {
    const result = await marketing.query<CreatedCampaign>(
      `mutation ($input: CreateCampaignInput!) {
        createCampaign(input: $input) { campaign { id } userErrors { code } }
      }`,
      { input: { name: 'Writable', channel: 'WEB' } },
      ['marketing:write'],
    );

    expect(result.errors).toBeUndefined();
    expect(result.data!.createCampaign.userErrors).toEqual([]);
  });
});
