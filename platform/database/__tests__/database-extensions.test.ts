import { Client } from 'pg';
import type { DataSource } from 'typeorm';
import { testLogger } from '../../../test/support/silent-logger';
import { createTestDatabase, type TestDatabase } from '../../../test/support/test-database';
import { accountsDatabase } from '../../../subgraphs/accounts/database';
import { marketingDatabase } from '../../../subgraphs/marketing/database';
import { salesDatabase } from '../../../subgraphs/sales/database';
import { serviceDatabase } from '../../../subgraphs/service/database';
import { openSubgraphDataSource } from '../subgraph-data-source';

let database: TestDatabase;
const opened: DataSource[] = [];

beforeAll(async () => {
  database = await createTestDatabase();
});

afterAll(async () => {
  await Promise.all(opened.map((dataSource) => dataSource.destroy()));
  await database.drop();
});

async function installedExtensions(): Promise<string[]> {
  const client = new Client({ connectionString: database.url });
  await client.connect();
  try {
    const result = await client.query<{ extname: string }>(
      'SELECT extname FROM pg_extension ORDER BY extname',
    );

    return result.rows.map((row) => row.extname);
  } finally {
    await client.end();
  }
}

describe("opening every subgraph's data source on a fresh database", () => {
  it('creates no extension: the migrations are the only changes to the database', async () => {
    const before = await installedExtensions();

    // What each subgraph does as it starts: connect through TypeORM and run its migrations.
    for (const subgraph of [accountsDatabase, salesDatabase, serviceDatabase, marketingDatabase]) {
      const { dataSource } = await openSubgraphDataSource({
        url: database.url,
        ...subgraph,
        logger: testLogger,
      });
      opened.push(dataSource);
    }

    expect(before).toEqual(['plpgsql']);
    expect(await installedExtensions()).toEqual(before);
  });
});
