import { randomUUID } from 'node:crypto';
import { postGraphQL, querySubgraph } from '../../../test/support/graphql-client';
import { CREATE, salesOperations } from './support/sales-operations';
import { startSalesSubgraph } from '../sales-subgraph';
import { useSubgraphWithAccounts } from '../../../test/support/subgraph-under-test';

const underTest = useSubgraphWithAccounts(startSalesSubgraph);
const { opportunityCount } = salesOperations(underTest);

describe('Sales subgraph', () => {
  it('refuses a request that did not come through the gateway', async () => {
    const result = await postGraphQL(underTest.subgraph.url, '{ stages { name } }');

    expect(result.status).toBe(401);
    expect(result.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('refuses to read sales data without sales:read', async () => {
    const result = await querySubgraph(underTest.subgraph.url, '{ stages { name } }', {}, [
      'accounts:read',
    ]);

    expect(result.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', scope: 'sales:read' });
  });

  it('refuses to change sales data without sales:write and writes nothing', async () => {
    const before = await opportunityCount();

    const result = await querySubgraph(
      underTest.subgraph.url,
      CREATE,
      {
        input: {
          name: 'Sneaky',
          accountId: await underTest.accounts.sharedAccount(),
          closeDate: '2026-06-30',
        },
      },
      ['accounts:read', 'accounts:write', 'sales:read'],
    );

    expect(result.errors?.[0].extensions).toMatchObject({
      code: 'FORBIDDEN',
      scope: 'sales:write',
    });
    expect(await opportunityCount()).toBe(before);
  });

  it('refuses Account references without sales:read', async () => {
    const result = await querySubgraph(
      underTest.subgraph.url,
      `query ($representations: [_Any!]!) {
        _entities(representations: $representations) { ... on Account { openPipelineAmount } }
      }`,
      { representations: [{ __typename: 'Account', id: randomUUID() }] },
      ['accounts:read'],
    );

    expect(result.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', scope: 'sales:read' });
  });
});
