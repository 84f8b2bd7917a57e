import { randomUUID } from 'node:crypto';
import type { Client } from 'graphql-ws';
import { Client as PgClient } from 'pg';
import { startSalesSubgraph, type StartedSalesSubgraph } from '../sales-subgraph';
import { createTestDatabase, type TestDatabase } from '../../../test/support/test-database';
import { forwardedIdentityHeader, TEST_IDENTITY_SECRET } from '../../../test/support/identities';
import { querySubgraph } from '../../../test/support/graphql-client';
import { testLogger } from '../../../test/support/silent-logger';
import { openWebSocketClient, SubscriptionRecorder } from './support/subscription-recorder';
import { waitUntil } from './support/wait-until';

let database: TestDatabase;
let subgraph: StartedSalesSubgraph;
let sql: PgClient;
const clients: Client[] = [];

beforeAll(async () => {
  database = await createTestDatabase();
  subgraph = await startSalesSubgraph({
    databaseUrl: database.url,
    port: 0,
    identitySecret: TEST_IDENTITY_SECRET,
    logger: testLogger,
  });
  sql = new PgClient({ connectionString: database.url });
  await sql.connect();
});

afterEach(async () => {
  await Promise.all(clients.splice(0).map((client) => client.dispose()));
  await waitUntil(() => subgraph.events.subscriberCount === 0, 'every subscription to end');
});

afterAll(async () => {
  await sql.end();
  await subgraph.close();
  await database.drop();
});

interface OpportunityResult {
  id: string;
  name: string;
  amount: string;
  closeDate: string;
  ownerId: string;
  probability: number;
  isClosed: boolean;
  isWon: boolean;
  closedAt: string | null;
  stage: { name: string };
  account: { id: string };
}

interface PipelineEventResult {
  eventId: string;
  kind: string;
  occurredAt: string;
  previousAmount: string | null;
  previousStage: { name: string } | null;
  opportunity: OpportunityResult;
  pipeline: { count: number; amount: string; weightedAmount: string };
}

interface Payload {
  opportunity: OpportunityResult | null;
  userErrors: { field: string[] | null; code: string }[];
}

const OPPORTUNITY_FIELDS = `id name amount currency probability
  forecastCategory closeDate type ownerId isClosed isWon campaignId leadId createdAt updatedAt
  closedAt stage { name } account { id }`;

const PIPELINE_CHANGED = `subscription ($filter: PipelineSubscriptionFilter, $after: ID) {
  pipelineChanged(filter: $filter, after: $after) {
    eventId kind occurredAt previousAmount previousStage { name }
    opportunity { ${OPPORTUNITY_FIELDS} }
    pipeline { count amount weightedAmount }
  }
}`;

const PAYLOAD = `opportunity { ${OPPORTUNITY_FIELDS} } userErrors { field code }`;

const CREATE = `mutation ($input: CreateOpportunityInput!) {
  createOpportunity(input: $input) { ${PAYLOAD} }
}`;

const UPDATE = `mutation ($input: UpdateOpportunityInput!) {
  updateOpportunity(input: $input) { ${PAYLOAD} }
}`;

const CHANGE_STAGE = `mutation ($input: ChangeOpportunityStageInput!) {
  changeOpportunityStage(input: $input) { ${PAYLOAD} }
}`;

async function readerConnection(): Promise<Record<string, unknown>> {
  return { identity: await forwardedIdentityHeader(['sales:read']) };
}

function openClient(connectionParams?: Record<string, unknown>): Client {
  const client = openWebSocketClient(subgraph.url, connectionParams);
  clients.push(client);

  return client;
}

/** Subscribes as a reader and returns once the subgraph holds the subscription. */
async function subscribe(
  variables: Record<string, unknown> = {},
): Promise<SubscriptionRecorder<PipelineEventResult>> {
  const before = subgraph.events.subscriberCount;
  const recorder = new SubscriptionRecorder<PipelineEventResult>(
    openClient(await readerConnection()),
    'pipelineChanged',
    PIPELINE_CHANGED,
    variables,
  );
  await waitUntil(
    () =>
      subgraph.events.subscriberCount > before ||
      recorder.failure !== undefined ||
      recorder.completed,
    'the subscription to open',
  );

  return recorder;
}

