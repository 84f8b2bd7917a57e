import { randomUUID } from 'node:crypto';
import { startServiceSubgraph } from '../service-subgraph';
import type { StartedSubgraph } from '../../../platform/graphql/subgraph-startup';
import { querySubgraph, type GraphQLResponse } from '../../../test/support/graphql-client';
import { useSubgraphWithAccounts } from '../../../test/support/subgraph-under-test';

const underTest = useSubgraphWithAccounts(startServiceSubgraph);
let subgraph: StartedSubgraph;
let accountIds: string[];
const PRIORITIES = ['LOW', 'MEDIUM', 'HIGH', 'URGENT'];

const OPEN = `mutation ($input: OpenCaseInput!) { openCase(input: $input) { case { id } } }`;
const CHANGE_STATUS = `mutation ($input: ChangeCaseStatusInput!) {
  changeCaseStatus(input: $input) { userErrors { code } }
}`;
const ACCOUNT_CASES = `query ($representations: [_Any!]!) {
  _entities(representations: $representations) {
    ... on Account {
      id
      openCaseCount
      cases { totalCount edges { node { id status } } }
      closed: cases(filter: { status: CLOSED }) { edges { node { id status } } }
      all: cases(filter: { status: ALL }) { edges { node { id openedAt } } }
    }
  }
}`;

interface AccountCases {
  id: string;
  openCaseCount: number;
  cases: { totalCount: number; edges: { node: { id: string; status: string } }[] };
  closed: { edges: { node: { id: string; status: string } }[] };
  all: { edges: { node: { id: string; openedAt: string } }[] };
}

async function open(input: Record<string, unknown>): Promise<string> {
  const result = await querySubgraph<{ openCase: { case: { id: string } } }>(subgraph.url, OPEN, {
    input: { subject: 'Order delayed', ...input },
  });

  return result.data!.openCase.case.id;
}

async function changeStatus(id: string, status: string): Promise<void> {
  const result = await querySubgraph(subgraph.url, CHANGE_STATUS, { input: { id, status } });
  expect(result.data).toEqual({ changeCaseStatus: { userErrors: [] } });
}

function representations(ids: string[]) {
  return ids.map((id) => ({ __typename: 'Account', id }));
}

/** Account n of 30 has n % 3 + 1 open cases and, when n is even, one closed case. */
beforeAll(async () => {
  subgraph = underTest.subgraph;
  accountIds = await underTest.accounts.createAccounts(30);
  for (const [n, accountId] of accountIds.entries()) {
    for (let c = 0; c <= n % 3; c += 1) {
      await open({ accountId, priority: PRIORITIES[(n + c) % 4], ownerId: `owner-${n % 2}` });
    }
    if (n % 2 === 0) {
      await changeStatus(await open({ accountId, priority: 'LOW' }), 'CLOSED');
    }
  }
});

