import { querySubgraph } from '../../../test/support/graphql-client';
import {
  changeStage,
  create,
  newOwner,
  openClient,
  readerConnection,
  sql,
  stop,
  subgraph,
  subscribe,
  update,
  usePipelineEvents,
} from './support/pipeline-events';
import { SubscriptionRecorder } from './support/subscription-recorder';
import { waitUntil } from './support/wait-until';

usePipelineEvents();

interface PipelineSummary {
  stages: { stage: { name: string }; count: number; amount: string; weightedAmount: string }[];
  count: number;
  amount: string;
  weightedAmount: string;
}

interface SummaryEvent {
  eventId: string;
  kind: string;
  opportunity: { id: string };
  pipeline: PipelineSummary;
}

const PIPELINE_FIELDS = `stages { stage { name } count amount weightedAmount }
  count amount weightedAmount`;

/** Subscribes as a reader, selecting every figure of the pipeline summary. */
async function subscribeToSummaries(
  variables: Record<string, unknown>,
): Promise<SubscriptionRecorder<SummaryEvent>> {
  const before = subgraph.events.subscriberCount;
  const recorder = new SubscriptionRecorder<SummaryEvent>(
    openClient(await readerConnection()),
    'pipelineChanged',
    `subscription ($filter: PipelineSubscriptionFilter, $after: ID) {
      pipelineChanged(filter: $filter, after: $after) {
        eventId kind opportunity { id } pipeline { ${PIPELINE_FIELDS} }
      }
    }`,
    variables,
  );
  await waitUntil(
    () => subgraph.events.subscriberCount > before || recorder.failure !== undefined,
    'the subscription to open',
  );

  return recorder;
}

/** `Query.pipeline` of one owner, as it is now. */
async function currentPipeline(ownerId: string): Promise<PipelineSummary> {
  const result = await querySubgraph<{ pipeline: PipelineSummary }>(
    subgraph.url,
    `query ($filter: PipelineFilter) { pipeline(filter: $filter) { ${PIPELINE_FIELDS} } }`,
    { filter: { ownerId } },
  );
  expect(result.errors).toBeUndefined();

  return result.data!.pipeline;
}

/** Opens an owner's subscription and returns the id of the event `write` causes. */
async function eventIdOf(ownerId: string, write: () => Promise<unknown>): Promise<string> {
  const subscription = await subscribe({ filter: { ownerId } });
  await write();
  const [event] = await subscription.waitForEvents(1);
  await stop(subscription);

  return event.eventId;
}

function stageFigures(summary: PipelineSummary, stageName: string) {
  return summary.stages.find((row) => row.stage.name === stageName);
}

