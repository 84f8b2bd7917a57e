import { migrateAndSeed } from '../../scripts/seed-demo-data';
import { startGraphUnderTest, type GraphUnderTest } from '../support/graph-under-test';
import { testLogger } from '../support/silent-logger';

let graph: GraphUnderTest;

beforeAll(async () => {
  graph = await startGraphUnderTest();
  await migrateAndSeed(graph.database.url, testLogger);
  // The demo data has no scoring or assignment rules; a few let those lists have a second page.
  for (let n = 0; n < 5; n += 1) {
    await graph.query(
      `mutation ($input: CreateScoringRuleInput!) { createScoringRule(input: $input) { rule { id } } }`,
      { input: { name: `Rule ${n}`, kind: 'FIT', field: 'TITLE', value: `Title ${n}`, points: n } },
    );
    const team = await graph.query<{ createAssignmentTeam: { team: { id: string } } }>(
      `mutation ($input: CreateAssignmentTeamInput!) {
        createAssignmentTeam(input: $input) { team { id } }
      }`,
      { input: { name: `Team ${n}`, memberIds: [`owner-${n}`] } },
    );
    await graph.query(
      `mutation ($input: CreateAssignmentRuleInput!) {
        createAssignmentRule(input: $input) { rule { id } }
      }`,
      { input: { priority: n, teamId: team.data!.createAssignmentTeam.team.id } },
    );
  }
}, 120_000);

afterAll(async () => {
  await graph.close();
});

type Kind = 'text' | 'decimal' | 'date' | 'timestamp';

/** Every paged list of the graph with each order it offers, and what its cursor holds. */
const LISTS: { field: string; orderBy?: string; kind: Kind }[] = [
  { field: 'accounts', orderBy: 'NAME', kind: 'text' },
  { field: 'accounts', orderBy: 'CREATED_AT', kind: 'timestamp' },
  { field: 'contacts', orderBy: 'LAST_NAME', kind: 'text' },
  { field: 'contacts', orderBy: 'CREATED_AT', kind: 'timestamp' },
  { field: 'opportunities', orderBy: 'CLOSE_DATE', kind: 'date' },
  { field: 'opportunities', orderBy: 'AMOUNT', kind: 'decimal' },
  { field: 'opportunities', orderBy: 'CREATED_AT', kind: 'timestamp' },
  { field: 'opportunities', orderBy: 'NAME', kind: 'text' },
  { field: 'cases', orderBy: 'OPENED_AT', kind: 'timestamp' },
  { field: 'cases', orderBy: 'PRIORITY', kind: 'decimal' },
  { field: 'cases', orderBy: 'CREATED_AT', kind: 'timestamp' },
  { field: 'leads', orderBy: 'CREATED_AT', kind: 'timestamp' },
  { field: 'leads', orderBy: 'SCORE', kind: 'decimal' },
  { field: 'leads', orderBy: 'LAST_NAME', kind: 'text' },
  { field: 'campaigns', orderBy: 'NAME', kind: 'text' },
  { field: 'campaigns', orderBy: 'CREATED_AT', kind: 'timestamp' },
  { field: 'scoringRules', kind: 'timestamp' },
  { field: 'assignmentTeams', kind: 'text' },
  { field: 'assignmentRules', kind: 'decimal' },
];

const CASES = LISTS.map(
  (list) => [`${list.field} by ${list.orderBy ?? 'its one order'}`, list] as const,
);

const ID = '00000000-0000-0000-0000-000000000000';
const encode = (json: string): string => Buffer.from(json).toString('base64url');
const cursor = (value: unknown, id: unknown = ID): string => encode(JSON.stringify([value, id]));

