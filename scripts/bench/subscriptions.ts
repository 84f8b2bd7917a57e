import { join } from 'node:path';
import { createClient, type Client } from 'graphql-ws';
import { Client as PgClient } from 'pg';
import WebSocket from 'ws';
import { DEVELOPMENT_JWT_SECRET } from '../../platform/config/development-defaults';
import { SUBGRAPHS } from '../../platform/config/subgraph-list';
import { startReadyService, stopChildServices, type ChildService } from '../support/child-services';
import { startEmbeddedPostgres, type LocalPostgres } from '../support/embedded-postgres';
import { findFreePort } from '../support/free-port';
import { inspectorPortOption, NodeInspector, tsxChildProcessId } from '../support/node-inspector';
import { signLocalToken } from '../support/tokens';
import { report, type Measurements } from './subscription-report';
import { createTestDatabase } from '../../test/support/test-database';

/**
 * Subscription benchmark: starts the graph as separate processes on a scratch database, opens
 * SUBSCRIBERS graphql-ws subscribers at the gateway (spread over OWNERS distinct filters, so
 * sharing is exercised), changes the amount of one opportunity per owner CHANGES times, and
 * prints delivery latency percentiles and the gateway's memory per subscriber.
 *
 *   npm run bench:subscriptions     (SUBSCRIBERS=1000 CHANGES=200 OWNERS=10 TIMEOUT_SECONDS=180)
 *
 * - Every change sets an amount no other change uses, so each delivery is matched to its own
 *   change; repeated and unmatched deliveries are counted.
 * - Latency runs from the event's `occurredAt` (the database clock when Sales wrote the event,
 *   just before its commit) to its arrival here, corrected by the measured offset between this
 *   process's clock and the database's. The mutation's HTTP round trip is not part of it.
 * - Memory is the gateway's node process alone (not its tsx launcher), as `process.memoryUsage()`
 *   reports it after full garbage collections forced through its inspector, which the bench
 *   opens on a loopback port (the gateway then logs "Debugger listening" on stderr).
 *
 * Everything stays on loopback. After the services start, the run is bounded by TIMEOUT_SECONDS;
 * on a timeout, or when a delivery is missing or repeated, it prints what it measured so far and
 * exits with status 1.
 */
const SUBSCRIBERS = positiveInteger('SUBSCRIBERS', 1000, 10_000);
const CHANGES = positiveInteger('CHANGES', 200, 5_000);
const OWNERS = positiveInteger('OWNERS', 10, SUBSCRIBERS);
const TIMEOUT_MS = positiveInteger('TIMEOUT_SECONDS', 180, 1_800) * 1000;
const ROOT = join(__dirname, '..', '..');
const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);
/** Warm-up changes use amounts below this one; measured change n uses this plus n. */
const FIRST_MEASURED_AMOUNT = 1000;

const deadline = Date.now() + TIMEOUT_MS;
const wallClock = (): number => performance.timeOrigin + performance.now();

/** A timeout of the run: reported as such, without a stack trace. */
class BenchTimeout extends Error {}

async function main(): Promise<void> {
  const measured: Measurements = {
    phase: 'starting the graph',
    subscribersLive: 0,
    subscriptionErrors: [],
    clockOffset: null,
    gatewayPid: null,
    memoryBefore: null,
    memoryWithSubscribers: null,
    changesSent: 0,
    mutationRoundTrips: [],
    expectedDeliveries: 0,
    delivered: 0,
    repeated: 0,
    unmatched: 0,
    latencies: [],
  };
  const failure = await run(measured).then(
    () => null,
    (error: unknown) => error,
  );
  const problem =
    failure !== null
      ? failure instanceof Error
        ? failure.message
        : String(failure)
      : measured.repeated + measured.unmatched > 0
        ? 'some deliveries were repeated or matched no change'
        : null;
  process.stdout.write(
    report(measured, { subscribers: SUBSCRIBERS, owners: OWNERS, changes: CHANGES }, problem),
  );
  if (failure instanceof Error && !(failure instanceof BenchTimeout)) {
    process.stderr.write(`${failure.stack}\n`);
  }
  process.exitCode = problem === null ? 0 : 1;
}

