import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createClient, type Client } from 'graphql-ws';
import { Client as PgClient } from 'pg';
import WebSocket from 'ws';
import { DEVELOPMENT_JWT_SECRET } from '../../platform/config/development-defaults';
import { SUBGRAPHS } from '../../platform/config/subgraph-list';
import { startReadyService, stopChildServices, type ChildService } from '../support/child-services';
import { startEmbeddedPostgres, type LocalPostgres } from '../support/embedded-postgres';
import { signLocalToken } from '../support/tokens';

/**
 * Subscription benchmark: starts the graph as separate processes on a scratch database, opens
 * SUBSCRIBERS graphql-ws subscribers at the gateway (spread over OWNERS distinct filters, so
 * sharing is exercised), makes CHANGES stage changes, and prints delivery latency percentiles
 * and the gateway's resident memory per subscriber.
 *
 *   npx tsx scripts/bench/subscriptions.ts            (SUBSCRIBERS=1000 CHANGES=200 OWNERS=10)
 */
const SUBSCRIBERS = Number(process.env.SUBSCRIBERS ?? 1000);
const CHANGES = Number(process.env.CHANGES ?? 200);
const OWNERS = Number(process.env.OWNERS ?? 10);
const ROOT = join(__dirname, '..', '..');

async function main(): Promise<void> {
  const embedded: LocalPostgres | null = process.env.DATABASE_URL
    ? null
    : await startEmbeddedPostgres(join(ROOT, '.data', 'bench-postgres'), 'postgres', 0);
  const serverUrl = process.env.DATABASE_URL ?? embedded!.url;
  const databaseUrl = await createScratchDatabase(serverUrl);
  const services: ChildService[] = [];
  const clients: Client[] = [];
  try {
    const env = { DATABASE_URL: databaseUrl, LOG_LEVEL: 'error' };
    const urls: Record<string, string> = {};
    for (const { name } of SUBGRAPHS) {
      urls[`${name.toUpperCase()}_URL`] = await startReadyService(
        services,
        name,
        `subgraphs/${name}/main.ts`,
        {
          ...env,
          ...urls,
        },
      );
    }
    const gatewayUrl = await startReadyService(services, 'gateway', 'gateway/src/main.ts', urls);
    const gateway = services.at(-1)!;
    const token = await signLocalToken(
      { subject: 'bench', scopes: ['crm:admin'], expiresIn: '1h' },
      process.env.AUTH_JWT_SECRET ?? DEVELOPMENT_JWT_SECRET,
    );
    const call = (query: string, variables: Record<string, unknown> = {}) =>
      graphql(gatewayUrl, token, query, variables);

    const account = await call(
      'mutation { createAccount(input: { name: "Bench Co" }) { account { id } } }',
    );
    const accountId = account.createAccount.account.id;
    const opportunities: string[] = [];
    for (let owner = 0; owner < OWNERS; owner += 1) {
      const created = await call(
        `mutation ($input: CreateOpportunityInput!) {
          createOpportunity(input: $input) { opportunity { id } }
        }`,
        {
          input: {
            name: `bench ${owner}`,
            accountId,
            amount: '100',
            closeDate: '2027-01-01',
            ownerId: `owner-${owner}`,
          },
        },
      );
      opportunities.push(created.createOpportunity.opportunity.id);
    }

    const rssBefore = residentMemory(gateway);
    const latencies: number[] = [];
    const sentAt = new Map<string, number>();
    let delivered = 0;
    for (let n = 0; n < SUBSCRIBERS; n += 1) {
      const client = createClient({
        url: gatewayUrl.replace(/^http/, 'ws'),
        webSocketImpl: WebSocket,
        connectionParams: { authorization: `Bearer ${token}` },
      });
      clients.push(client);
      client.subscribe<{ pipelineChanged: { opportunity: { id: string; probability: number } } }>(
        {
          query: `subscription ($owner: ID) {
            pipelineChanged(filter: { ownerId: $owner }) {
              opportunity { id probability account { name } }
            }
          }`,
          variables: { owner: `owner-${n % OWNERS}` },
        },
        {
          next: (result) => {
            const opportunity = result.data?.pipelineChanged.opportunity;
            const started =
              opportunity && sentAt.get(`${opportunity.id}:${opportunity.probability}`);
            if (started) {
              latencies.push(performance.now() - started);
            }
            delivered += 1;
          },
          error: () => undefined,
          complete: () => undefined,
        },
      );
    }
    // Lets every client connect and subscribe before the memory reading and the changes.
    await new Promise((resolve) => setTimeout(resolve, 3000));
    const rssAfter = residentMemory(gateway);

    for (let change = 0; change < CHANGES; change += 1) {
      const id = opportunities[change % OWNERS];
      const probability = 11 + (change % 80);
      sentAt.set(`${id}:${probability}`, performance.now());
      await call(
        `mutation ($input: ChangeOpportunityStageInput!) {
          changeOpportunityStage(input: $input) { userErrors { code } }
        }`,
        { input: { id, stage: 'Qualification', probability } },
      );
    }
    const expected = (CHANGES * SUBSCRIBERS) / OWNERS;
    await waitFor(() => delivered >= expected, 60_000);
    latencies.sort((a, b) => a - b);
    const percentile = (p: number) =>
      latencies[Math.min(latencies.length - 1, Math.floor(p * latencies.length))];
    process.stdout.write(
      [
        `subscribers: ${SUBSCRIBERS} over ${OWNERS} distinct filters; changes: ${CHANGES}`,
        `events delivered: ${delivered} of ${expected}`,
        `delivery latency: p50 ${ms(percentile(0.5))}, p99 ${ms(percentile(0.99))}, ` +
          `max ${ms(latencies.at(-1) ?? 0)}`,
        `gateway resident memory: ${mib(rssBefore)} before, ${mib(rssAfter)} with subscribers: ` +
          `${((rssAfter - rssBefore) / SUBSCRIBERS / 1024).toFixed(1)} KiB per subscriber`,
      ].join('\n') + '\n',
    );
  } finally {
    await Promise.all(clients.map((client) => client.dispose()));
    await stopChildServices(services);
    await dropScratchDatabase(serverUrl, databaseUrl);
    await embedded?.stop();
  }
}

