import { forwardedIdentityHeader } from '../../../test/support/identities';
import {
  openClient,
  PIPELINE_CHANGED,
  subgraph,
  subscribe,
  usePipelineEvents,
} from './support/pipeline-events';
import { SubscriptionRecorder } from './support/subscription-recorder';

usePipelineEvents();

describe('Subscription.pipelineChanged', () => {
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
});
