import { querySubgraph } from '../../../test/support/graphql-client';
import { salesOperations } from './support/sales-operations';
import { startSalesSubgraph } from '../sales-subgraph';
import { useSubgraphWithAccounts } from '../../../test/support/subgraph-under-test';

const underTest = useSubgraphWithAccounts(startSalesSubgraph);
const { create, changeStage } = salesOperations(underTest);

describe('Sales subgraph', () => {
  it('resolves opportunities and open pipeline of Account references in the same number of statements for 3 or 30 accounts', async () => {
    const accountIds = await underTest.accounts.createAccounts(30);
    for (const [index, accountId] of accountIds.entries()) {
      await create({ accountId, amount: '10.50', closeDate: '2026-05-01' });
      if (index % 2 === 0) {
        const closed = await create({ accountId, amount: '7.25', closeDate: '2026-04-01' });
        await changeStage({ id: closed.id, stage: 'Closed Lost' });
      }
    }
    const query = `query ($representations: [_Any!]!) {
      _entities(representations: $representations) {
        ... on Account {
          id
          openPipelineAmount
          all: opportunities { totalCount edges { node { amount stage { name } } } }
          open: opportunities(filter: { status: OPEN }) { edges { node { amount } } }
          closed: opportunities(filter: { status: CLOSED }) { edges { node { amount } } }
        }
      }
    }`;
    type Page<T> = { edges: { node: T }[] };
    type Entities = {
      _entities: {
        id: string;
        openPipelineAmount: string;
        all: Page<{ amount: string; stage: { name: string } }> & { totalCount: number };
        open: Page<{ amount: string }>;
        closed: Page<{ amount: string }>;
      }[];
    };
    const resolve = async (ids: string[]) => {
      const before = underTest.subgraph.queries.requestCount;
      const result = await querySubgraph<Entities>(underTest.subgraph.url, query, {
        representations: ids.map((id) => ({ __typename: 'Account', id })),
      });
      expect(result.errors).toBeUndefined();

      return {
        entities: result.data!._entities,
        statements: underTest.subgraph.queries.requestCount - before,
      };
    };

    const three = await resolve(accountIds.slice(0, 3));
    const thirty = await resolve(accountIds);

    expect(three.entities[0]).toEqual({
      id: accountIds[0],
      openPipelineAmount: '10.50',
      all: {
        totalCount: 2,
        edges: [
          { node: { amount: '7.25', stage: { name: 'Closed Lost' } } },
          { node: { amount: '10.50', stage: { name: 'Prospecting' } } },
        ],
      },
      open: { edges: [{ node: { amount: '10.50' } }] },
      closed: { edges: [{ node: { amount: '7.25' } }] },
    });
    expect(three.entities[1].closed).toEqual({ edges: [] });
    expect(thirty.entities).toHaveLength(30);
    // A page statement per list asked for, one count, the stages and the open pipeline.
    expect(three.statements).toBe(6);
    expect(thirty.statements).toBe(three.statements);
  });

  it('answers an Account with no opportunities with an empty list and a zero pipeline', async () => {
    const accountId = await underTest.accounts.createAccount('No deals yet');

    const result = await querySubgraph<{
      _entities: { opportunities: unknown; openPipelineAmount: string }[];
    }>(
      underTest.subgraph.url,
      `query ($representations: [_Any!]!) {
        _entities(representations: $representations) {
          ... on Account {
            opportunities { totalCount edges { node { id } } pageInfo { hasNextPage endCursor } }
            openPipelineAmount
          }
        }
      }`,
      { representations: [{ __typename: 'Account', id: accountId }] },
    );

    expect(result.data?._entities).toEqual([
      {
        opportunities: {
          totalCount: 0,
          edges: [],
          pageInfo: { hasNextPage: false, endCursor: null },
        },
        openPipelineAmount: '0.00',
      },
    ]);
  });

  it('answers a zero open pipeline with two decimals, like every amount', async () => {
    const accountId = await underTest.accounts.createAccount();
    const closed = await create({ accountId, amount: '12', closeDate: '2026-04-01' });
    await changeStage({ id: closed.id, stage: 'Closed Won' });
    const wholeAccountId = await underTest.accounts.createAccount();
    await create({ accountId: wholeAccountId, amount: '7', closeDate: '2026-04-01' });

    const result = await querySubgraph<{
      _entities: {
        opportunities: { edges: { node: { amount: string } }[] };
        openPipelineAmount: string;
      }[];
    }>(
      underTest.subgraph.url,
      `query ($representations: [_Any!]!) {
        _entities(representations: $representations) {
          ... on Account { opportunities { edges { node { amount } } } openPipelineAmount }
        }
      }`,
      {
        representations: [
          { __typename: 'Account', id: accountId },
          { __typename: 'Account', id: wholeAccountId },
        ],
      },
    );

    expect(result.data?._entities).toEqual([
      { opportunities: { edges: [{ node: { amount: '12.00' } }] }, openPipelineAmount: '0.00' },
      { opportunities: { edges: [{ node: { amount: '7.00' } }] }, openPipelineAmount: '7.00' },
    ]);
  });

  it('fails only the representation with a malformed id when resolving references', async () => {
    const { id } = await create({});

    const result = await querySubgraph<{ _entities: ({ id: string } | null)[] }>(
      underTest.subgraph.url,
      `query ($representations: [_Any!]!) {
        _entities(representations: $representations) { ... on Opportunity { id } }
      }`,
      {
        representations: [
          { __typename: 'Opportunity', id },
          { __typename: 'Opportunity', id: 'not-a-uuid' },
        ],
      },
    );

    expect(result.data?._entities).toEqual([{ id }, null]);
    expect(result.errors?.[0]).toMatchObject({
      path: ['_entities', 1],
      extensions: { code: 'BAD_USER_INPUT', field: 'id' },
    });
  });
});
