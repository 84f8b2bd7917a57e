import { randomBytes } from 'node:crypto';
import { Client } from 'pg';

/**
 * A throwaway PostgreSQL database for one test file, created from `DATABASE_URL` and dropped
 * afterwards, so test files never see each other's rows.
 */
export interface TestDatabase {
  url: string;
  drop: () => Promise<void>;
}

export function serverUrl(): string {
  const url = process.env.DATABASE_URL;
  if (url === undefined || url === '') {
    throw new Error('DATABASE_URL is not set; run the tests with `npm test`');
  }

  return url;
}

export async function createTestDatabase(): Promise<TestDatabase> {
  const name = `crm_test_${randomBytes(6).toString('hex')}`;
  const admin = new Client({ connectionString: serverUrl() });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(serverUrl());
  url.pathname = `/${name}`;

  return {
    url: url.toString(),
    drop: async () => {
      const client = new Client({ connectionString: serverUrl() });
      await client.connect();
      try {
        await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      } finally {
        await client.end();
      }
    },
  };
}
