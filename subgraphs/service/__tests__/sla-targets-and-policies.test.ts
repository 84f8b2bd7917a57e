import { querySubgraph } from '../../../test/support/graphql-client';
import { createTestDatabase, type TestDatabase } from '../../../test/support/test-database';
import type { StartedServiceSubgraph } from '../service-subgraph';
import {
  changeStatus,
  openCase,
  SLA_TARGET_FIELDS,
  startService,
  UPDATE_POLICY,
  type SlaTargetResult,
} from './sla-under-test';

let database: TestDatabase;
let subgraph: StartedServiceSubgraph;

beforeAll(async () => {
  database = await createTestDatabase();
  subgraph = await startService(database);
});

afterAll(async () => {
  await subgraph.close();
  await database.drop();
});

const HOUR_MS = 60 * 60 * 1000;
const MINUTE_MS = 60 * 1000;

interface PolicyResult {
  priority: string;
  firstResponseSeconds: number;
  resolutionSeconds: number;
  warningSeconds: number;
}

interface CaseWithTargets {
  id: string;
  openedAt: string;
  firstRespondedAt: string | null;
  resolvedAt: string | null;
  closedAt: string | null;
  slaTargets: SlaTargetResult[];
}

const CASE_WITH_TARGETS = `id openedAt firstRespondedAt resolvedAt closedAt
  slaTargets { ${SLA_TARGET_FIELDS} }`;

async function readCase(id: string): Promise<CaseWithTargets> {
  const result = await querySubgraph<{ case: CaseWithTargets }>(
    subgraph.url,
    `query ($id: ID!) { case(id: $id) { ${CASE_WITH_TARGETS} } }`,
    { id },
  );
  expect(result.errors).toBeUndefined();

  return result.data!.case;
}

async function mutate(mutation: string, input: Record<string, unknown>): Promise<void> {
  const result = await querySubgraph<Record<string, { userErrors: unknown[] }>>(
    subgraph.url,
    `mutation ($input: ${mutation[0].toUpperCase()}${mutation.slice(1)}Input!) {
      ${mutation}(input: $input) { userErrors { code message } }
    }`,
    { input },
  );
  expect(result.errors).toBeUndefined();
  expect(result.data![mutation].userErrors).toEqual([]);
}

async function policies(): Promise<PolicyResult[]> {
  const result = await querySubgraph<{ slaPolicies: PolicyResult[] }>(
    subgraph.url,
    `{ slaPolicies { priority firstResponseSeconds resolutionSeconds warningSeconds } }`,
    {},
    ['service:read'],
  );
  expect(result.errors).toBeUndefined();

  return result.data!.slaPolicies;
}

function after(instant: string, ms: number): string {
  return new Date(new Date(instant).getTime() + ms).toISOString();
}

