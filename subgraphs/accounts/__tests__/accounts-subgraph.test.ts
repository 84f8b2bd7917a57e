import { useSubgraphUnderTest } from '../../../test/support/subgraph-under-test';
import { startAccountsSubgraph } from '../accounts-subgraph';
import { postGraphQL, querySubgraph } from '../../../test/support/graphql-client';

const underTest = useSubgraphUnderTest(startAccountsSubgraph);

const CREATE = `mutation ($input: CreateAccountInput!) {
  createAccount(input: $input) {
    account { id name annualRevenue tier parent { id } }
    userErrors { field message code }
  }
}`;

describe('Accounts subgraph', () => {
  it('creates an account with an exact annual revenue', async () => {
    const result = await querySubgraph(underTest.subgraph.url, CREATE, {
      input: { name: 'Globex', annualRevenue: '1234567890123.45', tier: 'ENTERPRISE' },
    });

    expect(result.errors).toBeUndefined();
    expect(result.data).toMatchObject({
      createAccount: {
        account: { name: 'Globex', annualRevenue: '1234567890123.45', tier: 'ENTERPRISE' },
        userErrors: [],
      },
    });
  });

  it('refuses a request that did not come through the gateway', async () => {
    const result = await postGraphQL(underTest.subgraph.url, '{ accounts { totalCount } }');

    expect(result.status).toBe(401);
    expect(result.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('refuses a negative revenue with the offending field and writes nothing', async () => {
    const before = await querySubgraph<{ accounts: { totalCount: number } }>(
      underTest.subgraph.url,
      '{ accounts { totalCount } }',
    );
    const result = await querySubgraph(underTest.subgraph.url, CREATE, {
      input: { name: 'Initech', annualRevenue: '-5' },
    });
    const after = await querySubgraph<{ accounts: { totalCount: number } }>(
      underTest.subgraph.url,
      '{ accounts { totalCount } }',
    );

    expect(result.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.annualRevenue',
    });
    expect(after.data?.accounts.totalCount).toBe(before.data?.accounts.totalCount);
  });

  it('masks a malformed id as bad input instead of a database error', async () => {
    const result = await querySubgraph(underTest.subgraph.url, '{ account(id: "nope") { id } }');

    expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
    expect(JSON.stringify(result)).not.toMatch(/invalid input syntax|SELECT|stacktrace/i);
  });

  it('refuses to move an account below its own descendant', async () => {
    const parent = await querySubgraph<{ createAccount: { account: { id: string } } }>(
      underTest.subgraph.url,
      CREATE,
      { input: { name: 'Parent Co' } },
    );
    const parentId = parent.data!.createAccount.account.id;
    const child = await querySubgraph<{ createAccount: { account: { id: string } } }>(
      underTest.subgraph.url,
      CREATE,
      { input: { name: 'Child Co', parentId } },
    );
    const result = await querySubgraph(
      underTest.subgraph.url,
      `mutation ($input: UpdateAccountInput!) {
        updateAccount(input: $input) { account { id } userErrors { field code } }
      }`,
      { input: { id: parentId, parentId: child.data!.createAccount.account.id } },
    );

    expect(result.data).toEqual({
      updateAccount: {
        account: null,
        userErrors: [{ field: ['input', 'parentId'], code: 'HIERARCHY_CYCLE' }],
      },
    });
  });
});
