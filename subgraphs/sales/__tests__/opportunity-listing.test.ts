import { randomUUID } from 'node:crypto';
import { querySubgraph } from '../../../test/support/graphql-client';
import { salesOperations } from './support/sales-operations';
import { startSalesSubgraph } from '../sales-subgraph';
import { useSubgraphWithAccounts } from '../../../test/support/subgraph-under-test';

const underTest = useSubgraphWithAccounts(startSalesSubgraph);
const { create } = salesOperations(underTest);

describe('Sales subgraph', () => {
  it('filters, orders and pages through opportunities with cursors', async () => {
    const accountId = await underTest.accounts.createAccount();
    for (const [name, amount] of [
      ['Delta', '400.00'],
      ['Alpha', '100.00'],
      ['Charlie', '300.00'],
      ['Bravo', '200.00'],
    ]) {
      await create({ name, amount, accountId, ownerId: 'pager' });
    }
    const query = `query ($after: String, $filter: OpportunityFilter, $orderBy: OpportunityOrder) {
      opportunities(first: 3, after: $after, filter: $filter, orderBy: $orderBy) {
        edges { node { name amount } }
        pageInfo { hasNextPage endCursor }
        totalCount
      }
    }`;
    type Page = {
      opportunities: {
        edges: { node: { name: string; amount: string } }[];
        pageInfo: { hasNextPage: boolean; endCursor: string };
        totalCount: number;
      };
    };
    const variables = {
      filter: { accountId, ownerId: 'pager', stage: 'Prospecting', isClosed: false },
      orderBy: { field: 'AMOUNT', direction: 'DESC' },
    };

    const first = await querySubgraph<Page>(underTest.subgraph.url, query, variables);
    const second = await querySubgraph<Page>(underTest.subgraph.url, query, {
      ...variables,
      after: first.data!.opportunities.pageInfo.endCursor,
    });

    expect(first.data?.opportunities.totalCount).toBe(4);
    expect(first.data?.opportunities.edges.map((edge) => edge.node.name)).toEqual([
      'Delta',
      'Charlie',
      'Bravo',
    ]);
    expect(first.data?.opportunities.pageInfo.hasNextPage).toBe(true);
    expect(second.data?.opportunities.edges.map((edge) => edge.node.name)).toEqual(['Alpha']);
    expect(second.data?.opportunities.pageInfo.hasNextPage).toBe(false);
  });

  it('filters opportunities by close-date range and refuses a range that ends before it starts', async () => {
    const accountId = await underTest.accounts.createAccount();
    await create({ accountId, closeDate: '2026-01-10' });
    await create({ accountId, closeDate: '2026-02-10' });
    await create({ accountId, closeDate: '2026-03-10' });
    const query = `query ($filter: OpportunityFilter) {
      opportunities(filter: $filter, orderBy: { field: CLOSE_DATE }) { edges { node { closeDate } } }
    }`;

    const inRange = await querySubgraph<{
      opportunities: { edges: { node: { closeDate: string } }[] };
    }>(underTest.subgraph.url, query, {
      filter: { accountId, closeDateFrom: '2026-02-01', closeDateTo: '2026-03-10' },
    });
    const backwards = await querySubgraph(underTest.subgraph.url, query, {
      filter: { accountId, closeDateFrom: '2026-03-01', closeDateTo: '2026-02-01' },
    });

    expect(inRange.data?.opportunities.edges.map((edge) => edge.node.closeDate)).toEqual([
      '2026-02-10',
      '2026-03-10',
    ]);
    expect(backwards.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'filter.closeDateTo',
    });
  });

  it('refuses a forged cursor as bad input instead of a database error', async () => {
    const forged = Buffer.from(JSON.stringify(['A\u0000', randomUUID()])).toString('base64url');

    const result = await querySubgraph(
      underTest.subgraph.url,
      'query ($after: String) { opportunities(after: $after, orderBy: { field: NAME }) { totalCount } }',
      { after: forged },
    );

    expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
  });
});
