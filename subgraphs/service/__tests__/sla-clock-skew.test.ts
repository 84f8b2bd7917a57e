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
  type SlaTargetResult,
} from './sla-under-test';

/*
 * The Service subgraph runs in this process, so faking Date here moves its clock away from the
 * database's, as a Service host with a drifting clock would. Only Date is faked: timers, and so
 * the SLA monitor's schedule, keep real time.
 */
function fakeDateOnly(now: number): void {
  jest.useFakeTimers({
    now,
    advanceTimers: true,
    doNotFake: [
      'hrtime',
      'nextTick',
      'performance',
      'queueMicrotask',
      'requestAnimationFrame',
      'cancelAnimationFrame',
      'requestIdleCallback',
      'cancelIdleCallback',
      'setImmediate',
      'clearImmediate',
      'setInterval',
      'clearInterval',
      'setTimeout',
      'clearTimeout',
    ],
  });
}

/** LOW cases: first response due 2 s after opening, resolution 3 s, each warned 1 s before. */
const FIRST_RESPONSE_MS = 2000;
const RESOLUTION_MS = 3000;

let database: TestDatabase;
let subgraph: StartedServiceSubgraph;
let tables: ServiceTables;

beforeAll(async () => {
  database = await createTestDatabase();
  subgraph = await startService(database);
  tables = await ServiceTables.connect(database);
  await setPolicy(subgraph, 'LOW', FIRST_RESPONSE_MS / 1000, RESOLUTION_MS / 1000, 1);
});

afterEach(() => {
  jest.useRealTimers();
});

afterAll(async () => {
  await tables.close();
  await subgraph.close();
  await database.drop();
});

async function slaTargets(id: string): Promise<SlaTargetResult[]> {
  const result = await querySubgraph<{ case: { slaTargets: SlaTargetResult[] } }>(
    subgraph.url,
    `query ($id: ID!) { case(id: $id) { slaTargets { ${SLA_TARGET_FIELDS} } } }`,
    { id },
  );
  expect(result.errors).toBeUndefined();

  return result.data!.case.slaTargets;
}

/** Runs `change` and returns the database clock just before and just after it, in ms. */
async function betweenDatabaseClock(
  change: () => Promise<unknown>,
): Promise<{ from: number; to: number }> {
  const from = await tables.databaseNow();
  await change();
  // A reading is rounded up to the millisecond, so it may pass `to` by less than one.
  const to = (await tables.databaseNow()) + 1;

  return { from, to };
}

function expectWithin(instant: string | null, range: { from: number; to: number }): void {
  expect(instant).not.toBeNull();
  expect(Date.parse(instant!)).toBeGreaterThanOrEqual(Math.floor(range.from));
  expect(Date.parse(instant!)).toBeLessThanOrEqual(range.to);
}

describe.each([
  ['a minute behind', -60_000],
  ['a minute ahead of', 60_000],
])('SLA times with the Service clock %s the database clock', (_skew, skewMs) => {
  it('opens, meets, warns and breaches by the database clock alone', async () => {
    fakeDateOnly(Date.now() + skewMs);
    const ownerId = `skewed-${skewMs}`;
    const warnings = await subscribeSla(subgraph, 'slaWarning', { filter: { ownerId } });
    const breaches = await subscribeSla(subgraph, 'slaBreached', { filter: { ownerId } });
    let opened = { id: '', openedAt: '' };
    const opening = await betweenDatabaseClock(async () => {
      opened = await openCase(subgraph, { priority: 'LOW', ownerId });
    });
    const responding = await betweenDatabaseClock(() =>
      querySubgraph(
        subgraph.url,
        `mutation ($input: RespondToCaseInput!) { respondToCase(input: $input) { userErrors { code } } }`,
        { input: { id: opened.id } },
      ),
    );
    const responded = await slaTargets(opened.id);

    expectWithin(opened.openedAt, opening);
    expect(responded).toEqual([
      expect.objectContaining({
        kind: 'FIRST_RESPONSE',
        dueAt: new Date(Date.parse(opened.openedAt) + FIRST_RESPONSE_MS).toISOString(),
        status: 'MET',
      }),
      expect.objectContaining({
        kind: 'RESOLUTION',
        dueAt: new Date(Date.parse(opened.openedAt) + RESOLUTION_MS).toISOString(),
        metAt: null,
        status: 'PENDING',
      }),
    ]);
    expectWithin(responded[0].metAt, responding);

    await waitUntil(
      () => breaches.events.length,
      (count) => count > 0,
      RESOLUTION_MS + 5000,
      'the breach of the resolution target',
    );
    const resolving = await betweenDatabaseClock(() =>
      changeStatus(subgraph, opened.id, 'RESOLVED'),
    );
    await pause(500);
    await Promise.all([warnings.close(), breaches.close()]);
    const [firstResponse, resolution] = await tables.targets([opened.id]);
    const resolved = await slaTargets(opened.id);

    const dueAt = Date.parse(responded[1].dueAt);
    expect(warnings.events).toEqual([
      expect.objectContaining({ target: 'RESOLUTION', dueAt: responded[1].dueAt }),
    ]);
    const warnedAt = Date.parse(warnings.events[0].occurredAt);
    expect(warnedAt).toBeGreaterThanOrEqual(Date.parse(responded[1].warnAt));
    expect(warnings.events[0].secondsLeft).toBe(Math.floor((dueAt - warnedAt) / 1000));
    expect(breaches.events).toEqual([
      expect.objectContaining({ target: 'RESOLUTION', dueAt: responded[1].dueAt }),
    ]);
    const breachedAt = Date.parse(breaches.events[0].occurredAt);
    expect(breaches.events[0].secondsLate).toBe(Math.floor((breachedAt - dueAt) / 1000));
    expect(resolution.breachLagMs).toBeGreaterThanOrEqual(0);
    expect(resolution.breachLagMs).toBeLessThan(1500);
    expect(firstResponse).toMatchObject({ breachedAt: null });
    expect(firstResponse.metLagMs).toBeLessThanOrEqual(0);
    expect(resolution.metLagMs).toBeGreaterThan(0);
    expectWithin(resolved[1].metAt, resolving);
    expect(resolved.map((target) => target.status)).toEqual(['MET', 'BREACHED']);
  });
});
