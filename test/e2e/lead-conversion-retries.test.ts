import { createServer, type IncomingMessage, type Server } from 'node:http';
import { connect, type AddressInfo, type Socket } from 'node:net';
import { Client } from 'pg';
import { FORWARDED_IDENTITY_HEADER } from '../../platform/identity/forwarded-identity';
import {
  eventually,
  qualifiedLead,
  type ConvertResult,
} from '../../subgraphs/marketing/__tests__/lead-operations';
import { startMarketingSubgraph } from '../../subgraphs/marketing/marketing-subgraph';
import { startGraphUnderTest, type GraphUnderTest } from '../support/graph-under-test';
import { TEST_IDENTITY_SECRET } from '../support/identities';
import { testLogger } from '../support/silent-logger';

let graph: GraphUnderTest;
const proxies: FaultyProxy[] = [];

beforeAll(async () => {
  graph = await startGraphUnderTest();
});

afterAll(async () => {
  await Promise.all(proxies.map((proxy) => proxy.close()));
  await graph.close();
});

/** 3 attempts, 300 ms after the first failed one, 600 ms after the second. */
const RETRY = { maxAttempts: 3, firstDelayMs: 300, maxDelayMs: 600 };

/**
 * Stands between Marketing and one subgraph. `fail`: answers every request with an
 * INTERNAL_SERVER_ERROR without passing it on; `loseAnswer`: passes it on, so the subgraph
 * commits, but answers 502 as a dropped connection would; `pass`: passes it on and back.
 */
interface FaultyProxy {
  url: string;
  mode: 'fail' | 'loseAnswer' | 'pass';
  /** When each mutation (a conversion step) arrived, in ms since the epoch. */
  arrivals: number[];
  close: () => Promise<void>;
}

