import type { DataSource } from 'typeorm';
import { openSubgraphDataSource } from '../../../platform/database/subgraph-data-source';
import type { QueryCounter } from '../../../platform/database/query-counter';
import { DEMO_SIZE, demoAccountId, demoContactId } from '../../../platform/demo/demo-ids';
import { createTestDatabase, type TestDatabase } from '../../../test/support/test-database';
import { testLogger } from '../../../test/support/silent-logger';
import { serviceDatabase } from '../database';
import { seedServiceDemoData } from '../seed/demo-data';

let database: TestDatabase;
let dataSource: DataSource;
let queries: QueryCounter;

beforeAll(async () => {
  database = await createTestDatabase();
  ({ dataSource, queries } = await openSubgraphDataSource({
    url: database.url,
    ...serviceDatabase,
    logger: testLogger,
  }));
});

afterAll(async () => {
  await dataSource.destroy();
  await database.drop();
});

const ACCOUNT_IDS = new Set(
  Array.from({ length: DEMO_SIZE.accounts }, (_unused, n) => demoAccountId(n)),
);
const ACCOUNT_OF_CONTACT = new Map(
  Array.from({ length: DEMO_SIZE.accounts * DEMO_SIZE.contactsPerAccount }, (_unused, m) => [
    demoContactId(m),
    demoAccountId(Math.floor(m / DEMO_SIZE.contactsPerAccount)),
  ]),
);

describe('Service demo data', () => {
  it('fills an empty schema with the demo cases in a few statements', async () => {
    const before = queries.count;
    await seedServiceDemoData(dataSource);
    const statements = queries.count - before;
    const [{ count }] = await dataSource.query(
      'SELECT count(*)::int AS count FROM service.support_case',
    );

    expect(count).toBe(DEMO_SIZE.cases);
    expect(statements).toBeLessThanOrEqual(6);
  });

  it('points cases at demo accounts and at contacts of the same account', async () => {
    const rows: { accountId: string | null; contactId: string | null }[] = await dataSource.query(
      'SELECT account_id AS "accountId", contact_id AS "contactId" FROM service.support_case',
    );

    for (const row of rows) {
      if (row.accountId !== null) {
        expect(ACCOUNT_IDS.has(row.accountId)).toBe(true);
      }
      if (row.contactId !== null) {
        expect(ACCOUNT_OF_CONTACT.get(row.contactId)).toBe(row.accountId);
      }
    }
  });

  it('mixes statuses and priorities over the last 90 days', async () => {
    const [mix] = await dataSource.query(`
      SELECT count(DISTINCT status)::int AS statuses,
             count(DISTINCT priority)::int AS priorities,
             count(DISTINCT origin)::int AS origins,
             min(opened_at) > now() - interval '91 days' AS recent,
             max(opened_at) <= now() AS past,
             count(DISTINCT case_number)::int AS numbers
      FROM service.support_case`);

    expect(mix).toEqual({
      statuses: 6,
      priorities: 4,
      origins: 5,
      recent: true,
      past: true,
      numbers: DEMO_SIZE.cases,
    });
  });

  it('does nothing when cases already exist', async () => {
    await seedServiceDemoData(dataSource);
    const [{ count }] = await dataSource.query(
      'SELECT count(*)::int AS count FROM service.support_case',
    );

    expect(count).toBe(DEMO_SIZE.cases);
  });
});
