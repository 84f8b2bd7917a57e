import type { StartedSalesSubgraph } from '../../subgraphs/sales/sales-subgraph';
import { startSalesSubgraph } from '../../subgraphs/sales/sales-subgraph';
import { bearerToken, TEST_IDENTITY_SECRET } from '../support/identities';
import { querySubgraph } from '../support/graphql-client';
import { startGraphUnderTest, type GraphUnderTest } from '../support/graph-under-test';
import { testLogger } from '../support/silent-logger';
import { eventually, subscribe, type TestSubscription } from '../support/subscription-client';

let graph: GraphUnderTest;
let accountId: string;
const opened: TestSubscription<unknown>[] = [];

beforeAll(async () => {
  graph = await startGraphUnderTest();
  const account = await graph.query<{ createAccount: { account: { id: string } } }>(
    `mutation { createAccount(input: { name: "Umbrella Corp", industry: "Pharma" }) { account { id } } }`,
  );
  accountId = account.data!.createAccount.account.id;
});

/**
 * Other consumers (Marketing follows Sales' events) also subscribe at Sales, so counts are taken
 * relative to what is open before each test, once that number has settled.
 */
let salesSubscribersBefore = 0;

function salesSubscribers(): number {
  return (graph.subgraphs.sales as StartedSalesSubgraph).events.subscriberCount;
}

beforeEach(async () => {
  let previous = -1;
  await eventually(
    async () => {
      const current = salesSubscribers();
      const settled = current === previous;
      previous = current;
      await new Promise((resolve) => setTimeout(resolve, 250));

      return settled;
    },
    10_000,
    'Sales subscriptions settled',
  );
  salesSubscribersBefore = previous;
});

afterEach(async () => {
  await Promise.all(opened.splice(0).map((subscription) => subscription.close()));
  await eventually(
    () => salesSubscribers() <= salesSubscribersBefore,
    10_000,
    'upstream subscriptions closed',
  );
});

afterAll(async () => {
  await graph.close();
});

const PIPELINE_CHANGED = `subscription ($accountId: ID, $after: ID) {
  pipelineChanged(filter: { accountId: $accountId }, after: $after) {
    eventId
    kind
    opportunity { name stage { name } account { name industry } }
    pipeline { count amount }
  }
}`;

interface PipelineChanged {
  pipelineChanged: {
    eventId: string;
    kind: string;
    opportunity: { name: string; stage: { name: string }; account: { name: string } };
    pipeline: { count: number; amount: string };
  };
}

async function open<T = PipelineChanged>(
  query: string,
  variables: Record<string, unknown>,
  options: Parameters<typeof subscribe>[3] = {},
): Promise<TestSubscription<T>> {
  const subscription = await subscribe<T>(graph.gateway.url, query, variables, options);
  opened.push(subscription as TestSubscription<unknown>);

  return subscription;
}

async function createOpportunity(name: string, amount = '1000.00'): Promise<string> {
  const result = await graph.query<{ createOpportunity: { opportunity: { id: string } } }>(
    `mutation ($input: CreateOpportunityInput!) { createOpportunity(input: $input) { opportunity { id } } }`,
    { input: { name, accountId, amount, closeDate: '2027-06-30' } },
  );

  return result.data!.createOpportunity.opportunity.id;
}

async function changeStage(id: string, stage: string): Promise<void> {
  const result = await graph.query(
    `mutation ($input: ChangeOpportunityStageInput!) {
      changeOpportunityStage(input: $input) { userErrors { code } }
    }`,
    { input: { id, stage } },
  );
  expect(result.errors).toBeUndefined();
}

/**
 * Moves an opportunity through a second Sales instance, as one would while the gateway's own
 * Sales is down: its event is in the outbox, for the gateway to receive once it reconnects.
 */
async function changeStageAtAnotherSales(id: string, stage: string): Promise<void> {
  const standby = await startSalesSubgraph({
    databaseUrl: graph.database.url,
    port: 0,
    identitySecret: TEST_IDENTITY_SECRET,
    logger: testLogger,
    accountsUrl: graph.subgraphs.accounts.url,
  });
  const moved = await querySubgraph(
    standby.url,
    `mutation ($input: ChangeOpportunityStageInput!) {
      changeOpportunityStage(input: $input) { userErrors { code } }
    }`,
    { input: { id, stage } },
  );
  await standby.close();
  expect(moved.errors).toBeUndefined();
}

/** Waits until the gateway's upstream subscription is open, so no event precedes it. */
async function upstreamOpen(): Promise<void> {
  await eventually(
    () => salesSubscribers() >= salesSubscribersBefore + 1,
    10_000,
    'upstream subscription',
  );
}

