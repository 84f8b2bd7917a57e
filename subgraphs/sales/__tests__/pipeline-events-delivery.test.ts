import { randomUUID } from 'node:crypto';
import { querySubgraph } from '../../../test/support/graphql-client';
import {
  changeStage,
  CHANGE_STAGE,
  create,
  expectIncreasingIds,
  mutate,
  newOwner,
  sql,
  subgraph,
  subscribe,
  update,
  UPDATE,
  usePipelineEvents,
} from './support/pipeline-events';

usePipelineEvents();

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
      previous: null,
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
});
