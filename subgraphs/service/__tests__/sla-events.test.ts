import { querySubgraph } from '../../../test/support/graphql-client';
import { createTestDatabase, type TestDatabase } from '../../../test/support/test-database';
import type { StartedServiceSubgraph } from '../service-subgraph';
import {
  changeStatus,
  openCase,
  pause,
  ServiceTables,
  setPolicy,
  SLA_TARGET_FIELDS,
  startService,
  subscribeSla,
  waitUntil,
  type RecordedSubscription,
  type SlaTargetResult,
} from './sla-under-test';

let database: TestDatabase;
let subgraph: StartedServiceSubgraph;
let tables: ServiceTables;
const subscriptions: RecordedSubscription[] = [];

/** URGENT cases: warned 1 s after opening, breached 3 s after; first responses are not due. */
const RESOLUTION_MS = 3000;
const WARNING_MS = 2000;

beforeAll(async () => {
  database = await createTestDatabase();
  subgraph = await startService(database);
  tables = await ServiceTables.connect(database);
  await setPolicy(subgraph, 'URGENT', 600, RESOLUTION_MS / 1000, WARNING_MS / 1000);
  await setPolicy(subgraph, 'HIGH', 600, 2, 1);
  await setPolicy(subgraph, 'LOW', 2, 4, 1);
});

afterEach(async () => {
  await Promise.all(subscriptions.splice(0).map((subscription) => subscription.close()));
  await waitUntil(
    () => subgraph.events.subscriberCount,
    (count) => count === 0,
    5000,
    'the subgraph to drop closed subscriptions',
  );
});

afterAll(async () => {
  await tables.close();
  await subgraph.close();
  await database.drop();
});

async function subscribe(
  field: 'slaWarning' | 'slaBreached',
  variables: Record<string, unknown> = {},
  scopes?: string[],
): Promise<RecordedSubscription> {
  const subscription = await subscribeSla(subgraph, field, variables, scopes);
  subscriptions.push(subscription);

  return subscription;
}

async function slaTargets(caseId: string): Promise<SlaTargetResult[]> {
  const result = await querySubgraph<{ case: { slaTargets: SlaTargetResult[] } }>(
    subgraph.url,
    `query ($id: ID!) { case(id: $id) { slaTargets { ${SLA_TARGET_FIELDS} } } }`,
    { id: caseId },
  );
  expect(result.errors).toBeUndefined();

  return result.data!.case.slaTargets;
}

