import { querySubgraph } from '../../../test/support/graphql-client';
import { salesOperations, UPDATE, type Payload } from './support/sales-operations';
import { startSalesSubgraph } from '../sales-subgraph';
import { useSubgraphWithAccounts } from '../../../test/support/subgraph-under-test';

const underTest = useSubgraphWithAccounts(startSalesSubgraph);
const { create } = salesOperations(underTest);

describe('Sales subgraph', () => {
  it('creates an opportunity in Prospecting, in USD, owned by the caller unless told otherwise', async () => {
    const accountId = await underTest.accounts.createAccount();
    const opportunity = await create({ accountId, amount: '1250.5' });

    expect(opportunity).toMatchObject({
      amount: '1250.50',
      currency: 'USD',
      probability: 10,
      forecastCategory: 'PIPELINE',
      closeDate: '2026-06-30',
      ownerId: 'user-1',
      isClosed: false,
      closedAt: null,
      stage: { name: 'Prospecting' },
      account: { id: accountId },
    });
  });

  it('updates only the given fields and refuses to clear a required one', async () => {
    const { id } = await create({ amount: '100', currency: 'EUR' });

    const updated = await querySubgraph<{ updateOpportunity: Payload }>(
      underTest.subgraph.url,
      UPDATE,
      {
        input: { id, amount: '99.99', closeDate: '2027-01-15' },
      },
    );
    const cleared = await querySubgraph(underTest.subgraph.url, UPDATE, {
      input: { id, currency: null },
    });

    expect(updated.data?.updateOpportunity.opportunity).toMatchObject({
      amount: '99.99',
      currency: 'EUR',
      closeDate: '2027-01-15',
      name: 'Analytics rollout',
    });
    expect(cleared.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.currency',
    });
  });
});