async function run(measured: Measurements): Promise<void> {
  const databaseServer = process.env.DATABASE_URL;
  if (databaseServer && !LOOPBACK_HOSTS.has(new URL(databaseServer).hostname)) {
    throw new Error('DATABASE_URL must name a loopback host: the benchmark stays on this machine');
  }
  const embedded: LocalPostgres | null = databaseServer
    ? null
    : await startEmbeddedPostgres(join(ROOT, '.data', 'bench-postgres'), 'postgres', 0);
  // The scratch database is made on, and dropped from, the server DATABASE_URL names.
  process.env.DATABASE_URL = databaseServer || embedded!.url;
  const database = await createTestDatabase();
  const services: ChildService[] = [];
  const subscribers = new Subscribers(measured);
  let inspector: NodeInspector | null = null;
  try {
    const graph = await startGraph(services, database.url);
    measured.gatewayPid = graph.gatewayPid;

    measured.phase = 'creating the opportunities';
    const opportunities = await createOpportunities(graph.call);
    measured.clockOffset = await measureClockOffset(database.url);
    inspector = await NodeInspector.open(graph.gatewayPid, graph.inspectorPort);
    measured.memoryBefore = await inspector.memoryAfterFullGc();

    measured.phase = 'opening the subscribers';
    subscribers.open(graph.gatewayUrl, graph.token, measured.clockOffset.offsetMs);
    await warmUp(graph.call, opportunities, subscribers);
    measured.memoryWithSubscribers = await inspector.memoryAfterFullGc();

    measured.phase = 'making the changes';
    for (let change = 0; change < CHANGES; change += 1) {
      const owner = change % OWNERS;
      const amount = FIRST_MEASURED_AMOUNT + change;
      subscribers.expect(opportunities[owner], amount, owner);
      measured.changesSent += 1;
      const sentAt = wallClock();
      await changeAmount(graph.call, opportunities[owner], amount);
      measured.mutationRoundTrips.push(wallClock() - sentAt);
    }

    measured.phase = 'waiting for the deliveries';
    await waitFor(() => measured.delivered >= measured.expectedDeliveries, 'every delivery');
    // A delivery repeated would arrive about now.
    await pollFor(() => false, 300);
    measured.phase = 'done';
  } finally {
    inspector?.close();
    await subscribers.close();
    await stopChildServices(services);
    await database.drop();
    await embedded?.stop();
  }
}

/** Sends one operation to the gateway and returns its data; GraphQL errors throw. */
type Call = <T>(query: string, variables?: Record<string, unknown>) => Promise<T>;

interface RunningGraph {
  gatewayUrl: string;
  gatewayPid: number;
  inspectorPort: number;
  token: string;
  call: Call;
}