async function stop(recorder: SubscriptionRecorder<unknown>): Promise<void> {
  const before = subgraph.events.subscriberCount;
  recorder.stop();
  await waitUntil(() => subgraph.events.subscriberCount < before, 'the subscription to end');
}

async function mutate(query: string, field: string, input: Record<string, unknown>) {
  const result = await querySubgraph<Record<string, Payload>>(subgraph.url, query, { input });
  expect(result.errors).toBeUndefined();

  return result.data![field];
}

async function create(input: Record<string, unknown>): Promise<OpportunityResult> {
  const payload = await mutate(CREATE, 'createOpportunity', {
    name: 'Analytics rollout',
    accountId: randomUUID(),
    closeDate: '2026-06-30',
    ...input,
  });
  expect(payload.userErrors).toEqual([]);

  return payload.opportunity!;
}

async function update(input: Record<string, unknown>): Promise<OpportunityResult> {
  const payload = await mutate(UPDATE, 'updateOpportunity', input);
  expect(payload.userErrors).toEqual([]);

  return payload.opportunity!;
}

async function changeStage(id: string, stage: string): Promise<OpportunityResult> {
  const payload = await mutate(CHANGE_STAGE, 'changeOpportunityStage', { id, stage });
  expect(payload.userErrors).toEqual([]);

  return payload.opportunity!;
}

function newOwner(): string {
  return `owner-${randomUUID()}`;
}

function expectIncreasingIds(events: { eventId: string }[]): void {
  const ids = events.map((event) => BigInt(event.eventId));
  ids.slice(1).forEach((id, index) => expect(id > ids[index]).toBe(true));
}

