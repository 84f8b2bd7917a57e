import { querySubgraph } from '../../../test/support/graphql-client';
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

  it('counts a target met late while no monitor ran as late as its meeting, not its report', async () => {
    const filter = { ownerId: 'outage-owner' };
    const [metLate, neverMet] = await withService(database, 3_600_000, async (idle) => {
      await setPolicy(idle, 'LOW', 2, 3, 1);
      const first = await openCase(idle, { priority: 'LOW', ...filter });
      const second = await openCase(idle, { priority: 'LOW', ...filter });
      const resolutionDue = Date.parse(first.slaTargets[1].dueAt);
      await waitUntil(
        () => tables.databaseNow(),
        (now) => now > resolutionDue + 1200,
        5000,
        'the resolution to be more than a second late',
      );
      await changeStatus(idle, first.id, 'RESOLVED');
      const resolvedAt = await tables.databaseNow();
      await waitUntil(
        () => tables.databaseNow(),
        (now) => now > resolvedAt + 2000,
        5000,
        'two more seconds without a monitor',
      );

      return [first.id, second.id];
    });

    await withService(database, undefined, async (monitored) => {
      const breaches = await subscribeSla(monitored, 'slaBreached', { filter, after: '0' });
      await waitUntil(
        () => breaches.events.length,
        (count) => count >= 4,
        5000,
        'the four breaches',
      );
      await breaches.close();
      const targets = await tables.targets([metLate, neverMet]);
      const secondsLate = breaches.events.map((event) => {
        const target = targets.find(
          (row) => row.caseId === event.case.id && row.target === event.target,
        )!;
        const reportedLateMs = Date.parse(event.occurredAt) - target.dueAt.getTime();

        return {
          caseId: event.case.id,
          target: event.target,
          secondsLate: event.secondsLate,
          expected: Math.floor((target.metLagMs ?? reportedLateMs) / 1000),
        };
      });

      expect(secondsLate.map((event) => event.secondsLate)).toEqual(
        secondsLate.map((event) => event.expected),
      );
      const ofCase = (caseId: string) =>
        secondsLate
          .filter((event) => event.caseId === caseId)
          .map((event) => [event.target, event.secondsLate]);
      expect(ofCase(metLate)).toEqual([
        ['FIRST_RESPONSE', 2],
        ['RESOLUTION', 1],
      ]);
      // The unmet targets are late until their report, at least two seconds after the meeting.
      const [unmetFirstResponse, unmetResolution] = ofCase(neverMet);
      expect(unmetFirstResponse[1]).toBeGreaterThanOrEqual(4);
      expect(unmetResolution[1]).toBeGreaterThanOrEqual(3);
    });
  });

  it('keeps the due time of a target already past due when the priority changes before the breach is recorded', async () => {
    const opened = await withService(database, 3_600_000, async (idle) => {
      await setPolicy(idle, 'LOW', 2, 3, 1);
      const low = await openCase(idle, { priority: 'LOW' });
      const firstResponseDue = Date.parse(low.slaTargets[0].dueAt);
      await waitUntil(
        () => tables.databaseNow(),
        (now) => now > firstResponseDue + 100,
        5000,
        'the first-response due time',
      );
      // MEDIUM's default policy would move both due times hours away.
      const result = await querySubgraph(
        idle.url,
        `mutation ($input: UpdateCaseInput!) { updateCase(input: $input) { userErrors { code } } }`,
        { input: { id: low.id, priority: 'MEDIUM' } },
      );
      expect(result.errors).toBeUndefined();

      return low;
    });

    await withService(database, undefined, async () => {
      const [firstResponse, resolution] = await waitUntil(
        () => tables.targets([opened.id]),
        (rows) => rows[0].breachedAt !== null,
        5000,
        'the first-response breach',
      );
      await pause(300);
      const breaches = (await tables.slaEvents()).filter(
        (event) => event.caseId === opened.id && event.kind === 'BREACH',
      );

      expect(firstResponse.dueAt.toISOString()).toBe(opened.slaTargets[0].dueAt);
      expect(resolution.dueAt.getTime()).toBe(Date.parse(opened.openedAt) + 24 * 60 * 60 * 1000);
      expect(breaches.map((event) => event.targetId)).toEqual([firstResponse.id]);
    });
  });
});
