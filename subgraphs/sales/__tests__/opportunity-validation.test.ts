import { randomUUID } from 'node:crypto';
import { querySubgraph } from '../../../test/support/graphql-client';
import { CHANGE_STAGE, CREATE, salesOperations } from './support/sales-operations';
import { startSalesSubgraph } from '../sales-subgraph';
import { useSubgraphWithAccounts } from '../../../test/support/subgraph-under-test';

const underTest = useSubgraphWithAccounts(startSalesSubgraph);
const { opportunityCount } = salesOperations(underTest);
const validInput = async () => ({
  name: 'Bad deal',
  accountId: await underTest.accounts.sharedAccount(),
  closeDate: '2026-06-30',
});

describe('Sales subgraph', () => {
  it.each([
    ['a negative amount', { amount: '-5' }, 'input.amount'],
    ['an amount with three decimal places', { amount: '1.005' }, 'input.amount'],
    ['a currency that is not three upper-case letters', { currency: 'usd' }, 'input.currency'],
    ['a close date PostgreSQL cannot store', { closeDate: '0000-01-01' }, 'input.closeDate'],
    ['a malformed account id', { accountId: 'acme' }, 'input.accountId'],
    ['a malformed campaign id', { campaignId: '12345' }, 'input.campaignId'],
    ['a probability above 100', { probability: 101 }, 'input.probability'],
    ['a name with a NUL character', { name: 'Deal\u0000' }, 'input.name'],
  ])('refuses %s as bad input naming the field and writes nothing', async (_case, input, field) => {
    const before = await opportunityCount();

    const result = await querySubgraph(underTest.subgraph.url, CREATE, {
      input: { ...(await validInput()), ...input },
    });

    expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(JSON.stringify(result)).not.toMatch(/invalid input syntax|out of range|SELECT/i);
    expect(await opportunityCount()).toBe(before);
  });

  it('refuses a calendar day that does not exist as bad input and writes nothing', async () => {
    const before = await opportunityCount();

    const result = await querySubgraph(underTest.subgraph.url, CREATE, {
      input: { ...(await validInput()), closeDate: '2026-02-30' },
    });

    expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0].message).toMatch(/input\.closeDate|closeDate/);
    expect(await opportunityCount()).toBe(before);
  });

  it('refuses a malformed opportunity id in a stage change before touching the database', async () => {
    const result = await querySubgraph(underTest.subgraph.url, CHANGE_STAGE, {
      input: { id: 'not-a-uuid', stage: 'Closed Won' },
    });

    expect(result.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.id',
    });
  });

  it('reports NOT_FOUND for an opportunity id nobody has', async () => {
    const id = randomUUID();

    const query = await querySubgraph(
      underTest.subgraph.url,
      'query ($id: ID!) { opportunity(id: $id) { id } }',
      {
        id,
      },
    );
    const mutation = await querySubgraph(underTest.subgraph.url, CHANGE_STAGE, {
      input: { id, stage: 'Qualification' },
    });

    expect(query.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', field: 'id' });
    expect(mutation.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', field: 'input.id' });
  });
});