describe('Subscription.pipelineChanged', () => {
  it('delivers a created and a moved opportunity as of the change, with the pipeline after it', async () => {
    const ownerId = newOwner();
    const subscription = await subscribe({ filter: { ownerId } });

    const created = await create({ ownerId, amount: '1000' });
    const [createdEvent] = await subscription.waitForEvents(1);
    const moved = await changeStage(created.id, 'Negotiation/Review');
    const [, movedEvent] = await subscription.waitForEvents(2);

    expect(createdEvent).toEqual({
      eventId: expect.stringMatching(/^\d+$/),
      kind: 'CREATED',
      occurredAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T.*Z$/),
      previousAmount: null,
      previousStage: null,
      opportunity: created,
      pipeline: { count: 1, amount: '1000.00', weightedAmount: '100.00' },
    });
    expect(movedEvent).toMatchObject({
      kind: 'STAGE_CHANGED',
      previousAmount: null,
      previousStage: { name: 'Prospecting' },
      opportunity: moved,
      pipeline: { count: 1, amount: '1000.00', weightedAmount: '900.00' },
    });
    expect(moved).toMatchObject({ stage: { name: 'Negotiation/Review' }, probability: 90 });
    expectIncreasingIds([createdEvent, movedEvent]);
  });

  it('names each change by its most specific kind and carries what it replaced', async () => {
    const ownerId = newOwner();
    const subscription = await subscribe({ filter: { ownerId } });
    const { id } = await create({ ownerId, amount: '100', closeDate: '2026-06-30' });

    await update({ id, amount: '250.5' });
    await update({ id, closeDate: '2026-09-30' });
    await update({ id, name: 'Analytics rollout, phase 2' });
    await update({ id, name: 'Analytics rollout, phase 2' });
    await update({ id, amount: '300', closeDate: '2026-12-31' });
    await changeStage(id, 'Closed Won');
    await changeStage(id, 'Qualification');
    await changeStage(id, 'Closed Lost');
    const events = await subscription.waitForEvents(8);

    expect(
      events.map(({ kind, previousAmount, previousStage }) => ({
        kind,
        previousAmount,
        previousStage: previousStage?.name ?? null,
      })),
    ).toEqual([
      { kind: 'CREATED', previousAmount: null, previousStage: null },
      { kind: 'AMOUNT_CHANGED', previousAmount: '100.00', previousStage: null },
      { kind: 'CLOSE_DATE_CHANGED', previousAmount: null, previousStage: null },
      // The repeated rename wrote nothing, so it has no event.
      { kind: 'UPDATED', previousAmount: null, previousStage: null },
      { kind: 'UPDATED', previousAmount: '250.50', previousStage: null },
      { kind: 'WON', previousAmount: null, previousStage: 'Prospecting' },
      { kind: 'REOPENED', previousAmount: null, previousStage: 'Closed Won' },
      { kind: 'LOST', previousAmount: null, previousStage: 'Qualification' },
    ]);
    expect(events[5].opportunity).toMatchObject({
      isClosed: true,
      isWon: true,
      closedAt: expect.any(String),
    });
    expect(events[6].opportunity).toMatchObject({ isClosed: false, closedAt: null });
    expect(events[7].opportunity).toMatchObject({ isClosed: true, isWon: false });
  });

  it('records a complete, self-describing snapshot in the outbox', async () => {
    const campaignId = randomUUID();
    const { id } = await create({ amount: '42.5', campaignId, type: 'UPSELL' });

    const { rows } = await sql.query<{ payload: Record<string, unknown> }>(
      `SELECT payload FROM sales.outbox_event
        WHERE topic = 'pipeline' AND payload->'opportunity'->>'id' = $1`,
      [id],
    );

    expect(rows).toHaveLength(1);
    expect(rows[0].payload).toEqual({
      kind: 'CREATED',
      opportunity: {
        id,
        name: 'Analytics rollout',
        accountId: expect.any(String),
        amount: '42.50',
        currency: 'USD',
        stageId: expect.any(String),
        stageName: 'Prospecting',
        probability: 10,
        forecastCategory: 'PIPELINE',
        closeDate: '2026-06-30',
        type: 'UPSELL',
        ownerId: 'user-1',
        isClosed: false,
        isWon: false,
        campaignId,
        leadId: null,
        createdAt: expect.stringMatching(/Z$/),
        updatedAt: expect.stringMatching(/Z$/),
        closedAt: null,
      },
    });
  });

  it('delivers every event of concurrent writes, in commit order', async () => {
    const ownerId = newOwner();
    const subscription = await subscribe({ filter: { ownerId } });
    const stages = ['Qualification', 'Needs Analysis', 'Value Proposition', 'Closed Won'];

    const created = await Promise.all(
      Array.from({ length: 20 }, (_, index) => create({ ownerId, name: `Deal ${index}` })),
    );
    await Promise.all(created.map(({ id }, index) => changeStage(id, stages[index % 4])));
    const events = await subscription.waitForEvents(40);

    expectIncreasingIds(events);
    const ids = created.map(({ id }) => id).sort();
    const createdIds = events.slice(0, 20).map((event) => event.opportunity.id);
    const movedIds = events.slice(20).map((event) => event.opportunity.id);
    expect(events.slice(0, 20).every((event) => event.kind === 'CREATED')).toBe(true);
    expect(events.slice(20).every((event) => ['STAGE_CHANGED', 'WON'].includes(event.kind))).toBe(
      true,
    );
    expect([...createdIds].sort()).toEqual(ids);
    expect([...movedIds].sort()).toEqual(ids);
  });

  it('replays exactly the missed events after `after`, as they were, then goes on live', async () => {
    const ownerId = newOwner();
    const first = await subscribe({ filter: { ownerId } });
    const { id } = await create({ ownerId, amount: '100' });
    const [seen] = await first.waitForEvents(1);
    await stop(first);

    await update({ id, amount: '200' });
    await update({ id, amount: '300' });
    await changeStage(id, 'Qualification');
    const resumed = await subscribe({ filter: { ownerId }, after: seen.eventId });
    const replayed = await resumed.waitForEvents(3);
    await update({ id, amount: '400' });
    const events = await resumed.waitForEvents(4);

    expect(
      events.map((event) => [event.kind, event.opportunity.amount, event.previousAmount]),
    ).toEqual([
      ['AMOUNT_CHANGED', '200.00', '100.00'],
      ['AMOUNT_CHANGED', '300.00', '200.00'],
      ['STAGE_CHANGED', '300.00', null],
      ['AMOUNT_CHANGED', '400.00', '300.00'],
    ]);
    expect(replayed[2].opportunity.stage).toEqual({ name: 'Qualification' });
    expectIncreasingIds([seen, ...events]);
  });

  it('delivers only the events of the filtered owner, with that owner’s pipeline', async () => {
    const ownerId = newOwner();
    const otherOwnerId = newOwner();
    const subscription = await subscribe({ filter: { ownerId } });

    await create({ ownerId: otherOwnerId, amount: '5000' });
    const first = await create({ ownerId, amount: '100' });
    await subscription.waitForEvents(1);
    await create({ ownerId: otherOwnerId, amount: '7000' });
    const second = await create({ ownerId, amount: '200' });
    // Both other-owner events precede the second event, so they would have arrived by now.
    const events = await subscription.waitForEvents(2);

    expect(subscription.events).toHaveLength(2);
    expect(events.map((event) => event.opportunity.id)).toEqual([first.id, second.id]);
    expect(events.map((event) => event.pipeline)).toEqual([
      { count: 1, amount: '100.00', weightedAmount: '10.00' },
      { count: 2, amount: '300.00', weightedAmount: '30.00' },
    ]);
  });

  it('resolves the account of a filtered account afresh for every event', async () => {
    const accountId = randomUUID();
    const recorder = new SubscriptionRecorder<{
      opportunity: { account: { id: string; openPipelineAmount: string } };
    }>(
      openClient(await readerConnection()),
      'pipelineChanged',
      `subscription ($filter: PipelineSubscriptionFilter) {
        pipelineChanged(filter: $filter) { opportunity { account { id openPipelineAmount } } }
      }`,
      { filter: { accountId } },
    );
    await waitUntil(() => subgraph.events.subscriberCount === 1, 'the subscription to open');

    await create({ accountId: randomUUID(), amount: '999' });
    await create({ accountId, amount: '100' });
    await recorder.waitForEvents(1);
    await create({ accountId, amount: '50' });
    const events = await recorder.waitForEvents(2);

    expect(recorder.events).toHaveLength(2);
    expect(events.map((event) => event.opportunity.account)).toEqual([
      { id: accountId, openPipelineAmount: '100.00' },
      { id: accountId, openPipelineAmount: '150.00' },
    ]);
  });

  it('emits nothing for a write that is refused or rolled back', async () => {
    const ownerId = newOwner();
    const subscription = await subscribe({ filter: { ownerId } });
    const { id } = await create({ ownerId, amount: '100' });
    await sql.query(`
      CREATE FUNCTION sales.refuse_at_commit() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.name = 'Refused at commit' THEN
          RAISE EXCEPTION 'refused at commit';
        END IF;
        RETURN NULL;
      END $$`);
    // Deferred to COMMIT, after the event was appended and announced in the same transaction.
    await sql.query(`
      CREATE CONSTRAINT TRIGGER refuse_at_commit AFTER UPDATE ON sales.opportunity
        DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION sales.refuse_at_commit()`);
    try {
      const refused = await mutate(CHANGE_STAGE, 'changeOpportunityStage', {
        id,
        stage: 'Closed Won',
        probability: 50,
      });
      const invalid = await querySubgraph(subgraph.url, UPDATE, {
        input: { id, amount: '-1' },
      });
      const missing = await querySubgraph(subgraph.url, UPDATE, {
        input: { id: randomUUID(), amount: '1' },
      });
      const rolledBack = await querySubgraph(subgraph.url, UPDATE, {
        input: { id, name: 'Refused at commit' },
      });

      expect(refused.userErrors).toEqual([{ field: ['input', 'probability'], code: 'INVALID' }]);
      expect(invalid.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(missing.errors?.[0].extensions?.code).toBe('NOT_FOUND');
      expect(rolledBack.errors?.[0].extensions?.code).toBe('INTERNAL_SERVER_ERROR');
    } finally {
      await sql.query('DROP TRIGGER refuse_at_commit ON sales.opportunity');
      await sql.query('DROP FUNCTION sales.refuse_at_commit()');
    }
    await update({ id, name: 'Renamed after the failures' });
    const events = await subscription.waitForEvents(2);

    expect(subscription.events).toHaveLength(2);
    expect(events.map((event) => [event.kind, event.opportunity.name])).toEqual([
      ['CREATED', 'Analytics rollout'],
      ['UPDATED', 'Renamed after the failures'],
    ]);
    const { rows } = await sql.query(
      `SELECT 1 FROM sales.outbox_event WHERE payload->'opportunity'->>'name' = 'Refused at commit'`,
    );
    expect(rows).toEqual([]);
  });

  it('creates once per idempotency key, even for concurrent calls', async () => {
    const ownerId = newOwner();
    const idempotencyKey = randomUUID();
    const subscription = await subscribe({ filter: { ownerId } });
    const input = { ownerId, idempotencyKey, amount: '100' };

    const created = await Promise.all(Array.from({ length: 10 }, () => create(input)));
    const repeated = await create({ ...input, amount: '999', stage: 'No such stage' });
    await update({ id: created[0].id, name: 'Renamed once created' });
    const events = await subscription.waitForEvents(2);
    const count = await querySubgraph<{ opportunities: { totalCount: number } }>(
      subgraph.url,
      'query ($ownerId: ID) { opportunities(filter: { ownerId: $ownerId }) { totalCount } }',
      { ownerId },
    );

    expect(new Set(created.map((opportunity) => opportunity.id)).size).toBe(1);
    expect(repeated).toMatchObject({ id: created[0].id, amount: '100.00' });
    expect(count.data?.opportunities.totalCount).toBe(1);
    expect(subscription.events).toHaveLength(2);
    expect(events.map((event) => event.kind)).toEqual(['CREATED', 'UPDATED']);
  });

  it('refuses an idempotency key longer than 200 characters', async () => {
    const result = await querySubgraph(subgraph.url, CREATE, {
      input: {
        name: 'Deal',
        accountId: randomUUID(),
        closeDate: '2026-06-30',
        idempotencyKey: 'k'.repeat(201),
      },
    });

    expect(result.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.idempotencyKey',
    });
  });

  it('refuses a connection without a forwarded identity', async () => {
    const recorder = new SubscriptionRecorder(openClient(), 'pipelineChanged', PIPELINE_CHANGED);

    expect(await recorder.waitForEnd()).toMatchObject({ code: 4403 });
    expect(subgraph.events.subscriberCount).toBe(0);
  });

  it('refuses a subscriber without the sales:read scope', async () => {
    const recorder = new SubscriptionRecorder(
      openClient({ identity: await forwardedIdentityHeader(['accounts:read']) }),
      'pipelineChanged',
      PIPELINE_CHANGED,
    );

    expect(await recorder.waitForEnd()).toEqual([
      expect.objectContaining({ extensions: expect.objectContaining({ code: 'FORBIDDEN' }) }),
    ]);
  });

  it.each<[string, Record<string, unknown>, string]>([
    ['a malformed resume point', { after: 'abc' }, 'after'],
    ['a malformed account filter', { filter: { accountId: 'acme' } }, 'filter.accountId'],
  ])('refuses %s as bad input', async (_case, variables, field) => {
    const recorder = await subscribe(variables);

    expect(await recorder.waitForEnd()).toEqual([
      expect.objectContaining({ extensions: { code: 'BAD_USER_INPUT', field } }),
    ]);
  });

  it('refuses a resume point older than the retention window as EVENTS_EXPIRED', async () => {
    await sql.query('UPDATE sales.outbox_retention SET pruned_through = 1000');
    try {
      const recorder = await subscribe({ after: '5' });

      expect(await recorder.waitForEnd()).toEqual([
        expect.objectContaining({
          extensions: expect.objectContaining({ code: 'EVENTS_EXPIRED' }),
        }),
      ]);
    } finally {
      await sql.query('UPDATE sales.outbox_retention SET pruned_through = 0');
    }
  });
});
