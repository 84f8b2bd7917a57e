import {
  changeStage,
  create,
  expectIncreasingIds,
  newOwner,
  sql,
  stop,
  subscribe,
  update,
  usePipelineEvents,
} from './support/pipeline-events';

usePipelineEvents();

describe('Subscription.pipelineChanged', () => {
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
