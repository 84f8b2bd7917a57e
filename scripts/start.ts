import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { readInteger, readSecret } from '../platform/config/env';
import {
  DEVELOPMENT_IDENTITY_SECRET,
  DEVELOPMENT_JWT_SECRET,
} from '../platform/config/development-defaults';
import { SUBGRAPHS } from '../platform/config/subgraph-list';
import { createLogger, readLogLevel } from '../platform/logging/logger';
import { migrateAndSeed } from './seed-demo-data';
import { startReadyService, stopChildServices, type ChildService } from './support/child-services';
import { startEmbeddedPostgres, type LocalPostgres } from './support/embedded-postgres';
import { signLocalToken } from './support/tokens';

/**
 * Starts the whole graph on one machine: PostgreSQL (`DATABASE_URL`, or an embedded server
 * whose data stays in `.data/postgres`), migrations and demo data, the four subgraphs on free
 * ports, and the gateway on `PORT` (default 4000). Ctrl-C stops everything cleanly.
 */
const ROOT = join(__dirname, '..');
const env = process.env;
const logger = createLogger(readLogLevel(env), { service: 'start' });

async function main(): Promise<void> {
  const gatewayPort = readInteger(env, 'PORT', 4000);
  const jwtSecret = readSecret(env, 'AUTH_JWT_SECRET', DEVELOPMENT_JWT_SECRET);
  const identitySecret = readSecret(env, 'GATEWAY_IDENTITY_SECRET', DEVELOPMENT_IDENTITY_SECRET);
  let embedded: LocalPostgres | null = null;
  if (!env.DATABASE_URL) {
    say('Starting the embedded PostgreSQL (data in .data/postgres)…');
    mkdirSync(join(ROOT, '.data'), { recursive: true });
    embedded = await startEmbeddedPostgres(join(ROOT, '.data', 'postgres'), 'crm', 54329);
  }
  const databaseUrl = env.DATABASE_URL ?? embedded!.url;
  const children: ChildService[] = [];
  // The services stop first, then PostgreSQL, so that none of them loses its database while it
  // drains. A second Ctrl-C while stopping changes nothing.
  let stopping: Promise<void> | null = null;
  const shutdown = (): Promise<void> =>
    (stopping ??= stopChildServices(children).then(() => embedded?.stop()));
  const stopOnSignal = (): void => {
    shutdown().then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error('stop failed', { error });
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', stopOnSignal);
  process.on('SIGTERM', stopOnSignal);

  try {
    say('Migrating and loading demo data…');
    await migrateAndSeed(databaseUrl, logger);
    // Each subgraph is told where the ones started before it serve (ACCOUNTS_URL, …): SUBGRAPHS
    // lists a subgraph after those it calls, and their ports are only known once they run.
    const subgraphUrls: Record<string, string> = {};
    for (const { name } of SUBGRAPHS) {
      subgraphUrls[`${name.toUpperCase()}_URL`] = await startReadyService(
        children,
        name,
        `subgraphs/${name}/main.ts`,
        { ...subgraphUrls, DATABASE_URL: databaseUrl, GATEWAY_IDENTITY_SECRET: identitySecret },
      );
    }
    await startReadyService(
      children,
      'gateway',
      'gateway/src/main.ts',
      { ...subgraphUrls, AUTH_JWT_SECRET: jwtSecret, GATEWAY_IDENTITY_SECRET: identitySecret },
      { port: gatewayPort },
    );
  } catch (error) {
    await shutdown();
    throw error;
  }
  const token = await signLocalToken(
    { subject: 'local-admin', scopes: ['crm:admin'], expiresIn: '12h' },
    jwtSecret,
  );
  say(`\nThe CRM graph is up at http://localhost:${gatewayPort}/graphql`);
  say(`An admin token for the next 12 hours (npm run token prints more):\n\n${token}\n`);
  say(
    `Try: curl -s http://localhost:${gatewayPort}/graphql -H 'content-type: application/json' \\`,
  );
  say(
    `  -H "authorization: Bearer $TOKEN" -d '{"query":"{ pipeline { count amount weightedAmount } }"}'`,
  );
  say('Press Ctrl-C to stop.');
}

function say(line: string): void {
  process.stdout.write(`${line}\n`);
}

main().catch((error: unknown) => {
  logger.error('start failed', { error });
  process.exit(1);
});
