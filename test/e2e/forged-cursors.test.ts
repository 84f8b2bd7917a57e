import { migrateAndSeed } from '../../scripts/seed-demo-data';
import {
  CONVERT_LEAD,
  captureLeads,
  createCampaign,
  leadInput,
  qualifiedLead,
} from '../../subgraphs/marketing/__tests__/lead-operations';
import { startGraphUnderTest, type GraphUnderTest } from '../support/graph-under-test';
import { testLogger } from '../support/silent-logger';

let graph: GraphUnderTest;
/** The parent of each nested list: a record with at least four rows in that list. */
const parentIds: Record<Parent, string> = { campaign: '', account: '' };

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
  // Demo campaigns have no members and demo accounts no conversions: one of each that has.
  parentIds.campaign = await createCampaign(graph.query, { name: 'Paged', channel: 'WEB' });
  await captureLeads(
    graph.query,
    [0, 1, 2, 3].map((n) =>
      leadInput(`member${n}@example.com`, { campaignId: parentIds.campaign }),
    ),
  );
  const account = await graph.query<{ createAccount: { account: { id: string } } }>(
    'mutation { createAccount(input: { name: "Converted Leads Ltd" }) { account { id } } }',
  );
  parentIds.account = account.data!.createAccount.account.id;
  for (let n = 0; n < 4; n += 1) {
    const leadId = await qualifiedLead(graph.query, `converted${n}@example.com`);
    await graph.query(CONVERT_LEAD, {
      input: { leadId, accountId: parentIds.account, createOpportunity: false },
    });
  }
}, 120_000);

afterAll(async () => {
  await graph.close();
});

type Kind = 'text' | 'decimal' | 'date' | 'timestamp';
/** A type whose field is a paged list, read through the root field of the same name. */
type Parent = 'campaign' | 'account';

interface List {
  field: string;
  orderBy?: string;
  kind: Kind;
  /** For a list nested in another type: that type. */
  parent?: Parent;
}

/** Every paged list of the graph with each order it offers, and what its cursor holds. */
const LISTS: List[] = [
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
  { field: 'members', kind: 'timestamp', parent: 'campaign' },
  { field: 'convertedLeads', kind: 'timestamp', parent: 'account' },
];

const CASES = LISTS.map(
  (list) =>
    [
      `${list.parent === undefined ? '' : `${list.parent}.`}${list.field} by ${
        list.orderBy ?? 'its one order'
      }`,
      list,
    ] as const,
);

const ID = '00000000-0000-0000-0000-000000000000';
const encode = (json: string): string => Buffer.from(json).toString('base64url');
const cursor = (value: unknown, id: unknown = ID): string => encode(JSON.stringify([value, id]));

/** Sort values PostgreSQL would refuse, or that are not of the list's kind, per kind. */
const FORGED_VALUES: Record<Kind, string[]> = {
  timestamp: [
    // In the shape of a real timestamp cursor, to the microsecond.
    '0000-01-01T00:00:00.000000Z',
    '2026-02-30T10:00:00.000000Z',
    '2026-01-01T24:00:00.000000Z',
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

function listQuery({ field, orderBy, parent }: List, selection: string): string {
  const order = orderBy === undefined ? '' : `, orderBy: { field: ${orderBy} }`;
  const list = `${field}(first: $first, after: $after${order}) { ${selection} }`;

  return parent === undefined
    ? `query ($after: String, $first: Int) { ${list} }`
    : `query ($after: String, $first: Int, $parentId: ID!) { ${parent}(id: $parentId) { ${list} } }`;
}

/** Sends a list query, with the id of the list's parent when it is nested. */
function queryList<T>(list: List, query: string, variables: Record<string, unknown>) {
  return graph.query<T>(query, {
    ...variables,
    ...(list.parent === undefined ? {} : { parentId: parentIds[list.parent] }),
  });
}

describe('a forged cursor', () => {
  it.each(CASES)(
    'is refused as BAD_USER_INPUT on after for %s, never as an internal error',
    async (_name, list) => {
      const forged = [
        ...FORGED_VALUES[list.kind].map((value) => cursor(value)),
        ...FORGED_PAYLOADS,
      ];
      const query = listQuery(list, 'totalCount');

      const results = [];
      for (const after of forged) {
        results.push(await queryList(list, query, { after }));
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
  it.each(CASES)('leads to the next page of %s, without repeating a row', async (_name, list) => {
    const query = listQuery(list, 'edges { cursor node { id } } pageInfo { endCursor }');
    type Page = { edges: { node: { id: string } }[]; pageInfo: { endCursor: string | null } };
    type Result = Record<string, Page | Record<string, Page>>;
    const pageOf = (data: Result | null | undefined): Page | undefined => {
      const holder = list.parent === undefined ? data : data?.[list.parent];

      return (holder as Record<string, Page> | undefined)?.[list.field];
    };

    const first = await queryList<Result>(list, query, { first: 3 });
    const endCursor = pageOf(first.data)?.pageInfo.endCursor ?? null;
    const second = await queryList<Result>(list, query, { first: 3, after: endCursor });

    expect(first.errors).toBeUndefined();
    expect(second.errors).toBeUndefined();
    const seen = pageOf(first.data)!.edges.map((edge) => edge.node.id);
    const next = pageOf(second.data)!.edges.map((edge) => edge.node.id);
    expect(seen).toHaveLength(3);
    expect(next.length).toBeGreaterThan(0);
    expect(next.filter((id) => seen.includes(id))).toEqual([]);
  });
});