describe('SLA policies', () => {
  it('starts with a policy for every priority, from LOW to URGENT', async () => {
    expect(await policies()).toEqual([
      {
        priority: 'LOW',
        firstResponseSeconds: 28800,
        resolutionSeconds: 259200,
        warningSeconds: 5760,
      },
      {
        priority: 'MEDIUM',
        firstResponseSeconds: 14400,
        resolutionSeconds: 86400,
        warningSeconds: 2880,
      },
      {
        priority: 'HIGH',
        firstResponseSeconds: 3600,
        resolutionSeconds: 28800,
        warningSeconds: 720,
      },
      {
        priority: 'URGENT',
        firstResponseSeconds: 900,
        resolutionSeconds: 14400,
        warningSeconds: 180,
      },
    ]);
  });

  it.each([
    ['a zero first-response target', { firstResponseSeconds: 0 }, 'input.firstResponseSeconds'],
    ['a negative resolution target', { resolutionSeconds: -60 }, 'input.resolutionSeconds'],
    ['a zero warning', { warningSeconds: 0 }, 'input.warningSeconds'],
    ['a target longer than a year', { resolutionSeconds: 366 * 86400 }, 'input.resolutionSeconds'],
    [
      'a warning as long as the first-response target',
      { warningSeconds: 600 },
      'input.warningSeconds',
    ],
    [
      'a warning longer than the resolution target',
      { firstResponseSeconds: 7200, resolutionSeconds: 3000, warningSeconds: 3600 },
      'input.warningSeconds',
    ],
  ])(
    'refuses %s as bad input naming the field and changes nothing',
    async (_case, change, field) => {
      const before = await policies();
      const result = await querySubgraph(subgraph.url, UPDATE_POLICY, {
        input: {
          priority: 'LOW',
          firstResponseSeconds: 600,
          resolutionSeconds: 3600,
          warningSeconds: 60,
          ...change,
        },
      });

      expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
      expect(result.data?.updateSlaPolicy ?? null).toBeNull();
      expect(await policies()).toEqual(before);
    },
  );

  it('refuses a policy change without service:write', async () => {
    const result = await querySubgraph(
      subgraph.url,
      UPDATE_POLICY,
      {
        input: {
          priority: 'LOW',
          firstResponseSeconds: 600,
          resolutionSeconds: 3600,
          warningSeconds: 60,
        },
      },
      ['service:read'],
    );

    expect(result.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN' });
  });

  it('applies a new policy to cases opened afterwards and leaves running targets alone', async () => {
    const earlier = await openCase(subgraph, { priority: 'MEDIUM' });
    const result = await querySubgraph<{
      updateSlaPolicy: { policy: PolicyResult; userErrors: unknown[] };
    }>(subgraph.url, UPDATE_POLICY, {
      input: {
        priority: 'MEDIUM',
        firstResponseSeconds: 1800,
        resolutionSeconds: 7200,
        warningSeconds: 300,
      },
    });
    const later = await openCase(subgraph, { priority: 'MEDIUM' });

    expect(result.errors).toBeUndefined();
    expect(result.data!.updateSlaPolicy).toEqual({
      policy: expect.objectContaining({
        priority: 'MEDIUM',
        firstResponseSeconds: 1800,
        resolutionSeconds: 7200,
        warningSeconds: 300,
      }),
      userErrors: [],
    });
    expect((await policies())[1]).toMatchObject({ priority: 'MEDIUM', resolutionSeconds: 7200 });
    expect(earlier.slaTargets.map((target) => target.dueAt)).toEqual([
      after(earlier.openedAt, 4 * HOUR_MS),
      after(earlier.openedAt, 24 * HOUR_MS),
    ]);
    expect((await readCase(earlier.id)).slaTargets).toEqual(earlier.slaTargets);
    expect(later.slaTargets.map((target) => target.dueAt)).toEqual([
      after(later.openedAt, 30 * MINUTE_MS),
      after(later.openedAt, 2 * HOUR_MS),
    ]);
  });
});

describe('SLA targets of a case', () => {
  it('starts a first-response and a resolution target from the policy when a case opens', async () => {
    const opened = await openCase(subgraph, { priority: 'URGENT' });

    expect(opened.slaTargets).toEqual([
      {
        kind: 'FIRST_RESPONSE',
        dueAt: after(opened.openedAt, 15 * MINUTE_MS),
        warnAt: after(opened.openedAt, 12 * MINUTE_MS),
        metAt: null,
        warnedAt: null,
        breachedAt: null,
        status: 'PENDING',
      },
      {
        kind: 'RESOLUTION',
        dueAt: after(opened.openedAt, 4 * HOUR_MS),
        warnAt: after(opened.openedAt, 4 * HOUR_MS - 3 * MINUTE_MS),
        metAt: null,
        warnedAt: null,
        breachedAt: null,
        status: 'PENDING',
      },
    ]);
  });

  it('meets the first-response target on respondToCase', async () => {
    const opened = await openCase(subgraph, { priority: 'HIGH' });
    await mutate('respondToCase', { id: opened.id });
    const responded = await readCase(opened.id);

    expect(responded.slaTargets).toEqual([
      expect.objectContaining({
        kind: 'FIRST_RESPONSE',
        metAt: responded.firstRespondedAt,
        status: 'MET',
      }),
      expect.objectContaining({ kind: 'RESOLUTION', metAt: null, status: 'PENDING' }),
    ]);
  });

  it('meets the first-response target on the first move out of NEW', async () => {
    const opened = await openCase(subgraph, { priority: 'HIGH' });
    await changeStatus(subgraph, opened.id, 'WORKING');
    const working = await readCase(opened.id);

    expect(working.slaTargets.map((target) => [target.kind, target.status])).toEqual([
      ['FIRST_RESPONSE', 'MET'],
      ['RESOLUTION', 'PENDING'],
    ]);
    expect(working.slaTargets[0].metAt).toBe(working.firstRespondedAt);
  });

  it('meets both targets when a NEW case is closed straight away', async () => {
    const opened = await openCase(subgraph, { priority: 'LOW' });
    await changeStatus(subgraph, opened.id, 'CLOSED');
    const closed = await readCase(opened.id);

    expect(closed.slaTargets).toEqual([
      expect.objectContaining({ kind: 'FIRST_RESPONSE', metAt: closed.closedAt, status: 'MET' }),
      expect.objectContaining({ kind: 'RESOLUTION', metAt: closed.closedAt, status: 'MET' }),
    ]);
  });

  it('meets the resolution target on resolving and starts a new one on reopening', async () => {
    const opened = await openCase(subgraph, { priority: 'HIGH' });
    await changeStatus(subgraph, opened.id, 'RESOLVED');
    const resolved = await readCase(opened.id);
    await changeStatus(subgraph, opened.id, 'CLOSED');
    await changeStatus(subgraph, opened.id, 'WORKING');
    const reopened = await readCase(opened.id);
    const [firstResponse, firstResolution, secondResolution] = reopened.slaTargets;

    expect(resolved.slaTargets[1]).toMatchObject({
      kind: 'RESOLUTION',
      metAt: resolved.resolvedAt,
      status: 'MET',
    });
    expect(reopened.slaTargets).toHaveLength(3);
    expect(firstResponse).toMatchObject({ kind: 'FIRST_RESPONSE', status: 'MET' });
    expect(firstResolution).toEqual(resolved.slaTargets[1]);
    expect(secondResolution).toMatchObject({ kind: 'RESOLUTION', metAt: null, status: 'PENDING' });
    const restartedAt = new Date(secondResolution.dueAt).getTime() - 8 * HOUR_MS;
    expect(restartedAt).toBeGreaterThan(new Date(resolved.resolvedAt!).getTime());
    expect(new Date(secondResolution.warnAt).getTime()).toBe(
      new Date(secondResolution.dueAt).getTime() - 12 * MINUTE_MS,
    );

    await changeStatus(subgraph, opened.id, 'RESOLVED');
    const resolvedAgain = await readCase(opened.id);
    expect(resolvedAgain.slaTargets[2]).toMatchObject({
      metAt: resolvedAgain.resolvedAt,
      status: 'MET',
    });
  });

  it('recomputes the running targets from the opening time when the priority changes', async () => {
    const opened = await openCase(subgraph, { priority: 'LOW' });
    await mutate('respondToCase', { id: opened.id });
    await mutate('updateCase', { id: opened.id, priority: 'URGENT' });
    const raised = await readCase(opened.id);

    expect(raised.slaTargets).toEqual([
      expect.objectContaining({
        kind: 'FIRST_RESPONSE',
        dueAt: after(opened.openedAt, 8 * HOUR_MS),
        status: 'MET',
      }),
      expect.objectContaining({
        kind: 'RESOLUTION',
        dueAt: after(opened.openedAt, 4 * HOUR_MS),
        warnAt: after(opened.openedAt, 4 * HOUR_MS - 3 * MINUTE_MS),
        status: 'PENDING',
      }),
    ]);
  });

  it('leaves the targets alone when a change of a closed case is refused', async () => {
    const opened = await openCase(subgraph, { priority: 'LOW' });
    await changeStatus(subgraph, opened.id, 'CLOSED');
    const result = await querySubgraph<{ updateCase: { userErrors: { code: string }[] } }>(
      subgraph.url,
      `mutation ($input: UpdateCaseInput!) { updateCase(input: $input) { userErrors { code } } }`,
      { input: { id: opened.id, priority: 'URGENT' } },
    );

    expect(result.data!.updateCase.userErrors).toEqual([{ code: 'INVALID' }]);
    expect((await readCase(opened.id)).slaTargets.map((target) => target.dueAt)).toEqual([
      after(opened.openedAt, 8 * HOUR_MS),
      after(opened.openedAt, 72 * HOUR_MS),
    ]);
  });

  it('loads the targets of 30 cases in as many SQL statements as those of 3', async () => {
    for (let n = 0; n < 30; n += 1) {
      await openCase(subgraph, { priority: 'MEDIUM', ownerId: 'batch-owner' });
    }
    const statementsFor = async (first: number) => {
      const before = subgraph.queries.requestCount;
      const result = await querySubgraph<{
        cases: { edges: { node: { slaTargets: unknown[] } }[] };
      }>(
        subgraph.url,
        `query ($first: Int!) {
          cases(first: $first, filter: { ownerId: "batch-owner" }) {
            edges { node { slaTargets { kind status } } }
          }
        }`,
        { first },
      );
      expect(result.errors).toBeUndefined();
      expect(result.data!.cases.edges.every(({ node }) => node.slaTargets.length === 2)).toBe(true);

      return subgraph.queries.requestCount - before;
    };

    expect(await statementsFor(30)).toBe(await statementsFor(3));
  });
});