/** Starts the four subgraphs and the gateway as processes, each once the previous is ready. */
async function startGraph(services: ChildService[], databaseUrl: string): Promise<RunningGraph> {
  const urls: Record<string, string> = {};
  for (const { name } of SUBGRAPHS) {
    urls[`${name.toUpperCase()}_URL`] = await startReadyService(
      services,
      name,
      `subgraphs/${name}/main.ts`,
      { DATABASE_URL: databaseUrl, LOG_LEVEL: 'error', ...urls },
    );
  }
  // The gateway's inspector stays closed until the bench signals it, and then takes this port.
  const inspectorPort = await findFreePort();
  const gatewayUrl = await startReadyService(services, 'gateway', 'gateway/src/main.ts', {
    ...urls,
    NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} ${inspectorPortOption(inspectorPort)}`,
  });
  const token = await signLocalToken(
    { subject: 'bench', scopes: ['crm:admin'], expiresIn: '1h' },
    process.env.AUTH_JWT_SECRET ?? DEVELOPMENT_JWT_SECRET,
  );

  return {
    gatewayUrl,
    gatewayPid: tsxChildProcessId(services.at(-1)!.process.pid!, 'gateway/src/main.ts'),
    inspectorPort,
    token,
    call: (query, variables = {}) => graphql(gatewayUrl, token, query, variables),
  };
}

/** One opportunity per owner, each watched by the subscribers filtering on that owner. */
async function createOpportunities(call: Call): Promise<string[]> {
  const account = await call<{ createAccount: { account: { id: string } } }>(
    'mutation { createAccount(input: { name: "Bench Co" }) { account { id } } }',
  );
  const opportunities: string[] = [];
  for (let owner = 0; owner < OWNERS; owner += 1) {
    const created = await call<{ createOpportunity: { opportunity: { id: string } } }>(
      `mutation ($input: CreateOpportunityInput!) {
        createOpportunity(input: $input) { opportunity { id } }
      }`,
      {
        input: {
          name: `bench ${owner}`,
          accountId: account.createAccount.account.id,
          amount: '100',
          closeDate: '2027-01-01',
          ownerId: `owner-${owner}`,
        },
      },
    );
    opportunities.push(created.createOpportunity.opportunity.id);
  }

  return opportunities;
}

interface PipelineEvent {
  occurredAt: string;
  opportunity: { id: string; amount: string };
}

/** The graphql-ws subscribers, and what each has received. */
class Subscribers {
  private readonly clients: Client[] = [];
  private readonly live: boolean[] = [];
  private readonly received: Set<number>[] = [];
  /** The change each `opportunity id:amount` was made by. */
  private readonly changes = new Map<string, number>();

  constructor(private readonly measured: Measurements) {}

  /** Subscriber n follows the changes of owner n % OWNERS. */
  open(gatewayUrl: string, token: string, clockOffsetMs: number): void {
    for (let n = 0; n < SUBSCRIBERS; n += 1) {
      const client = createClient({
        url: gatewayUrl.replace(/^http/, 'ws'),
        webSocketImpl: WebSocket,
        connectionParams: { authorization: `Bearer ${token}` },
        retryAttempts: 0,
      });
      this.clients.push(client);
      this.live.push(false);
      this.received.push(new Set());
      client.subscribe<{ pipelineChanged: PipelineEvent }>(
        {
          query: `subscription ($owner: ID) {
            pipelineChanged(filter: { ownerId: $owner }) {
              occurredAt opportunity { id amount account { name } }
            }
          }`,
          variables: { owner: `owner-${n % OWNERS}` },
        },
        {
          next: (result) => {
            const event = result.data?.pipelineChanged;
            if (event === undefined) {
              this.measured.subscriptionErrors.push(JSON.stringify(result.errors));
            } else {
              this.record(n, event, wallClock() - (Date.parse(event.occurredAt) - clockOffsetMs));
            }
          },
          error: (error) => this.measured.subscriptionErrors.push(String(error)),
          complete: () => undefined,
        },
      );
    }
  }

  /** The owners that have a subscriber which has not yet received any change. */
  ownersWaiting(): Set<number> {
    return new Set(this.live.flatMap((isLive, n) => (isLive ? [] : [n % OWNERS])));
  }

  /** Registers a change about to be made, which each subscriber of `owner` must receive once. */
  expect(opportunityId: string, amount: number, owner: number): void {
    this.changes.set(`${opportunityId}:${amount}`, this.changes.size);
    this.measured.expectedDeliveries +=
      Math.floor(SUBSCRIBERS / OWNERS) + (owner < SUBSCRIBERS % OWNERS ? 1 : 0);
  }

  async close(): Promise<void> {
    await Promise.all(this.clients.map((client) => client.dispose()));
  }

  private record(n: number, event: PipelineEvent, latencyMs: number): void {
    const amount = Number(event.opportunity.amount);
    if (amount < FIRST_MEASURED_AMOUNT) {
      this.measured.subscribersLive += this.live[n] ? 0 : 1;
      this.live[n] = true;

      return;
    }
    const change = this.changes.get(`${event.opportunity.id}:${amount}`);
    if (change === undefined) {
      this.measured.unmatched += 1;
    } else if (this.received[n].has(change)) {
      this.measured.repeated += 1;
    } else {
      this.received[n].add(change);
      this.measured.delivered += 1;
      this.measured.latencies.push(latencyMs);
    }
  }
}

/**
 * Changes the opportunity of each owner with a subscriber not yet live until every subscriber
 * has received such a change, so all subscriptions are live before memory is read and changes
 * are measured. A subscriber that subscribed after a change missed it, hence the rounds.
 */
async function warmUp(
  call: Call,
  opportunities: string[],
  subscribers: Subscribers,
): Promise<void> {
  for (let round = 0; subscribers.ownersWaiting().size > 0; round += 1) {
    if (round === 60 || Date.now() >= deadline) {
      throw new BenchTimeout('not every subscriber received a warm-up change');
    }
    for (const owner of subscribers.ownersWaiting()) {
      await changeAmount(call, opportunities[owner], 500 + round);
    }
    await pollFor(() => subscribers.ownersWaiting().size === 0, 500);
  }
}

async function changeAmount(call: Call, id: string, amount: number): Promise<void> {
  const changed = await call<{ updateOpportunity: { userErrors: unknown[] } }>(
    `mutation ($input: UpdateOpportunityInput!) {
      updateOpportunity(input: $input) { userErrors { code message } }
    }`,
    { input: { id, amount: String(amount) } },
  );
  if (changed.updateOpportunity.userErrors.length > 0) {
    throw new Error(`updateOpportunity refused: ${JSON.stringify(changed.updateOpportunity)}`);
  }
}

/**
 * How far the database clock is from this process's, from the reading with the shortest round
 * trip: the database read its clock within half that round trip of the trip's middle.
 */
async function measureClockOffset(
  databaseUrl: string,
): Promise<{ offsetMs: number; uncertaintyMs: number }> {
  const client = new PgClient({ connectionString: databaseUrl });
  await client.connect();
  try {
    let best = { offsetMs: 0, uncertaintyMs: Infinity };
    for (let sample = 0; sample < 20; sample += 1) {
      const sentAt = wallClock();
      const { rows } = await client.query<{ now: number }>(
        'SELECT (extract(epoch FROM clock_timestamp()) * 1000)::float8 AS now',
      );
      const receivedAt = wallClock();
      if ((receivedAt - sentAt) / 2 < best.uncertaintyMs) {
        best = {
          offsetMs: rows[0].now - (sentAt + receivedAt) / 2,
          uncertaintyMs: (receivedAt - sentAt) / 2,
        };
      }
    }

    return best;
  } finally {
    await client.end();
  }
}

async function graphql<T>(
  url: string,
  token: string,
  query: string,
  variables: Record<string, unknown>,
): Promise<T> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
    signal: AbortSignal.timeout(Math.max(1, Math.min(10_000, deadline - Date.now()))),
  }).catch((error: unknown) => {
    throw Date.now() >= deadline ? new BenchTimeout(pastDeadline()) : error;
  });
  const body = (await response.json()) as { data?: T; errors?: unknown };
  if (body.errors) {
    throw new Error(JSON.stringify(body.errors));
  }

  return body.data!;
}

/** Polls `condition` for up to `timeoutMs` and tells whether it came to hold. */
async function pollFor(condition: () => boolean, timeoutMs: number): Promise<boolean> {
  const until = Date.now() + timeoutMs;
  while (!condition() && Date.now() <= until) {
    await new Promise((resolve) => setTimeout(resolve, 20));
  }

  return condition();
}

/** Waits until `condition` holds; fails after `timeoutMs` or at the run's deadline. */
async function waitFor(condition: () => boolean, what: string, timeoutMs = 60_000): Promise<void> {
  const cutByDeadline = Date.now() + timeoutMs > deadline;
  if (!(await pollFor(condition, Math.min(timeoutMs, deadline - Date.now())))) {
    throw new BenchTimeout(
      cutByDeadline ? pastDeadline() : `no ${what} within ${timeoutMs / 1000} s`,
    );
  }
}

function pastDeadline(): string {
  return `the run reached its limit of ${TIMEOUT_MS / 1000} s (TIMEOUT_SECONDS)`;
}

function positiveInteger(name: string, fallback: number, max: number): number {
  const value = Number(process.env[name] ?? fallback);
  if (!Number.isInteger(value) || value < 1 || value > max) {
    process.stderr.write(`${name} must be a whole number from 1 to ${max}\n`);
    process.exit(2);
  }

  return value;
}

void main();