describe('SLA warnings and breaches over graphql-ws', () => {
  it('sends exactly one warning, then exactly one breach, for a target not met in time', async () => {
    const filter = { ownerId: 'late-owner' };
    const warnings = await subscribe('slaWarning', { filter });
    const breaches = await subscribe('slaBreached', { filter });
    const lowOnly = await subscribe('slaBreached', { filter: { priority: 'LOW' } });
    const opened = await openCase(subgraph, { priority: 'URGENT', ownerId: 'late-owner' });
    const dueAt = new Date(new Date(opened.openedAt).getTime() + RESOLUTION_MS).toISOString();

    await waitUntil(
      () => warnings.events.length,
      (count) => count > 0,
      5000,
      'the warning',
    );
    await changeStatus(subgraph, opened.id, 'ESCALATED');
    await waitUntil(
      () => breaches.events.length,
      (count) => count > 0,
      10_000,
      'the breach',
    );
    await pause(1000);

    expect(warnings.errors()).toBeNull();
    expect(warnings.events).toEqual([
      expect.objectContaining({
        kind: 'WARNING',
        case: expect.objectContaining({ id: opened.id, status: 'NEW' }),
        target: 'RESOLUTION',
        dueAt,
        secondsLate: null,
      }),
    ]);
    expect(warnings.events[0].secondsLeft).toBeGreaterThanOrEqual(1);
    expect(warnings.events[0].secondsLeft).toBeLessThanOrEqual(WARNING_MS / 1000);
    expect(breaches.events).toEqual([
      expect.objectContaining({
        kind: 'BREACH',
        case: expect.objectContaining({ id: opened.id, status: 'ESCALATED' }),
        target: 'RESOLUTION',
        dueAt,
        secondsLeft: null,
      }),
    ]);
    expect(breaches.events[0].secondsLate).toBeLessThanOrEqual(1);
    expect(BigInt(breaches.events[0].eventId)).toBeGreaterThan(BigInt(warnings.events[0].eventId));
    expect(lowOnly.events).toEqual([]);

    const [firstResponse, resolution] = await tables.targets([opened.id]);
    expect(resolution).toMatchObject({ target: 'RESOLUTION', metAt: null });
    expect(resolution.warnedAt).not.toBeNull();
    expect(resolution.breachLagMs).toBeGreaterThanOrEqual(0);
    expect(resolution.breachLagMs).toBeLessThan(1500);
    expect(firstResponse).toMatchObject({ warnedAt: null, breachedAt: null });
    expect(firstResponse.metAt).not.toBeNull();
    expect(await slaTargets(opened.id)).toEqual([
      expect.objectContaining({ kind: 'FIRST_RESPONSE', status: 'MET' }),
      expect.objectContaining({ kind: 'RESOLUTION', status: 'BREACHED', dueAt }),
    ]);
  });

  it('sends no breach for a case resolved in time, only the warning it earned', async () => {
    const filter = { ownerId: 'on-time-owner' };
    const warnings = await subscribe('slaWarning', { filter });
    const breaches = await subscribe('slaBreached', { filter });
    const opened = await openCase(subgraph, { priority: 'URGENT', ownerId: 'on-time-owner' });
    const dueAt = new Date(opened.openedAt).getTime() + RESOLUTION_MS;

    await waitUntil(
      () => warnings.events.length,
      (count) => count > 0,
      5000,
      'the warning',
    );
    await changeStatus(subgraph, opened.id, 'RESOLVED');
    await waitUntil(
      () => Date.now(),
      (now) => now > dueAt + 1500,
      10_000,
      'the due time',
    );

    expect(warnings.events).toHaveLength(1);
    expect(breaches.events).toEqual([]);
    const [, resolution] = await tables.targets([opened.id]);
    expect(resolution.metAt).not.toBeNull();
    expect(resolution.breachedAt).toBeNull();
    expect(await slaTargets(opened.id)).toEqual([
      expect.objectContaining({ kind: 'FIRST_RESPONSE', status: 'MET' }),
      expect.objectContaining({ kind: 'RESOLUTION', status: 'MET' }),
    ]);
  });

  it('shows each event of a subscription with the case as it is at that event', async () => {
    const breaches = await subscribe('slaBreached', { filter: { ownerId: 'two-breach-owner' } });
    const opened = await openCase(subgraph, { priority: 'LOW', ownerId: 'two-breach-owner' });

    await waitUntil(
      () => breaches.events.length,
      (count) => count > 0,
      5000,
      'the first breach',
    );
    await changeStatus(subgraph, opened.id, 'ESCALATED');
    await waitUntil(
      () => breaches.events.length,
      (count) => count > 1,
      5000,
      'the second breach',
    );

    expect(breaches.events.map((event) => [event.target, event.case.status])).toEqual([
      ['FIRST_RESPONSE', 'NEW'],
      ['RESOLUTION', 'ESCALATED'],
    ]);
  });

  it('replays the events after the given eventId, and only those, to a resuming subscriber', async () => {
    const filter = { ownerId: 'resume-owner' };
    const live = await subscribe('slaBreached', { filter });
    const opened = await openCase(subgraph, { priority: 'HIGH', ownerId: 'resume-owner' });
    await waitUntil(
      () => live.events.length,
      (count) => count > 0,
      10_000,
      'the breach',
    );
    const [warning] = (await tables.slaEvents()).filter(
      (event) => event.caseId === opened.id && event.kind === 'WARNING',
    );

    const fromStart = await subscribe('slaWarning', { filter, after: '0' });
    const afterWarning = await subscribe('slaBreached', { filter, after: warning.id });
    const afterBreach = await subscribe('slaBreached', { filter, after: live.events[0].eventId });
    await waitUntil(
      () => fromStart.events.length + afterWarning.events.length,
      (count) => count >= 2,
      5000,
      'the replay',
    );
    await pause(300);

    expect(fromStart.events.map((event) => event.eventId)).toEqual([warning.id]);
    expect(afterWarning.events).toEqual([live.events[0]]);
    expect(afterBreach.events).toEqual([]);
  });

  it.each([
    [
      'a malformed resume point',
      { after: 'yesterday' },
      { code: 'BAD_USER_INPUT', field: 'after' },
      ['service:read'],
    ],
    [
      'an account id that is not a UUID',
      { filter: { accountId: 'acme' } },
      { code: 'BAD_USER_INPUT', field: 'filter.accountId' },
      ['service:read'],
    ],
    ['a caller without service:read', {}, { code: 'FORBIDDEN' }, ['sales:read']],
  ])('refuses a subscription with %s', async (_case, variables, extensions, scopes) => {
    const before = subgraph.events.subscriberCount;
    const refused = await subscribe('slaBreached', variables, scopes);

    expect(refused.errors()?.[0].extensions).toMatchObject(extensions);
    expect(refused.events).toEqual([]);
    expect(subgraph.events.subscriberCount).toBe(before);
  });
});