describe('pipelineChanged through the gateway', () => {
  it('delivers a stage change with the account name resolved from Accounts', async () => {
    const opportunityId = await createOpportunity('Umbrella vaccine supply');
    const subscription = await open(PIPELINE_CHANGED, { accountId });
    await upstreamOpen();

    await changeStage(opportunityId, 'Needs Analysis');
    const [event] = await subscription.waitFor(1);

    expect(event.errors).toBeUndefined();
    expect(event.data!.pipelineChanged).toMatchObject({
      kind: 'STAGE_CHANGED',
      opportunity: {
        name: 'Umbrella vaccine supply',
        stage: { name: 'Needs Analysis' },
        account: { name: 'Umbrella Corp', industry: 'Pharma' },
      },
    });
    expect(event.data!.pipelineChanged.pipeline.count).toBeGreaterThanOrEqual(1);
  });

  it('resolves fields of the primary subgraph reached through another subgraph', async () => {
    const parent = await graph.query<{ createAccount: { account: { id: string } } }>(
      `mutation { createAccount(input: { name: "Umbrella Holdings" }) { account { id } } }`,
    );
    const parentId = parent.data!.createAccount.account.id;
    const child = await graph.query<{ createAccount: { account: { id: string } } }>(
      `mutation ($parentId: ID) {
        createAccount(input: { name: "Umbrella Labs", parentId: $parentId }) { account { id } }
      }`,
      { parentId },
    );
    const childId = child.data!.createAccount.account.id;
    await graph.query(
      `mutation ($input: CreateOpportunityInput!) { createOpportunity(input: $input) { opportunity { id } } }`,
      {
        input: {
          name: 'Holding deal',
          accountId: parentId,
          amount: '750.00',
          closeDate: '2027-06-30',
        },
      },
    );
    const subscription = await open<{
      pipelineChanged: {
        opportunity: {
          account: { name: string; parent: { name: string; openPipelineAmount: string } };
        };
      };
    }>(
      `subscription ($accountId: ID) {
        pipelineChanged(filter: { accountId: $accountId }) {
          opportunity { account { name parent { name openPipelineAmount } } }
        }
      }`,
      { accountId: childId },
    );
    await upstreamOpen();

    await graph.query(
      `mutation ($input: CreateOpportunityInput!) { createOpportunity(input: $input) { opportunity { id } } }`,
      {
        input: { name: 'Lab deal', accountId: childId, amount: '100.00', closeDate: '2027-06-30' },
      },
    );
    const [event] = await subscription.waitFor(1);

    expect(event.errors).toBeUndefined();
    expect(event.data!.pipelineChanged.opportunity.account).toEqual({
      name: 'Umbrella Labs',
      parent: { name: 'Umbrella Holdings', openPipelineAmount: '750.00' },
    });
  });

  it('shares one upstream subscription among 100 identical clients', async () => {
    const clients = await Promise.all(
      Array.from({ length: 100 }, () => open(PIPELINE_CHANGED, { accountId })),
    );
    await eventually(
      () => graph.gateway.subscriptions.subscriberCount === 100,
      10_000,
      'all clients subscribed',
    );
    await upstreamOpen();

    await createOpportunity('Shared event');
    await Promise.all(clients.map((client) => client.waitFor(1)));

    expect(graph.gateway.subscriptions.upstreamCount).toBe(1);
    expect(salesSubscribers()).toBe(salesSubscribersBefore + 1);
    for (const client of clients) {
      expect(client.received).toHaveLength(1);
      expect(client.received[0].data!.pipelineChanged.opportunity.name).toBe('Shared event');
    }
  });

  it('replays exactly the missed events, in order, to a client that resumes', async () => {
    const first = await open(PIPELINE_CHANGED, { accountId });
    await upstreamOpen();
    const opportunityId = await createOpportunity('Resumable deal');
    const [seen] = await first.waitFor(1);
    await first.close();

    await changeStage(opportunityId, 'Qualification');
    await changeStage(opportunityId, 'Value Proposition');
    await changeStage(opportunityId, 'Closed Won');
    const resumed = await open(PIPELINE_CHANGED, {
      accountId,
      after: seen.data!.pipelineChanged.eventId,
    });
    const events = await resumed.waitFor(3);
    await new Promise((resolve) => setTimeout(resolve, 300));

    expect(resumed.received).toHaveLength(3);
    expect(events.map((event) => event.data!.pipelineChanged.opportunity.stage.name)).toEqual([
      'Qualification',
      'Value Proposition',
      'Closed Won',
    ]);
    expect(events.map((event) => event.data!.pipelineChanged.kind)).toEqual([
      'STAGE_CHANGED',
      'STAGE_CHANGED',
      'WON',
    ]);
    const ids = events.map((event) => BigInt(event.data!.pipelineChanged.eventId));
    expect([...ids].sort((a, b) => (a < b ? -1 : 1))).toEqual(ids);
  });

  it('resumes after the Sales subgraph restarts, without losing or repeating events', async () => {
    const subscription = await open(PIPELINE_CHANGED, { accountId });
    await upstreamOpen();
    const opportunityId = await createOpportunity('Restart-proof deal');
    await subscription.waitFor(1);

    await graph.restartSubgraph('sales', () =>
      changeStageAtAnotherSales(opportunityId, 'Perception Analysis'),
    );
    await upstreamOpen();
    await changeStage(opportunityId, 'Negotiation/Review');
    const events = await subscription.waitFor(3, 15_000);
    await new Promise((resolve) => setTimeout(resolve, 300));

    expect(subscription.received).toHaveLength(3);
    expect(events.map((event) => event.data!.pipelineChanged.opportunity.stage.name)).toEqual([
      'Prospecting',
      'Perception Analysis',
      'Negotiation/Review',
    ]);
  });

  it('loses nothing when Sales restarts before the subscription received any event', async () => {
    const opportunityId = await createOpportunity('Quiet deal');
    const subscription = await open(PIPELINE_CHANGED, { accountId });
    await upstreamOpen();
    // Sales tells the gateway its stream position right after subscribing.
    await new Promise((resolve) => setTimeout(resolve, 500));

    await graph.restartSubgraph('sales', () =>
      changeStageAtAnotherSales(opportunityId, 'Needs Analysis'),
    );
    await upstreamOpen();
    await changeStage(opportunityId, 'Value Proposition');
    const events = await subscription.waitFor(2, 15_000);
    await new Promise((resolve) => setTimeout(resolve, 300));

    expect(subscription.received).toHaveLength(2);
    expect(events.map((event) => event.data!.pipelineChanged.opportunity.stage.name)).toEqual([
      'Needs Analysis',
      'Value Proposition',
    ]);
  });

  it('gives a client resuming from a point another client resumed from its own replay', async () => {
    const live = await open(PIPELINE_CHANGED, { accountId });
    await upstreamOpen();
    const opportunityId = await createOpportunity('Twice resumed deal');
    const [seen] = await live.waitFor(1);
    await changeStage(opportunityId, 'Qualification');
    await changeStage(opportunityId, 'Needs Analysis');
    await live.waitFor(3);
    const after = seen.data!.pipelineChanged.eventId;

    const first = await open(PIPELINE_CHANGED, { accountId, after });
    await first.waitFor(2);
    const second = await open(PIPELINE_CHANGED, { accountId, after });
    const replayed = await second.waitFor(2);

    expect(replayed.map((event) => event.data!.pipelineChanged.opportunity.stage.name)).toEqual([
      'Qualification',
      'Needs Analysis',
    ]);
    expect(first.received).toHaveLength(2);
  });

  it('refuses a subscription whose fields need a scope the token lacks', async () => {
    const subscription = await open(PIPELINE_CHANGED, { accountId }, { scopes: ['sales:read'] });
    const ended = await subscription.ended;

    expect(JSON.stringify(ended)).toContain('accounts:read');
    expect(JSON.stringify(ended)).toContain('FORBIDDEN');
  });

  it('refuses a connection without a valid token with close code 4401', async () => {
    const closes: number[] = [];
    const subscription = await open(
      PIPELINE_CHANGED,
      { accountId },
      {
        token: 'not-a-token',
        onClosed: ({ code }) => closes.push(code),
      },
    );
    await eventually(() => closes.length > 0, 10_000, 'connection closed');

    expect(closes).toContain(4401);
    expect(subscription.received).toHaveLength(0);
  });

  it('closes the connection with 4401 "Token expired" when the token expires', async () => {
    const closes: { code: number; reason: string }[] = [];
    const token = await bearerToken(['crm:admin'], { expiresIn: '2s' });
    const subscription = await open(
      PIPELINE_CHANGED,
      { accountId },
      {
        token,
        onClosed: (event) => closes.push(event),
      },
    );
    await eventually(() => closes.length > 0, 10_000, 'connection closed');

    expect(closes).toContainEqual({ code: 4401, reason: 'Token expired' });
    expect(subscription.received).toHaveLength(0);
  });

  it('refuses a malformed filter literal at subscribe, naming the field', async () => {
    const subscription = await open(
      'subscription { slaBreached(filter: { priority: SOMETIME }) { eventId } }',
      {},
    );
    const ended = await subscription.ended;

    expect(ended).toEqual([
      expect.objectContaining({
        extensions: { code: 'GRAPHQL_VALIDATION_FAILED', field: 'filter.priority' },
      }),
    ]);
  });

  it('answers a malformed resume point with BAD_USER_INPUT', async () => {
    const subscription = await open(PIPELINE_CHANGED, { accountId, after: 'yesterday' });
    await subscription.ended;

    expect(subscription.received).toHaveLength(1);
    expect(subscription.received[0].errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'after',
    });
  });
});
