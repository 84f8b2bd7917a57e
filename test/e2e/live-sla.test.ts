import type { StartedServiceSubgraph } from '../../subgraphs/service/service-subgraph';
import { startGraphUnderTest, type GraphUnderTest } from '../support/graph-under-test';
import { eventually, subscribe, type TestSubscription } from '../support/subscription-client';

let graph: GraphUnderTest;
let accountId: string;
const opened: TestSubscription<unknown>[] = [];

beforeAll(async () => {
  graph = await startGraphUnderTest();
  const account = await graph.query<{ createAccount: { account: { id: string } } }>(
    `mutation { createAccount(input: { name: "Stark Industries" }) { account { id } } }`,
  );
  accountId = account.data!.createAccount.account.id;
  const policy = await graph.query(
    `mutation {
      updateSlaPolicy(input: {
        priority: URGENT, firstResponseSeconds: 600, resolutionSeconds: 3, warningSeconds: 2
      }) { userErrors { code } }
    }`,
  );
  expect(policy.errors).toBeUndefined();
});

afterAll(async () => {
  await Promise.all(opened.map((subscription) => subscription.close()));
  await graph.close();
});

/** The URGENT policy set above: resolution due 3 s after opening, warned 2 s before. */
const RESOLUTION_MS = 3000;
const WARNING_MS = 2000;

interface SlaEventData {
  eventId: string;
  kind: string;
  occurredAt: string;
  target: string;
  dueAt: string;
  secondsLate: number | null;
  secondsLeft: number | null;
  case: { subject: string; account: { name: string } | null };
}

interface SlaTargetData {
  kind: string;
  dueAt: string;
  warnAt: string;
  metAt: string | null;
  breachedAt: string | null;
  status: string;
}

interface OpenedCase {
  id: string;
  openedAt: string;
  slaTargets: SlaTargetData[];
}

const SLA_FIELDS = `eventId kind occurredAt target dueAt secondsLate secondsLeft
  case { subject account { name } }`;
const TARGET_FIELDS = `kind dueAt warnAt metAt breachedAt status`;

async function open(field: 'slaWarning' | 'slaBreached') {
  const subscription = await subscribe<Record<string, SlaEventData>>(
    graph.gateway.url,
    `subscription { ${field}(filter: { priority: URGENT }) { ${SLA_FIELDS} } }`,
  );
  opened.push(subscription as TestSubscription<unknown>);

  return subscription;
}

async function openCase(subject: string): Promise<OpenedCase> {
  const result = await graph.query<{ openCase: { case: OpenedCase } }>(
    `mutation ($input: OpenCaseInput!) {
      openCase(input: $input) { case { id openedAt slaTargets { ${TARGET_FIELDS} } } }
    }`,
    { input: { subject, priority: 'URGENT', accountId } },
  );

  return result.data!.openCase.case;
}

async function resolutionTarget(caseId: string): Promise<SlaTargetData> {
  const result = await graph.query<{ case: { slaTargets: SlaTargetData[] } }>(
    `query ($id: ID!) { case(id: $id) { slaTargets { ${TARGET_FIELDS} } } }`,
    { id: caseId },
  );
  expect(result.errors).toBeUndefined();

  return result.data!.case.slaTargets.find((target) => target.kind === 'RESOLUTION')!;
}

/** Resolves with the first result and the moment this process saw it, polling every 5 ms. */
async function firstArrival(
  subscription: TestSubscription<Record<string, SlaEventData>>,
  timeoutMs: number,
): Promise<{ event: SlaEventData; arrivedAt: number }> {
  const deadline = Date.now() + timeoutMs;
  while (subscription.received.length === 0) {
    if (Date.now() > deadline) {
      throw new Error(`no event within ${timeoutMs} ms`);
    }
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  const arrivedAt = Date.now();
  const [result] = subscription.received;
  expect(result.errors).toBeUndefined();

  return { event: Object.values(result.data!)[0], arrivedAt };
}

describe('SLA events through the gateway', () => {
  it('warns once and reports one breach for a case left unresolved, and nothing for one resolved in time', async () => {
    const warnings = await open('slaWarning');
    const breaches = await open('slaBreached');
    const service = graph.subgraphs.service as StartedServiceSubgraph;
    await eventually(() => service.events.subscriberCount === 2, 10_000, 'upstream subscriptions');

    const unresolved = await openCase('Arc reactor overheating');
    const resolvedInTime = await openCase('Suit firmware question');
    await graph.query(
      `mutation ($input: ChangeCaseStatusInput!) { changeCaseStatus(input: $input) { userErrors { code } } }`,
      { input: { id: resolvedInTime.id, status: 'RESOLVED' } },
    );
    const { event: warning } = await firstArrival(warnings, 10_000);
    const { event: breach, arrivedAt: breachArrivedAt } = await firstArrival(breaches, 10_000);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    const target = await resolutionTarget(unresolved.id);
    const dueAt = Date.parse(target.dueAt);

    expect(warnings.received).toHaveLength(1);
    expect(breaches.received).toHaveLength(1);
    expect(target).toMatchObject({
      dueAt: new Date(Date.parse(unresolved.openedAt) + RESOLUTION_MS).toISOString(),
      warnAt: new Date(Date.parse(unresolved.openedAt) + RESOLUTION_MS - WARNING_MS).toISOString(),
      metAt: null,
      status: 'BREACHED',
    });
    expect(warning).toMatchObject({
      kind: 'WARNING',
      target: 'RESOLUTION',
      dueAt: target.dueAt,
      secondsLate: null,
      case: { subject: 'Arc reactor overheating', account: { name: 'Stark Industries' } },
    });
    const warnedAfterMs = Date.parse(warning.occurredAt) - Date.parse(target.warnAt);
    expect(warnedAfterMs).toBeGreaterThanOrEqual(0);
    expect(warnedAfterMs).toBeLessThan(1500);
    expect(warning.secondsLeft).toBe(Math.floor((dueAt - Date.parse(warning.occurredAt)) / 1000));
    expect(breach).toMatchObject({
      kind: 'BREACH',
      target: 'RESOLUTION',
      dueAt: target.dueAt,
      secondsLeft: null,
      case: { subject: 'Arc reactor overheating', account: { name: 'Stark Industries' } },
    });
    // The monitor checks four times a second: the breach is recorded, and reaches this client
    // through the gateway, well within 1.5 s of the due time, so it is less than 2 s late.
    const breachedAfterMs = Date.parse(breach.occurredAt) - dueAt;
    expect(breachedAfterMs).toBeGreaterThanOrEqual(0);
    expect(breachedAfterMs).toBeLessThan(1500);
    expect(breachArrivedAt - dueAt).toBeGreaterThanOrEqual(0);
    expect(breachArrivedAt - dueAt).toBeLessThan(1500);
    expect(breach.secondsLate).toBe(Math.floor(breachedAfterMs / 1000));
    expect(Date.parse(target.breachedAt!)).toBeLessThanOrEqual(Date.parse(breach.occurredAt));
    expect(await resolutionTarget(resolvedInTime.id)).toMatchObject({
      breachedAt: null,
      status: 'MET',
    });
  });
});