async function startFaultyProxy(target: string, mode: FaultyProxy['mode']): Promise<FaultyProxy> {
  const server: Server = createServer((request, response) => {
    const arrived = Date.now();
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      if (body.includes('mutation')) {
        proxy.arrivals.push(arrived);
      }
      void answer(body, String(request.headers[FORWARDED_IDENTITY_HEADER]))
        .catch(() => ({ status: 502, body: 'Bad gateway' }))
        .then(({ status, body }) =>
          response.writeHead(status, { 'content-type': 'application/json' }).end(body),
        );
    });
  });
  const answer = async (body: string, identity: string) => {
    if (proxy.mode === 'fail') {
      const errors = [
        { message: 'Unexpected error', extensions: { code: 'INTERNAL_SERVER_ERROR' } },
      ];

      return { status: 200, body: JSON.stringify({ errors }) };
    }
    const passed = await fetch(target, {
      method: 'POST',
      headers: { 'content-type': 'application/json', [FORWARDED_IDENTITY_HEADER]: identity },
      body,
    });
    const text = await passed.text();

    return proxy.mode === 'pass'
      ? { status: passed.status, body: text }
      : { status: 502, body: 'Bad gateway' };
  };
  // Marketing also follows the subgraph's events over a WebSocket: that connection is passed
  // through untouched, whatever the mode.
  const tunnels = new Set<Socket>();
  server.on('upgrade', (request: IncomingMessage, socket: Socket, head: Buffer) => {
    const { hostname, port } = new URL(target);
    const upstream = connect(Number(port), hostname, () => {
      const headers = request.rawHeaders
        .map((value, index) => (index % 2 === 0 ? `${value}: ` : `${value}\r\n`))
        .join('');
      upstream.write(`${request.method} ${request.url} HTTP/1.1\r\n${headers}\r\n`);
      upstream.write(head);
      socket.pipe(upstream).pipe(socket);
    });
    for (const end of [socket, upstream]) {
      tunnels.add(end);
      end.on('error', () => undefined);
      end.on('close', () => {
        tunnels.delete(end);
        socket.destroy();
        upstream.destroy();
      });
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const proxy: FaultyProxy = {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`,
    mode,
    arrivals: [],
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
        tunnels.forEach((socket) => socket.destroy());
      }),
  };
  proxies.push(proxy);

  return proxy;
}

/** Restarts Marketing on its port, calling Accounts and Sales at the given URLs, retrying fast. */
async function restartMarketing(urls: { accounts?: string; sales?: string }): Promise<void> {
  const { port } = graph.subgraphs.marketing;
  await graph.subgraphs.marketing.close();
  graph.subgraphs.marketing = await startMarketingSubgraph({
    databaseUrl: graph.database.url,
    port,
    identitySecret: TEST_IDENTITY_SECRET,
    logger: testLogger,
    subgraphUrls: {
      accounts: urls.accounts ?? graph.subgraphs.accounts.url,
      sales: urls.sales ?? graph.subgraphs.sales.url,
    },
    conversionRetry: RETRY,
    conversionRecoveryIntervalMs: 100,
  });
  await eventually(async () => {
    const result = await graph.query('{ duplicateRule }');

    return result.errors ? undefined : true;
  });
}

const CONVERT = `mutation ($input: ConvertLeadInput!) {
  convertLead(input: $input) {
    lead { id status }
    account { id }
    contact { id }
    opportunity { id }
    conversion { id status attempts nextAttemptAt lastError failureReason }
    repeated
    userErrors { field message code }
  }
}`;

interface Converted {
  convertLead: Omit<ConvertResult['convertLead'], 'conversion'> & {
    conversion: {
      id: string;
      status: string;
      attempts: number;
      nextAttemptAt: string | null;
      lastError: string | null;
      failureReason: string | null;
    } | null;
    repeated: boolean;
  };
}

async function convert(input: Record<string, unknown>) {
  const result = await graph.query<Converted>(CONVERT, { input });
  expect(result.errors).toBeUndefined();

  return result.data!.convertLead;
}

interface StoredConversion {
  status: string;
  attempts: number;
  failure_reason: string | null;
  last_error: string | null;
}

async function storedConversions(leadId: string): Promise<StoredConversion[]> {
  const client = new Client({ connectionString: graph.database.url });
  await client.connect();
  try {
    const result = await client.query<StoredConversion>(
      `SELECT status, attempts, failure_reason, last_error FROM marketing.lead_conversion
       WHERE lead_id = $1 ORDER BY created_at`,
      [leadId],
    );

    return result.rows;
  } finally {
    await client.end();
  }
}

/** Waits until the lead's conversions include one FAILED, and returns that one. */
function failedConversion(leadId: string): Promise<StoredConversion> {
  return eventually(async () => {
    const rows = await storedConversions(leadId);

    return rows.find((row) => row.status === 'FAILED');
  });
}

async function footprint(email: string) {
  const result = await graph.query<{
    contacts: { edges: { node: { id: string; account: { id: string } } }[] };
  }>(
    'query ($email: String!) { contacts(filter: { email: $email }) { edges { node { id account { id } } } } }',
    { email },
  );
  const contacts = result.data!.contacts.edges.map((edge) => edge.node);
  const opportunities = await graph.query<{ opportunities: { totalCount: number } }>(
    'query ($accountId: ID!) { opportunities(filter: { accountId: $accountId }) { totalCount } }',
    { accountId: contacts[0]?.account.id ?? '00000000-0000-4000-8000-000000000000' },
  );

  return { contacts: contacts.length, opportunities: opportunities.data!.opportunities.totalCount };
}

describe('a conversion that cannot reach Accounts or Sales', () => {
  it('is PENDING with its reason, retried with growing waits, then FAILED so the lead converts again', async () => {
    const accounts = await startFaultyProxy(graph.subgraphs.accounts.url, 'fail');
    await restartMarketing({ accounts: accounts.url });
    const email = 'accounts.down@example.com';
    const leadId = await qualifiedLead(graph.query, email, { company: 'Accounts Down Ltd' });

    const pending = await convert({ leadId });

    expect(pending).toMatchObject({
      lead: { status: 'QUALIFIED' },
      account: null,
      conversion: {
        status: 'PENDING',
        attempts: 1,
        nextAttemptAt: expect.any(String),
        lastError: 'Accounts answered with INTERNAL_SERVER_ERROR',
        failureReason: null,
      },
      repeated: false,
      userErrors: [],
    });
    expect(await failedConversion(leadId)).toEqual({
      status: 'FAILED',
      attempts: 3,
      failure_reason: 'UNAVAILABLE',
      last_error: expect.stringContaining('gave up after 3 attempts'),
    });
    expect(accounts.arrivals).toHaveLength(3);
    const [first, second, third] = accounts.arrivals;
    expect(second - first).toBeGreaterThanOrEqual(RETRY.firstDelayMs - 50);
    expect(third - second).toBeGreaterThanOrEqual(2 * RETRY.firstDelayMs - 50);

    const edited = await graph.query(
      `mutation { updateLead(input: { id: "${leadId}", title: "Edited after giving up" }) {
        lead { title } userErrors { code } } }`,
    );
    expect(edited.data).toEqual({
      updateLead: { lead: { title: 'Edited after giving up' }, userErrors: [] },
    });
    accounts.mode = 'pass';
    const converted = await convert({ leadId });
    expect(converted).toMatchObject({
      lead: { status: 'CONVERTED' },
      conversion: { status: 'COMPLETE', lastError: null },
      repeated: false,
      userErrors: [],
    });
    expect(await footprint(email)).toEqual({ contacts: 1, opportunities: 1 });
  });

  it('finds again the opportunity Sales created for an attempt that never heard back', async () => {
    const sales = await startFaultyProxy(graph.subgraphs.sales.url, 'loseAnswer');
    await restartMarketing({ sales: sales.url });
    const email = 'sales.answer.lost@example.com';
    const leadId = await qualifiedLead(graph.query, email, { company: 'Answer Lost Ltd' });

    const pending = await convert({ leadId });

    expect(pending.conversion).toMatchObject({
      status: 'PENDING',
      lastError: 'Sales answered HTTP 502 without a GraphQL result',
    });
    expect(pending.account).not.toBeNull();
    expect(await failedConversion(leadId)).toMatchObject({ failure_reason: 'UNAVAILABLE' });
    expect(await footprint(email)).toEqual({ contacts: 1, opportunities: 1 });

    sales.mode = 'pass';
    const converted = await convert({ leadId });

    expect(converted).toMatchObject({
      account: pending.account,
      contact: pending.contact,
      conversion: { status: 'COMPLETE' },
      userErrors: [],
    });
    expect(await footprint(email)).toEqual({ contacts: 1, opportunities: 1 });
  });
});
