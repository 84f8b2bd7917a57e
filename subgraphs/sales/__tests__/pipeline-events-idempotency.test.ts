import { randomUUID } from 'node:crypto';
import { querySubgraph } from '../../../test/support/graphql-client';
import {
  accounts,
  create,
  CREATE,
  newOwner,
  subgraph,
  subscribe,
  update,
  usePipelineEvents,
} from './support/pipeline-events';

usePipelineEvents();

describe('Subscription.pipelineChanged', () => {
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
        accountId: await accounts.sharedAccount(),
        closeDate: '2026-06-30',
        idempotencyKey: 'k'.repeat(201),
      },
    });

    expect(result.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.idempotencyKey',
    });
  });
});
