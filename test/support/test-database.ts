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

const PREFIX = 'crm_test_';

/** Names as this module makes them: the prefix, the creation time in base 36, random hex. */
const NAME_PATTERN = /^crm_test_(?:([0-9a-z]+)_)?[0-9a-f]+$/;

/**
 * A test database this old belongs to a run that ended without dropping it: one killed, or
 * whose file failed in beforeAll while the database was being made. No test file runs nearly
 * this long, so a database of a run in progress is never taken for one.
 */
export const STALE_TEST_DATABASE_AGE_MS = 2 * 60 * 60 * 1000;

export function serverUrl(): string {
  const url = process.env.DATABASE_URL;
  if (url === undefined || url === '') {
    throw new Error('DATABASE_URL is not set; run the tests with `npm test`');
  }

  return url;
}

let staleDatabasesDropped: Promise<void> | null = null;

export async function createTestDatabase(): Promise<TestDatabase> {
  // Once per process, so each run starts by removing what earlier runs left behind.
  staleDatabasesDropped ??= dropStaleTestDatabases().then(
    (names) => {
      if (names.length > 0) {
        process.stderr.write(`Dropped stale test databases: ${names.join(', ')}\n`);
      }
    },
    () => undefined,
  );
  await staleDatabasesDropped;
  const name = `${PREFIX}${Date.now().toString(36)}_${randomBytes(6).toString('hex')}`;
  await withAdminClient((admin) => admin.query(`CREATE DATABASE ${name}`));
  const url = new URL(serverUrl());
  url.pathname = `/${name}`;

  return {
    url: url.toString(),
    drop: async () => {
      await withAdminClient((admin) => admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
    },
  };
}

/**
 * Drops the test databases older than `olderThanMs` that nobody is connected to, and returns
 * their names. A database someone connects to meanwhile is left alone: it is dropped without
 * FORCE, which PostgreSQL refuses while a session uses it. The age comes from the name; for
 * a name without a time (made before names carried one) from the creation of its files, when
 * the server lets this role read them, and otherwise it is left alone.
 */
export async function dropStaleTestDatabases(
  olderThanMs = STALE_TEST_DATABASE_AGE_MS,
  now = Date.now(),
): Promise<string[]> {
  return withAdminClient(async (admin) => {
    const unused = await admin.query<{ name: string }>(
      `SELECT datname AS name FROM pg_database d
       WHERE datname LIKE 'crm\\_test\\_%'
         AND NOT EXISTS (SELECT 1 FROM pg_stat_activity a WHERE a.datid = d.oid)`,
    );
    const dropped: string[] = [];
    for (const { name } of unused.rows) {
      const createdAt = NAME_PATTERN.test(name) ? await creationTime(admin, name) : null;
      if (createdAt === null || now - createdAt < olderThanMs) {
        continue;
      }
      try {
        await admin.query(`DROP DATABASE IF EXISTS ${name}`);
        dropped.push(name);
      } catch {
        // In use again, or being dropped by another run: either way not ours to remove now.
      }
    }

    return dropped;
  });
}

async function creationTime(admin: Client, name: string): Promise<number | null> {
  const encoded = NAME_PATTERN.exec(name)?.[1];
  if (encoded !== undefined) {
    return parseInt(encoded, 36);
  }
  try {
    const files = await admin.query<{ created: Date }>(
      `SELECT (pg_stat_file('base/' || oid || '/PG_VERSION')).modification AS created
       FROM pg_database WHERE datname = $1`,
      [name],
    );

    return files.rows[0]?.created.getTime() ?? null;
  } catch {
    return null;
  }
}

async function withAdminClient<T>(use: (admin: Client) => Promise<T>): Promise<T> {
  const admin = new Client({ connectionString: serverUrl() });
  await admin.connect();
  try {
    return await use(admin);
  } finally {
    await admin.end();
  }
}