const ms = (value: number): string => `${value.toFixed(1)} ms`;
const mib = (bytes: number): string => `${(bytes / 1048576).toFixed(1)} MiB`;

type Payloads = Record<string, Record<string, { id: string }>>;

async function graphql(
  url: string,
  token: string,
  query: string,
  variables: Record<string, unknown>,
): Promise<Payloads> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: unknown; errors?: unknown };
  if (body.errors) {
    throw new Error(JSON.stringify(body.errors));
  }

  return body.data as Payloads;
}

/** Resident memory of a service's process tree (tsx runs the service in a child process). */
function residentMemory(service: ChildService): number {
  const total = (pid: number): number => {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const own = Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1] ?? 0) * 1024;
    const children = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8')
      .split(' ')
      .filter(Boolean)
      .map(Number);

    return own + children.reduce((sum, child) => sum + total(child), 0);
  };

  return total(service.process.pid!);
}

async function waitFor(
  condition: () => boolean | Promise<boolean>,
  timeoutMs: number,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) {
      throw new Error('timed out');
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

async function createScratchDatabase(serverUrl: string): Promise<string> {
  const name = `crm_bench_${Date.now()}`;
  const admin = new PgClient({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;

  return url.toString();
}

async function dropScratchDatabase(serverUrl: string, databaseUrl: string): Promise<void> {
  const admin = new PgClient({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(
    `DROP DATABASE IF EXISTS ${new URL(databaseUrl).pathname.slice(1)} WITH (FORCE)`,
  );
  await admin.end();
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
