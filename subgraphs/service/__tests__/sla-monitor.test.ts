import { createTestDatabase, type TestDatabase } from '../../../test/support/test-database';
import type { StartedServiceSubgraph } from '../service-subgraph';
import {
  changeStatus,
  openCase,
  pause,
  pollUntil,
  ServiceTables,
  setPolicy,
  startService,
  withService,
  subscribeSla,
  waitUntil,
  type RecordedSubscription,
} from './sla-under-test';

describe('SLA monitor with two Service instances on one database', () => {
  let database: TestDatabase;
  let tables: ServiceTables;
  let first: StartedServiceSubgraph;
  let second: StartedServiceSubgraph;
  const subscriptions: RecordedSubscription[] = [];

  beforeAll(async () => {
    database = await createTestDatabase();
    // A short interval makes the two monitors race for the same targets as often as possible.
    [first, second] = await Promise.all([startService(database, 20), startService(database, 20)]);
    tables = await ServiceTables.connect(database);
    await setPolicy(first, 'MEDIUM', 2, 3, 1);
  });

  afterAll(async () => {
    await Promise.all(subscriptions.map((subscription) => subscription.close()));
    await tables.close();
    await Promise.all([first.close(), second.close()]);
    await database.drop();
  });

  it('records each warning and each breach exactly once, within 1.5 s of the due time', async () => {
    const filter = { ownerId: 'shared-owner' };
    for (const instance of [first, second]) {
      subscriptions.push(await subscribeSla(instance, 'slaWarning', { filter }));
      subscriptions.push(await subscribeSla(instance, 'slaBreached', { filter }));
    }
    const caseIds: string[] = [];
    for (let n = 0; n < 20; n += 1) {
      const instance = n % 2 === 0 ? first : second;
      caseIds.push((await openCase(instance, { priority: 'MEDIUM', ownerId: 'shared-owner' })).id);
    }

    const targets = await waitUntil(
      () => tables.targets(caseIds),
      (rows) => rows.every((row) => row.breachedAt !== null),
      15_000,
      'every target to be breached',
    );
    await pause(500);
    const events = (await tables.slaEvents()).filter((event) => caseIds.includes(event.caseId));

    expect(targets).toHaveLength(40);
    for (const kind of ['WARNING', 'BREACH']) {
      const ofKind = events.filter((event) => event.kind === kind);
      expect(ofKind).toHaveLength(40);
      expect(new Set(ofKind.map((event) => event.targetId)).size).toBe(40);
    }
    for (const target of targets) {
      expect(target.warnedAt).not.toBeNull();
      expect(target.breachLagMs).toBeGreaterThanOrEqual(0);
      expect(target.breachLagMs).toBeLessThan(1500);
      expect(
        events.find((event) => event.targetId === target.id && event.kind === 'BREACH'),
      ).toMatchObject({ target: target.target, dueAt: target.dueAt.toISOString() });
    }
    const recorded = new Set(events.map((event) => event.id));
    await pollUntil(
      () => subscriptions.reduce((sum, subscription) => sum + subscription.events.length, 0),
      (count) => count >= 160,
      3000,
    );
    for (const subscription of subscriptions) {
      const ids = subscription.events.map((event) => event.eventId);
      expect(new Set(ids).size).toBe(ids.length);
      expect(ids.every((id) => recorded.has(id))).toBe(true);
    }
  });

  it('replays every SLA event, in order, to a subscriber resuming from the start', async () => {
    const warnings = (await tables.slaEvents())
      .filter((event) => event.kind === 'WARNING')
      .map((event) => event.id);
    expect(warnings.length).toBeGreaterThan(10);
    for (const instance of [first, second]) {
      const replayed = await subscribeSla(instance, 'slaWarning', { after: '0' });
      subscriptions.push(replayed);
      await pollUntil(
        () => replayed.events.length,
        (count) => count >= warnings.length,
        3000,
      );

      expect(replayed.events.map((event) => event.eventId)).toEqual(warnings);
    }
  });
});

describe('SLA monitor catching up', () => {
  let database: TestDatabase;
  let tables: ServiceTables;

  beforeAll(async () => {
    database = await createTestDatabase();
    tables = await ServiceTables.connect(database);
  });

  afterAll(async () => {
    await tables.close();
    await database.drop();
  });

  it('reports only breaches for targets that passed their due time while no monitor ran', async () => {
    // This instance checks once at start and then not again for the length of the test.
    const [metLate, neverMet] = await withService(database, 3_600_000, async (idle) => {
      await setPolicy(idle, 'LOW', 2, 3, 1);
      const first = await openCase(idle, { priority: 'LOW' });
      const second = await openCase(idle, { priority: 'LOW' });
      const lastDue = Date.parse(second.slaTargets[1].dueAt);
      await waitUntil(
        () => Date.now(),
        (now) => now > lastDue + 100,
        5000,
        'the due times',
      );
      await changeStatus(idle, first.id, 'RESOLVED');

      return [first.id, second.id];
    });
    expect(await tables.slaEvents()).toEqual([]);

    await withService(database, undefined, async () => {
      const targets = await waitUntil(
        () => tables.targets([metLate, neverMet]),
        (rows) => rows.every((row) => row.breachedAt !== null),
        5000,
        'every target to be breached',
      );
      await pause(500);
      const events = await tables.slaEvents();

      expect(targets.every((row) => row.warnedAt === null)).toBe(true);
      expect(targets.map((row) => [row.caseId, row.metAt !== null])).toEqual([
        [metLate, true],
        [metLate, true],
        [neverMet, false],
        [neverMet, false],
      ]);
      expect(events.map((event) => event.kind)).toEqual(['BREACH', 'BREACH', 'BREACH', 'BREACH']);
      expect(new Set(events.map((event) => event.targetId))).toEqual(
        new Set(targets.map((row) => row.id)),
      );
    });
  });
});