/** Sort values PostgreSQL would refuse, or that are not of the list's kind, per kind. */
const FORGED_VALUES: Record<Kind, string[]> = {
  timestamp: [
    '0000-01-01T00:00:00Z',
    '0000-12-31T23:59:59.999Z',
    '2026-02-30T10:00:00Z',
    '2026-13-01T00:00:00Z',
    '2026-01-01T24:00:00Z',
    '2026-01-01T10:60:00Z',
    '2026-01-01T00:00:00+16:00',
    '2026-01-01',
    'NaN',
  ],
  date: ['0000-01-01', '2026-02-30', '2025-02-29', '2026-13-01', '2026-00-10', '10000-01-01'],
  decimal: ['NaN', 'Infinity', '1e400', '9'.repeat(400), '1.2.3', '-', '0x10', ''],
  text: ['Nul\u0000Co'],
};

/** Payloads no list ever returns, whatever its kind. */
const FORGED_PAYLOADS: string[] = [
  '',
  'not-a-cursor',
  encode('[1e400, "00000000-0000-0000-0000-000000000000"]'),
  encode('[NaN, "00000000-0000-0000-0000-000000000000"]'),
  encode(`${'['.repeat(5000)}${']'.repeat(5000)}`),
  encode('{"0": "a", "1": "00000000-0000-0000-0000-000000000000", "length": 2}'),
  cursor(12),
  cursor(Number.MAX_VALUE),
  cursor(null),
  cursor(true),
  cursor(['2026-01-01']),
  cursor({ value: '2026-01-01' }),
  cursor('2026-01-01', 'not-a-uuid'),
  cursor('2026-01-01', `${ID}\u0000`),
  cursor('2026-01-01', 42),
  encode(JSON.stringify(['2026-01-01'])),
  encode(JSON.stringify(['2026-01-01', ID, ID])),
  encode('null'),
];

function listQuery(field: string, orderBy: string | undefined, selection: string): string {
  const order = orderBy === undefined ? '' : `, orderBy: { field: ${orderBy} }`;

  return `query ($after: String, $first: Int) {
    ${field}(first: $first, after: $after${order}) { ${selection} }
  }`;
}

describe('a forged cursor', () => {
  it.each(CASES)(
    'is refused as BAD_USER_INPUT on after for %s, never as an internal error',
    async (_name, { field, orderBy, kind }) => {
      const forged = [...FORGED_VALUES[kind].map((value) => cursor(value)), ...FORGED_PAYLOADS];
      const query = listQuery(field, orderBy, 'totalCount');

      const results = [];
      for (const after of forged) {
        results.push(await graph.query(query, { after }));
      }

      const refusals = results.map((result, n) => ({
        cursor: Buffer.from(forged[n], 'base64url').toString('utf8').slice(0, 80),
        extensions: result.errors?.map(({ extensions }) => ({
          code: extensions?.code,
          field: extensions?.field,
        })),
      }));
      expect(refusals).toEqual(
        forged.map((after) => ({
          cursor: Buffer.from(after, 'base64url').toString('utf8').slice(0, 80),
          extensions: [{ code: 'BAD_USER_INPUT', field: 'after' }],
        })),
      );
    },
  );
});

describe('a cursor the list returned', () => {
  it.each(CASES)(
    'leads to the next page of %s, without repeating a row',
    async (_name, { field, orderBy }) => {
      const query = listQuery(
        field,
        orderBy,
        'edges { cursor node { id } } pageInfo { endCursor }',
      );
      type Page = Record<
        string,
        { edges: { node: { id: string } }[]; pageInfo: { endCursor: string | null } }
      >;

      const first = await graph.query<Page>(query, { first: 3 });
      const endCursor = first.data?.[field].pageInfo.endCursor ?? null;
      const second = await graph.query<Page>(query, { first: 3, after: endCursor });

      expect(first.errors).toBeUndefined();
      expect(second.errors).toBeUndefined();
      const seen = first.data![field].edges.map((edge) => edge.node.id);
      const next = second.data![field].edges.map((edge) => edge.node.id);
      expect(seen).toHaveLength(3);
      expect(next.length).toBeGreaterThan(0);
      expect(next.filter((id) => seen.includes(id))).toEqual([]);
    },
  );
});