describe('Subscription.pipelineChanged', () => {
  it('replays each missed re-valuation with the pipeline as it stood right after it', async () => {
    const ownerId = newOwner();
    let id = '';
    const after = await eventIdOf(ownerId, async () => {
      ({ id } = await create({ ownerId, amount: '100' }));
    });

    await update({ id, amount: '200' });
    await update({ id, amount: '300' });
    await update({ id, amount: '400' });
    const resumed = await subscribeToSummaries({ filter: { ownerId }, after });
    const events = await resumed.waitForEvents(3);

    expect(events.map((event) => [event.kind, event.pipeline.amount])).toEqual([
      ['AMOUNT_CHANGED', '200.00'],
      ['AMOUNT_CHANGED', '300.00'],
      ['AMOUNT_CHANGED', '400.00'],
    ]);
    expect(
      events.map(({ pipeline: { count, weightedAmount } }) => [count, weightedAmount]),
    ).toEqual([
      [1, '20.00'],
      [1, '30.00'],
      [1, '40.00'],
    ]);
  });

  it('replays a stage move with the opportunity in its new stage, and earlier events in the old one', async () => {
    const ownerId = newOwner();
    let id = '';
    const after = await eventIdOf(ownerId, async () => {
      ({ id } = await create({ ownerId, amount: '1000' }));
    });

    await update({ id, amount: '1500' });
    await changeStage(id, 'Negotiation/Review');
    await update({ id, amount: '2000' });
    const resumed = await subscribeToSummaries({ filter: { ownerId }, after });
    const [revalued, moved, revaluedAgain] = await resumed.waitForEvents(3);

    expect(revalued.kind).toBe('AMOUNT_CHANGED');
    expect(stageFigures(revalued.pipeline, 'Prospecting')).toMatchObject({
      count: 1,
      amount: '1500.00',
      weightedAmount: '150.00',
    });
    expect(stageFigures(revalued.pipeline, 'Negotiation/Review')).toMatchObject({ count: 0 });
    expect(moved.kind).toBe('STAGE_CHANGED');
    expect(stageFigures(moved.pipeline, 'Prospecting')).toMatchObject({
      count: 0,
      amount: '0.00',
      weightedAmount: '0.00',
    });
    expect(stageFigures(moved.pipeline, 'Negotiation/Review')).toMatchObject({
      count: 1,
      amount: '1500.00',
      weightedAmount: '1350.00',
    });
    expect(moved.pipeline).toMatchObject({
      count: 1,
      amount: '1500.00',
      weightedAmount: '1350.00',
    });
    expect(revaluedAgain.pipeline).toMatchObject({ count: 1, amount: '2000.00' });
  });

  it('leaves an opportunity created after an event out of that event’s pipeline', async () => {
    const ownerId = newOwner();
    let id = '';
    const after = await eventIdOf(ownerId, async () => {
      ({ id } = await create({ ownerId, amount: '100' }));
    });

    await update({ id, amount: '150' });
    const later = await create({ ownerId, amount: '900' });
    const resumed = await subscribeToSummaries({ filter: { ownerId }, after });
    const events = await resumed.waitForEvents(2);

    expect(events.map((event) => [event.opportunity.id, event.kind])).toEqual([
      [id, 'AMOUNT_CHANGED'],
      [later.id, 'CREATED'],
    ]);
    expect(events.map(({ pipeline: { count, amount } }) => [count, amount])).toEqual([
      [1, '150.00'],
      [2, '1050.00'],
    ]);
  });

  it('replays each owner’s own pipeline, including the reassignment that takes a deal away', async () => {
    const ownerId = newOwner();
    const nextOwnerId = newOwner();
    let reassigned = '';
    const after = await eventIdOf(ownerId, async () => {
      ({ id: reassigned } = await create({ ownerId, amount: '100' }));
    });

    const { id: kept } = await create({ ownerId, amount: '50' });
    await update({ id: kept, amount: '70' });
    await update({ id: reassigned, ownerId: nextOwnerId });
    await create({ ownerId: nextOwnerId, amount: '1000' });
    await update({ id: reassigned, amount: '500' });
    await update({ id: kept, amount: '80' });
    const owners = await subscribeToSummaries({ filter: { ownerId }, after });
    const nextOwners = await subscribeToSummaries({ filter: { ownerId: nextOwnerId }, after });
    const ownerEvents = await owners.waitForEvents(4);
    const nextOwnerEvents = await nextOwners.waitForEvents(3);

    expect(
      ownerEvents.map(({ kind, pipeline: { count, amount } }) => [kind, count, amount]),
    ).toEqual([
      ['CREATED', 2, '150.00'],
      ['AMOUNT_CHANGED', 2, '170.00'],
      ['UPDATED', 1, '70.00'],
      ['AMOUNT_CHANGED', 1, '80.00'],
    ]);
    expect(ownerEvents[2].opportunity.id).toBe(reassigned);
    expect(
      nextOwnerEvents.map(({ kind, pipeline: { count, amount } }) => [kind, count, amount]),
    ).toEqual([
      ['UPDATED', 1, '100.00'],
      ['CREATED', 2, '1100.00'],
      ['AMOUNT_CHANGED', 2, '1500.00'],
    ]);
    expect(owners.events).toHaveLength(4);
    expect(nextOwners.events).toHaveLength(3);
  });

  it('replays exactly the pipeline Query.pipeline answered right after each change', async () => {
    const ownerId = newOwner();
    const afterEach: PipelineSummary[] = [];
    let id = '';
    const after = await eventIdOf(ownerId, async () => {
      ({ id } = await create({ ownerId, amount: '0.10' }));
    });
    const changes: (() => Promise<unknown>)[] = [
      () => create({ ownerId, amount: '0.20' }),
      () => update({ id, amount: '1000.01' }),
      () => changeStage(id, 'Perception Analysis'),
      () => changeStage(id, 'Closed Won'),
      () => create({ ownerId, amount: '33.33', stage: 'Proposal/Price Quote' }),
      () => changeStage(id, 'Needs Analysis'),
    ];

    for (const change of changes) {
      await change();
      afterEach.push(await currentPipeline(ownerId));
    }
    const resumed = await subscribeToSummaries({ filter: { ownerId }, after });
    const events = await resumed.waitForEvents(changes.length);

    expect(events.map((event) => event.pipeline)).toEqual(afterEach);
    expect(events.map((event) => event.kind)).toEqual([
      'CREATED',
      'AMOUNT_CHANGED',
      'STAGE_CHANGED',
      'WON',
      'CREATED',
      'REOPENED',
    ]);
  });

  it('records the row before the change in each event', async () => {
    const ownerId = newOwner();
    const { id } = await create({ ownerId, amount: '100' });
    await update({ id, amount: '200' });

    const { rows } = await sql.query<{ payload: { opportunity: unknown; previous: unknown } }>(
      `SELECT payload FROM sales.outbox_event
        WHERE topic = 'pipeline' AND payload->'opportunity'->>'id' = $1 ORDER BY id`,
      [id],
    );

    expect(rows).toHaveLength(2);
    expect(rows[0].payload.previous).toBeNull();
    expect(rows[1].payload.previous).toEqual(rows[0].payload.opportunity);
  });

  it('takes an opportunity as it is now when a later event was stored without its previous row', async () => {
    const ownerId = newOwner();
    let id = '';
    const after = await eventIdOf(ownerId, async () => {
      ({ id } = await create({ ownerId, amount: '100' }));
    });
    await update({ id, amount: '200' });
    await update({ id, amount: '300' });
    await sql.query(
      `UPDATE sales.outbox_event SET payload = payload - 'previous'
        WHERE id = (SELECT max(id) FROM sales.outbox_event WHERE topic = 'pipeline')`,
    );

    const resumed = await subscribeToSummaries({ filter: { ownerId }, after });
    const events = await resumed.waitForEvents(2);

    expect(resumed.eventErrors).toEqual([]);
    expect(events.map((event) => event.pipeline.amount)).toEqual(['300.00', '300.00']);
  });
});