describe('Service subgraph case lists', () => {
  it('lists the cases and open case count of each account, whatever status is asked', async () => {
    const result = await querySubgraph<{ _entities: AccountCases[] }>(subgraph.url, ACCOUNT_CASES, {
      representations: representations(accountIds.slice(0, 3)),
    });

    expect(result.errors).toBeUndefined();
    const [first, second, third] = result.data!._entities;
    expect(first.id).toBe(accountIds[0]);
    expect([first.openCaseCount, second.openCaseCount, third.openCaseCount]).toEqual([1, 2, 3]);
    expect(first.cases.edges).toHaveLength(1);
    expect(third.cases.totalCount).toBe(3);
    expect(first.closed.edges).toEqual([{ node: { id: expect.any(String), status: 'CLOSED' } }]);
    expect(second.closed.edges).toEqual([]);
    expect(third.all.edges).toHaveLength(4);
    const openedAt = third.all.edges.map((edge) => edge.node.openedAt);
    expect(openedAt).toEqual([...openedAt].sort().reverse());
  });

  it('answers an account without cases with an empty list and a count of zero', async () => {
    const accountId = await underTest.accounts.createAccount('No cases yet');

    const result = await querySubgraph<{ _entities: AccountCases[] }>(subgraph.url, ACCOUNT_CASES, {
      representations: representations([accountId]),
    });

    expect(result.data?._entities[0]).toMatchObject({
      openCaseCount: 0,
      cases: { totalCount: 0, edges: [] },
      closed: { edges: [] },
      all: { edges: [] },
    });
  });

  it('loads the cases of 30 accounts in as many SQL statements as those of 3', async () => {
    const before3 = subgraph.queries.requestCount;
    const three = await querySubgraph(subgraph.url, ACCOUNT_CASES, {
      representations: representations(accountIds.slice(0, 3)),
    });
    const for3 = subgraph.queries.requestCount - before3;
    const before30 = subgraph.queries.requestCount;
    const thirty = await querySubgraph<{ _entities: AccountCases[] }>(subgraph.url, ACCOUNT_CASES, {
      representations: representations(accountIds),
    });
    const for30 = subgraph.queries.requestCount - before30;

    expect(three.errors).toBeUndefined();
    expect(thirty.errors).toBeUndefined();
    expect(thirty.data?._entities).toHaveLength(30);
    expect(for30).toBe(for3);
    // A page statement per list asked for, one count, and the open case count.
    expect(for3).toBe(5);
  });

  it('refuses an account representation whose id is not a UUID as bad input', async () => {
    const result = await querySubgraph(subgraph.url, ACCOUNT_CASES, {
      representations: [{ __typename: 'Account', id: 'acme' }],
    });

    expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(JSON.stringify(result)).not.toMatch(/invalid input syntax|SELECT/i);
  });

  it('filters cases by account, statuses, priority, owner and openness', async () => {
    const count = async (filter: string): Promise<number> => {
      const result = await querySubgraph<{ cases: { totalCount: number } }>(
        subgraph.url,
        `{ cases(filter: ${filter}) { totalCount } }`,
      );
      expect(result.errors).toBeUndefined();

      return result.data!.cases.totalCount;
    };

    expect(await count(`{ accountId: "${accountIds[2]}" }`)).toBe(4);
    expect(await count('{ status: [CLOSED] }')).toBe(15);
    expect(await count('{ status: [NEW, CLOSED] }')).toBe(75);
    expect(await count('{ status: [] }')).toBe(0);
    expect(await count('{ isOpen: true }')).toBe(60);
    expect(await count('{ isOpen: false }')).toBe(15);
    expect(await count('{ isOpen: true, status: [CLOSED] }')).toBe(0);
    expect(await count('{ ownerId: "owner-1" }')).toBe(30);
    expect(await count(`{ accountId: "${accountIds[0]}", priority: LOW }`)).toBe(2);
  });

  it('pages through cases from the most urgent down without skipping or repeating one', async () => {
    const seen: { id: string; priority: string }[] = [];
    let after: string | null = null;
    for (let page = 0; page < 20; page += 1) {
      const result: GraphQLResponse<CasePage> = await querySubgraph<CasePage>(
        subgraph.url,
        `query ($after: String) {
          cases(first: 7, after: $after, orderBy: { field: PRIORITY, direction: DESC }) {
            edges { node { id priority } }
            pageInfo { hasNextPage endCursor }
          }
        }`,
        { after },
      );
      expect(result.errors).toBeUndefined();
      seen.push(...result.data!.cases.edges.map((edge) => edge.node));
      if (!result.data!.cases.pageInfo.hasNextPage) {
        break;
      }
      after = result.data!.cases.pageInfo.endCursor;
    }

    expect(seen).toHaveLength(75);
    expect(new Set(seen.map((node) => node.id)).size).toBe(75);
    const ranks = seen.map((node) => PRIORITIES.indexOf(node.priority));
    expect(ranks).toEqual([...ranks].sort((a, b) => b - a));
  });

  it('refuses a forged priority cursor as BAD_USER_INPUT, without a database error', async () => {
    const forged = Buffer.from(
      JSON.stringify(['99999999999999999999.99999999999999999999', randomUUID()]),
    ).toString('base64url');
    const result = await querySubgraph<{ cases: { edges: unknown[] } }>(
      subgraph.url,
      `query ($after: String) {
        cases(first: 5, after: $after, orderBy: { field: PRIORITY, direction: DESC }) { edges { cursor } }
      }`,
      { after: forged },
    );

    expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
  });

  it('lists the most recently opened cases first by default', async () => {
    const result = await querySubgraph<{ cases: { edges: { node: { openedAt: string } }[] } }>(
      subgraph.url,
      '{ cases(first: 10) { edges { node { openedAt } } } }',
    );
    const openedAt = result.data!.cases.edges.map((edge) => edge.node.openedAt);

    expect(openedAt).toEqual([...openedAt].sort().reverse());
  });
});

interface CasePage {
  cases: {
    edges: { node: { id: string; priority: string } }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
}
