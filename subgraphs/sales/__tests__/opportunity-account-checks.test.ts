import { randomUUID } from 'node:crypto';
import { querySubgraph } from '../../../test/support/graphql-client';
import { useSubgraphWithAccounts } from '../../../test/support/subgraph-under-test';
import { startSalesSubgraph } from '../sales-subgraph';
import { salesOperations, UPDATE } from './support/sales-operations';

const underTest = useSubgraphWithAccounts(startSalesSubgraph);
const { tryCreate, create, update, opportunityCount } = salesOperations(underTest);

describe('Sales subgraph account checks', () => {
  it('refuses an opportunity for an account Accounts does not have and writes nothing', async () => {
    const accountId = randomUUID();
    const before = await opportunityCount();

    const [payload, requests] = await underTest.accounts.countRequests(() =>
      tryCreate({ accountId }),
    );

    expect(payload).toEqual({
      opportunity: null,
      userErrors: [
        {
          field: ['input', 'accountId'],
          message: `Account ${accountId} was not found`,
          code: 'NOT_FOUND',
        },
      ],
    });
    expect(requests).toBe(1);
    expect(await opportunityCount()).toBe(before);
  });

  it('creates an opportunity after one request to Accounts', async () => {
    const accountId = await underTest.accounts.createAccount();

    const [opportunity, requests] = await underTest.accounts.countRequests(() =>
      create({ accountId }),
    );

    expect(opportunity.account).toEqual({ id: accountId });
    expect(requests).toBe(1);
  });

  it('moves an opportunity to another account Accounts has', async () => {
    const { id } = await create({});
    const accountId = await underTest.accounts.createAccount('Next account');

    const moved = await update({ id, accountId });

    expect(moved).toMatchObject({
      opportunity: { id, account: { id: accountId } },
      userErrors: [],
    });
  });

  it('refuses to move an opportunity to an account Accounts does not have, leaving it as it was', async () => {
    const { id, account } = await create({});
    const unknownAccountId = randomUUID();

    const refused = await update({ id, accountId: unknownAccountId, name: 'Renamed' });
    const after = await querySubgraph<{ opportunity: { name: string; account: { id: string } } }>(
      underTest.subgraph.url,
      'query ($id: ID!) { opportunity(id: $id) { name account { id } } }',
      { id },
    );

    expect(refused).toEqual({
      opportunity: null,
      userErrors: [
        {
          field: ['input', 'accountId'],
          message: `Account ${unknownAccountId} was not found`,
          code: 'NOT_FOUND',
        },
      ],
    });
    expect(after.data?.opportunity).toEqual({ name: 'Analytics rollout', account });
  });

  it('leaves Accounts alone for an update that keeps the account, and refuses to clear it', async () => {
    const { id } = await create({});

    const [renamed, requests] = await underTest.accounts.countRequests(() =>
      update({ id, name: 'Renamed only' }),
    );
    const cleared = await querySubgraph(underTest.subgraph.url, UPDATE, {
      input: { id, accountId: null },
    });

    expect(renamed.userErrors).toEqual([]);
    expect(requests).toBe(0);
    expect(cleared.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.accountId',
    });
  });
});
