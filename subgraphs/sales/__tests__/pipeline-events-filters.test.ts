import {
  accounts,
  create,
  newOwner,
  openClient,
  readerConnection,
  subgraph,
  subscribe,
  update,
  usePipelineEvents,
} from './support/pipeline-events';
import { SubscriptionRecorder } from './support/subscription-recorder';
import { waitUntil } from './support/wait-until';

usePipelineEvents();

describe('Subscription.pipelineChanged', () => {
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

  it('tells the previous owner when an opportunity is reassigned, with the pipeline it lost', async () => {
    const ownerId = newOwner();
    const nextOwnerId = newOwner();
    const subscription = await subscribe({ filter: { ownerId } });
    const opportunity = await create({ ownerId, amount: '400' });
    await subscription.waitForEvents(1);

    await update({ id: opportunity.id, ownerId: nextOwnerId });
    await create({ ownerId: nextOwnerId, amount: '900' });
    const events = await subscription.waitForEvents(2);
    await create({ ownerId, amount: '10' });
    await subscription.waitForEvents(3);

    expect(subscription.events).toHaveLength(3);
    expect(events[1]).toMatchObject({
      kind: 'UPDATED',
      opportunity: { id: opportunity.id },
      pipeline: { count: 0, amount: '0.00', weightedAmount: '0.00' },
    });
  });

  it('tells the previous account when an opportunity moves to another, with the pipeline it lost', async () => {
    const accountId = await accounts.createAccount('Losing account');
    const nextAccountId = await accounts.createAccount('Winning account');
    const subscription = await subscribe({ filter: { accountId } });
    const opportunity = await create({ accountId, amount: '400' });
    await subscription.waitForEvents(1);

    await update({ id: opportunity.id, accountId: nextAccountId });
    await create({ accountId: nextAccountId, amount: '900' });
    const events = await subscription.waitForEvents(2);
    await create({ accountId, amount: '10' });
    await subscription.waitForEvents(3);

    expect(subscription.events).toHaveLength(3);
    expect(events[1]).toMatchObject({
      kind: 'UPDATED',
      opportunity: { id: opportunity.id, account: { id: nextAccountId } },
      pipeline: { count: 0, amount: '0.00', weightedAmount: '0.00' },
    });
  });

  it('resolves the account of a filtered account afresh for every event', async () => {
    const accountId = await accounts.createAccount();
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

    await create({ accountId: await accounts.createAccount('Another account'), amount: '999' });
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
});
