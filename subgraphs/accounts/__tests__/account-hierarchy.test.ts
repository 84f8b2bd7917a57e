import { Client } from 'pg';
import { querySubgraph } from '../../../test/support/graphql-client';
import { useSubgraphUnderTest } from '../../../test/support/subgraph-under-test';
import { startAccountsSubgraph } from '../accounts-subgraph';

const underTest = useSubgraphUnderTest(startAccountsSubgraph);

const CREATE = `mutation ($input: CreateAccountInput!) {
  createAccount(input: $input) { account { id } }
}`;
const UPDATE = `mutation ($input: UpdateAccountInput!) {
  updateAccount(input: $input) { account { id parent { id } } userErrors { field code } }
}`;

interface UpdateResult {
  updateAccount: {
    account: { id: string; parent: { id: string } | null } | null;
    userErrors: { field: string[]; code: string }[];
  } | null;
}

async function createAccounts(count: number): Promise<string[]> {
  const ids: string[] = [];
  for (let n = 0; n < count; n += 1) {
    const result = await querySubgraph<{ createAccount: { account: { id: string } } }>(
      underTest.subgraph.url,
      CREATE,
      { input: { name: `Hierarchy ${n}` } },
    );
    ids.push(result.data!.createAccount.account.id);
  }

  return ids;
}

function moveUnder(id: string, parentId: string) {
  return querySubgraph<UpdateResult>(underTest.subgraph.url, UPDATE, { input: { id, parentId } });
}

/** Accounts that are their own ancestor, read straight from the table. */
async function accountsInCycles(): Promise<string[]> {
  const client = new Client({ connectionString: underTest.database.url });
  await client.connect();
  try {
    const rows = await client.query<{ id: string }>(
      `WITH RECURSIVE ancestry(start_id, ancestor_id, depth) AS (
         SELECT id, parent_id, 1 FROM accounts.account WHERE parent_id IS NOT NULL
         UNION ALL
         SELECT a.start_id, p.parent_id, a.depth + 1
           FROM ancestry a JOIN accounts.account p ON p.id = a.ancestor_id
          WHERE p.parent_id IS NOT NULL AND a.depth < 100
       )
       SELECT DISTINCT start_id AS id FROM ancestry WHERE ancestor_id = start_id`,
    );

    return rows.rows.map((row) => row.id);
  } finally {
    await client.end();
  }
}

describe('account hierarchy under concurrent moves', () => {
  it('lets one of two opposite moves through and refuses the other as HIERARCHY_CYCLE, for 25 pairs at once', async () => {
    const ids = await createAccounts(50);
    const pairs = Array.from({ length: 25 }, (_, n) => [ids[2 * n], ids[2 * n + 1]]);

    const results = await Promise.all(
      pairs.map(([a, b]) => Promise.all([moveUnder(a, b), moveUnder(b, a)])),
    );

    for (const pair of results) {
      expect(pair.flatMap((result) => result.errors ?? [])).toEqual([]);
      const payloads = pair.map((result) => result.data!.updateAccount!);
      const moved = payloads.filter((payload) => payload.account !== null);
      const refused = payloads.filter((payload) => payload.account === null);
      expect(moved).toHaveLength(1);
      expect(refused.map((payload) => payload.userErrors)).toEqual([
        [{ field: ['input', 'parentId'], code: 'HIERARCHY_CYCLE' }],
      ]);
    }
    expect(await accountsInCycles()).toEqual([]);
  });

  it('never stores a cycle when every account of a ring moves under the next at once', async () => {
    const ids = await createAccounts(12);
    const rings = [ids.slice(0, 3), ids.slice(3, 7), ids.slice(7, 12)];

    const results = await Promise.all(
      rings.map((ring) =>
        Promise.all(ring.map((id, n) => moveUnder(id, ring[(n + 1) % ring.length]))),
      ),
    );

    for (const ring of results) {
      expect(ring.flatMap((result) => result.errors ?? [])).toEqual([]);
      const codes = ring.flatMap((result) =>
        result.data!.updateAccount!.userErrors.map((error) => error.code),
      );
      expect(codes).toEqual(['HIERARCHY_CYCLE']);
    }
    expect(await accountsInCycles()).toEqual([]);
  });

  it('still refuses a move below a descendant made by an earlier, committed move', async () => {
    const [top, middle, bottom] = await createAccounts(3);
    await moveUnder(middle, top);
    await moveUnder(bottom, middle);

    const result = await moveUnder(top, bottom);

    expect(result.data?.updateAccount).toEqual({
      account: null,
      userErrors: [{ field: ['input', 'parentId'], code: 'HIERARCHY_CYCLE' }],
    });
  });
});
