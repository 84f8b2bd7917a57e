import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import {
  STALE_TEST_DATABASE_AGE_MS,
  createTestDatabase,
  dropStaleTestDatabases,
  serverUrl,
} from '../test-database';

async function admin<T>(use: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: serverUrl() });
  await client.connect();
  try {
    return await use(client);
  } finally {
    await client.end();
  }
}

async function exists(name: string): Promise<boolean> {
  const result = await admin((client) =>
    client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]),
  );

  return result.rowCount === 1;
}

/** A database named as createTestDatabase would have named it `ageMs` ago. */
async function leftOver(ageMs: number): Promise<string> {
  const name = `crm_test_${(Date.now() - ageMs).toString(36)}_${randomBytes(6).toString('hex')}`;
  await admin((client) => client.query(`CREATE DATABASE ${name}`));

  return name;
}

const databaseName = (url: string) => new URL(url).pathname.slice(1);

describe('test databases', () => {
  it('drops those a run left behind and keeps those in use or still young', async () => {
    // First, as the first one a process makes also drops what is stale.
    const young = await createTestDatabase();
    const abandoned = await leftOver(STALE_TEST_DATABASE_AGE_MS + 60_000);
    const inUse = await leftOver(STALE_TEST_DATABASE_AGE_MS + 60_000);
    const sessionUrl = new URL(serverUrl());
    sessionUrl.pathname = `/${inUse}`;
    const session = new Client({ connectionString: sessionUrl.toString() });
    await session.connect();
    try {
      const dropped = await dropStaleTestDatabases();

      expect(dropped).not.toContain(inUse);
      expect(dropped).not.toContain(databaseName(young.url));
      expect(await exists(abandoned)).toBe(false);
      expect(await exists(inUse)).toBe(true);
      expect(await exists(databaseName(young.url))).toBe(true);
    } finally {
      await session.end();
      await admin((client) => client.query(`DROP DATABASE IF EXISTS ${inUse} WITH (FORCE)`));
      await young.drop();
    }
  });

  it('names each database with the time it was made', async () => {
    const before = Date.now();
    const database = await createTestDatabase();
    try {
      const [, time] = /^crm_test_([0-9a-z]+)_[0-9a-f]+$/.exec(databaseName(database.url))!;

      expect(parseInt(time, 36)).toBeGreaterThanOrEqual(before);
      expect(parseInt(time, 36)).toBeLessThanOrEqual(Date.now());
    } finally {
      await database.drop();
    }
  });
});
