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

interface SlaEventData {
  eventId: string;
  kind: string;
  target: string;
  dueAt: string;
  secondsLate: number | null;
  case: { subject: string; account: { name: string } | null };
}

const SLA_FIELDS = `eventId kind target dueAt secondsLate case { subject account { name } }`;

async function open(field: 'slaWarning' | 'slaBreached') {
  const subscription = await subscribe<Record<string, SlaEventData>>(
    graph.gateway.url,
    `subscription { ${field}(filter: { priority: URGENT }) { ${SLA_FIELDS} } }`,
  );
  opened.push(subscription as TestSubscription<unknown>);

  return subscription;
}

async function openCase(subject: string): Promise<string> {
  const result = await graph.query<{ openCase: { case: { id: string } } }>(
    `mutation ($input: OpenCaseInput!) { openCase(input: $input) { case { id } } }`,
    { input: { subject, priority: 'URGENT', accountId } },
  );

  return result.data!.openCase.case.id;
}

describe('SLA events through the gateway', () => {
  it('warns once and reports one breach for a case left unresolved, and nothing for one resolved in time', async () => {
    const warnings = await open('slaWarning');
    const breaches = await open('slaBreached');
    const service = graph.subgraphs.service as StartedServiceSubgraph;
    await eventually(() => service.events.subscriberCount === 2, 10_000, 'upstream subscriptions');

    await openCase('Arc reactor overheating');
    const resolvedInTime = await openCase('Suit firmware question');
    await graph.query(
      `mutation ($input: ChangeCaseStatusInput!) { changeCaseStatus(input: $input) { userErrors { code } } }`,
      { input: { id: resolvedInTime, status: 'RESOLVED' } },
    );
    const [warning] = await warnings.waitFor(1, 10_000);
    const [breach] = await breaches.waitFor(1, 10_000);
    await new Promise((resolve) => setTimeout(resolve, 1500));

    expect(warnings.received).toHaveLength(1);
    expect(breaches.received).toHaveLength(1);
    expect(warning.data!.slaWarning).toMatchObject({
      kind: 'WARNING',
      target: 'RESOLUTION',
      case: { subject: 'Arc reactor overheating', account: { name: 'Stark Industries' } },
    });
    expect(breach.data!.slaBreached).toMatchObject({
      kind: 'BREACH',
      target: 'RESOLUTION',
      case: { subject: 'Arc reactor overheating', account: { name: 'Stark Industries' } },
    });
    expect(breach.data!.slaBreached.secondsLate).toBeGreaterThanOrEqual(0);
    expect(Date.parse(breach.data!.slaBreached.dueAt)).toBeLessThanOrEqual(Date.now());
  });
});
