import type { DataSource } from 'typeorm';
import { openSubgraphDataSource } from '../../../platform/database/subgraph-data-source';
import { DEMO_SIZE, demoCampaignId } from '../../../platform/demo/demo-ids';
import { testLogger } from '../../../test/support/silent-logger';
import { marketingDatabase } from '../database';
import { seedMarketingDemoData } from '../seed/demo-data';
import { startMarketingUnderTest, type MarketingUnderTest } from './marketing-under-test';

let marketing: MarketingUnderTest;
let dataSource: DataSource;

beforeAll(async () => {
  marketing = await startMarketingUnderTest();
  ({ dataSource } = await openSubgraphDataSource({
    url: marketing.database.url,
    ...marketingDatabase,
    logger: testLogger,
    poolSize: 2,
  }));
  await seedMarketingDemoData(dataSource);
});

afterAll(async () => {
  await dataSource.destroy();
  await marketing.close();
});

async function counts(): Promise<{ campaigns: number; leads: number; emails: number }> {
  const [row] = await dataSource.query(
    `SELECT (SELECT count(*)::int FROM marketing.campaign) AS campaigns,
            (SELECT count(*)::int FROM marketing.lead) AS leads,
            (SELECT count(DISTINCT email)::int FROM marketing.lead) AS emails`,
  );

  return row;
}

describe('Marketing demo data', () => {
  it('inserts the demo campaigns and leads, every lead with its own email', async () => {
    expect(await counts()).toEqual({
      campaigns: DEMO_SIZE.campaigns,
      leads: DEMO_SIZE.leads,
      emails: DEMO_SIZE.leads,
    });
  });

  it('makes each lead captured through a campaign a member of it that responded', async () => {
    const [row] = await dataSource.query(
      `SELECT (SELECT count(*)::int FROM marketing.lead WHERE campaign_id IS NOT NULL) AS leads,
              (SELECT count(*)::int FROM marketing.campaign_member m
                 JOIN marketing.lead l ON l.id = m.lead_id AND l.campaign_id = m.campaign_id
                WHERE m.has_responded
                  AND m.status = CASE WHEN l.status = 'CONVERTED' THEN 'CONVERTED'
                                      ELSE 'RESPONDED' END) AS members,
              (SELECT count(*)::int FROM marketing.campaign_member) AS all_members`,
    );
    const campaign = await marketing.query<{
      campaign: { leadCount: number; memberCount: number; respondedCount: number };
    }>('query ($id: ID!) { campaign(id: $id) { leadCount memberCount respondedCount } }', {
      id: demoCampaignId(1),
    });
    const { leadCount, memberCount, respondedCount } = campaign.data!.campaign;

    expect(row.leads).toBeGreaterThan(DEMO_SIZE.leads / 2);
    expect(row).toEqual({ leads: row.leads, members: row.leads, all_members: row.leads });
    expect(leadCount).toBeGreaterThan(0);
    expect({ memberCount, respondedCount }).toEqual({
      memberCount: leadCount,
      respondedCount: leadCount,
    });
  });

  it('does nothing when campaigns already exist', async () => {
    await seedMarketingDemoData(dataSource);

    expect(await counts()).toEqual({
      campaigns: DEMO_SIZE.campaigns,
      leads: DEMO_SIZE.leads,
      emails: DEMO_SIZE.leads,
    });
  });

  it('gives campaigns their shared demo ids and mixes lead statuses', async () => {
    const campaign = await marketing.query('query ($id: ID!) { campaign(id: $id) { id name } }', {
      id: demoCampaignId(0),
    });
    const statuses: { status: string }[] = await dataSource.query(
      'SELECT DISTINCT status FROM marketing.lead ORDER BY status',
    );

    expect(campaign.data).toEqual({
      campaign: { id: demoCampaignId(0), name: expect.any(String) },
    });
    expect(statuses.map((row) => row.status)).toEqual([
      'CONVERTED',
      'NURTURING',
      'OPEN',
      'QUALIFIED',
      'UNQUALIFIED',
      'WORKING',
    ]);
  });

  it('refuses to edit a converted lead', async () => {
    const [{ id }] = await dataSource.query(
      "SELECT id FROM marketing.lead WHERE status = 'CONVERTED' LIMIT 1",
    );
    const result = await marketing.query(
      `mutation ($input: UpdateLeadInput!) {
        updateLead(input: $input) { lead { id } userErrors { field code } }
      }`,
      { input: { id, title: 'Changed' } },
    );

    expect(result.data).toEqual({
      updateLead: {
        lead: null,
        userErrors: [{ field: ['input', 'id'], code: 'INVALID_TRANSITION' }],
      },
    });
  });

  it('finds the hottest demo leads with minScore', async () => {
    const result = await marketing.query<{
      leads: { totalCount: number; edges: { node: { score: number } }[] };
    }>(
      '{ leads(first: 100, filter: { minScore: 90 }, orderBy: { field: SCORE, direction: DESC }) { totalCount edges { node { score } } } }',
    );
    const scores = result.data!.leads.edges.map((edge) => edge.node.score);

    expect(result.data!.leads.totalCount).toBeGreaterThan(0);
    expect(scores.every((score) => score >= 90)).toBe(true);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });
});
