import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { openSubgraphDataSource } from '../../../platform/database/subgraph-data-source';
import { testLogger } from '../../../test/support/silent-logger';
import { createTestDatabase, type TestDatabase } from '../../../test/support/test-database';
import { marketingDatabase } from '../database';
import { AddMembersOfCapturedLeads1765756800000 } from '../migrations/1765756800000-add-members-of-captured-leads';

let database: TestDatabase;
let dataSource: DataSource;

beforeAll(async () => {
  database = await createTestDatabase();
  ({ dataSource } = await openSubgraphDataSource({
    url: database.url,
    ...marketingDatabase,
    logger: testLogger,
    poolSize: 2,
  }));
});

afterAll(async () => {
  await dataSource.destroy();
  await database.drop();
});

async function runMigration(): Promise<void> {
  const runner = dataSource.createQueryRunner();
  try {
    await new AddMembersOfCapturedLeads1765756800000().up(runner);
  } finally {
    await runner.release();
  }
}

async function insertLead(campaignId: string | null, status: string): Promise<string> {
  const id = randomUUID();
  await dataSource.query(
    `INSERT INTO marketing.lead (id, first_name, last_name, email, source, status, campaign_id,
                                 created_at)
     VALUES ($1, 'Early', 'Lead', $2, 'WEB_FORM', $3, $4, '2026-03-01T10:00:00Z')`,
    [id, `${id}@example.com`, status, campaignId],
  );

  return id;
}

describe('the migration adding members of leads captured before memberships were recorded', () => {
  it('makes each such lead a responded member of its campaign, once', async () => {
    const [{ id: campaignId }] = await dataSource.query(
      `INSERT INTO marketing.campaign (name, channel, status) VALUES ('Early', 'WEB', 'ACTIVE')
       RETURNING id`,
    );
    const open = await insertLead(campaignId, 'OPEN');
    const converted = await insertLead(campaignId, 'CONVERTED');
    await insertLead(null, 'OPEN');

    await runMigration();
    await runMigration();
    const members = await dataSource.query(
      `SELECT lead_id, status, has_responded, first_responded_at::text AS responded
         FROM marketing.campaign_member WHERE campaign_id = $1 ORDER BY status DESC`,
      [campaignId],
    );

    expect(members).toEqual([
      { lead_id: open, status: 'RESPONDED', has_responded: true, responded: expect.any(String) },
      {
        lead_id: converted,
        status: 'CONVERTED',
        has_responded: true,
        responded: expect.any(String),
      },
    ]);
    expect(Date.parse(members[0].responded)).toBe(Date.parse('2026-03-01T10:00:00Z'));
  });
});
