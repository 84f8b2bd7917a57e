import { querySubgraph } from '../../../test/support/graphql-client';
import { createTestDatabase, type TestDatabase } from '../../../test/support/test-database';
import type { StartedServiceSubgraph } from '../service-subgraph';
import {
  changeStatus,
  holdLock,
  openCase,
  pause,
  ServiceTables,
  setPolicy,
  SLA_TARGET_FIELDS,
  startService,
  waitUntil,
  type HeldLock,
  type SlaTargetResult,
} from './sla-under-test';

let database: TestDatabase;
let subgraph: StartedServiceSubgraph;
let tables: ServiceTables;
const held: HeldLock[] = [];

/** HIGH cases: the resolution target is due 3 s after opening and warned 1 s before. */
const RESOLUTION_MS = 3000;
const MONITOR = 'crm-service-sla-monitor';

beforeAll(async () => {
  database = await createTestDatabase();
  subgraph = await startService(database);
  tables = await ServiceTables.connect(database);
  await setPolicy(subgraph, 'HIGH', 600, RESOLUTION_MS / 1000, 1);
});

afterEach(async () => {
  await Promise.all(held.splice(0).map((lock) => lock.release()));
});

afterAll(async () => {
  await tables.close();
  await subgraph.close();
  await database.drop();
});

async function hold(statement: string): Promise<HeldLock> {
  const lock = await holdLock(database, statement);
  held.push(lock);

  return lock;
}

async function readCase(
  id: string,
): Promise<{ resolvedAt: string; slaTargets: SlaTargetResult[] }> {
  const result = await querySubgraph<{
    case: { resolvedAt: string; slaTargets: SlaTargetResult[] };
  }>(
    subgraph.url,
    `query ($id: ID!) { case(id: $id) { resolvedAt slaTargets { ${SLA_TARGET_FIELDS} } } }`,
    { id },
  );
  expect(result.errors).toBeUndefined();

  return result.data!.case;
}

async function breachesOf(targetId: string) {
  return (await tables.slaEvents()).filter(
    (event) => event.targetId === targetId && event.kind === 'BREACH',
  );
}

describe('case changes racing the SLA monitor', () => {
  it('never reports a target met in time once its breach was recorded, however late the resolution commits', async () => {
    const opened = await openCase(subgraph, { priority: 'HIGH' });
    const dueAt = Date.parse(opened.slaTargets[1].dueAt);
    // Lets the resolution read and lock what it needs but not write the case until released.
    const caseWrites = await hold('LOCK TABLE service.support_case IN SHARE MODE');

    const resolving = changeStatus(subgraph, opened.id, 'RESOLVED');
    await waitUntil(
      () => tables.lockWaits(),
      (waits) => waits.some((wait) => /^UPDATE "service"."support_case"/.test(wait.query)),
      5000,
      'the resolution to wait for its case write',
    );
    expect(await tables.databaseNow()).toBeLessThan(dueAt);
    await waitUntil(
      () => tables.databaseNow(),
      (now) => now > dueAt + 1000,
      RESOLUTION_MS + 5000,
      'the monitor to have had four chances at the breach',
    );
    await caseWrites.release();
    await resolving;
    await pause(750);

    const [, resolution] = await tables.targets([opened.id]);
    const metLate = resolution.metLagMs! > 0;
    const resolved = await readCase(opened.id);
    expect(await breachesOf(resolution.id)).toHaveLength(metLate ? 1 : 0);
    expect(resolution.breachedAt === null).toBe(!metLate);
    expect(resolved.slaTargets[1]).toMatchObject({
      metAt: resolved.resolvedAt,
      status: metLate ? 'BREACHED' : 'MET',
    });
  });

  it('meets a target late, after its breach, when the resolution waits for the monitor to record that breach', async () => {
    const opened = await openCase(subgraph, { priority: 'HIGH' });
    const [, target] = await tables.targets([opened.id]);
    await waitUntil(
      () => tables.slaEvents(),
      (events) => events.some((event) => event.targetId === target.id),
      RESOLUTION_MS + 5000,
      'the warning',
    );
    // The monitor claims the breach, then waits here to record its event, holding the target.
    const outbox = await hold(`SELECT pg_advisory_xact_lock(hashtext('service.outbox'))`);
    await waitUntil(
      () => tables.lockWaits(),
      (waits) => waits.some((wait) => wait.applicationName === MONITOR),
      RESOLUTION_MS + 5000,
      'the monitor to claim the breach',
    );

    const resolving = changeStatus(subgraph, opened.id, 'RESOLVED');
    await waitUntil(
      () => tables.lockWaits(),
      (waits) => waits.some((wait) => wait.applicationName !== MONITOR),
      5000,
      'the resolution to wait for the claimed target',
    );
    await outbox.release();
    await resolving;
    await pause(750);

    const [, resolution] = await tables.targets([opened.id]);
    const breaches = await breachesOf(resolution.id);
    const resolved = await readCase(opened.id);
    expect(breaches).toEqual([expect.objectContaining({ metAt: null })]);
    expect(resolution.breachLagMs).toBeGreaterThanOrEqual(0);
    expect(resolution.metAt!.getTime()).toBeGreaterThan(resolution.breachedAt!.getTime());
    expect(resolved.slaTargets[1]).toMatchObject({
      metAt: resolved.resolvedAt,
      breachedAt: resolution.breachedAt!.toISOString(),
      status: 'BREACHED',
    });
  });
});
