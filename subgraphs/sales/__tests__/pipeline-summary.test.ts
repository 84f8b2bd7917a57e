import { querySubgraph } from '../../../test/support/graphql-client';
import { salesOperations } from './support/sales-operations';
import { startSalesSubgraph } from '../sales-subgraph';
import { useSubgraphWithAccounts } from '../../../test/support/subgraph-under-test';

const underTest = useSubgraphWithAccounts(startSalesSubgraph);
const { create, changeStage } = salesOperations(underTest);

describe('Sales subgraph', () => {
  it('sums the open pipeline per stage in exact decimals, leaving closed opportunities out', async () => {
    const ownerId = 'pipeline-owner';
    await create({ ownerId, amount: '0.10' });
    await create({ ownerId, amount: '0.20' });
    const negotiated = await create({ ownerId, amount: '1000.01' });
    await changeStage({ id: negotiated.id, stage: 'Negotiation/Review' });
    const won = await create({ ownerId, amount: '5000' });
    await changeStage({ id: won.id, stage: 'Closed Won' });

    const result = await querySubgraph<{
      pipeline: {
        stages: {
          stage: { name: string };
          count: number;
          amount: string;
          weightedAmount: string;
        }[];
        count: number;
        amount: string;
        weightedAmount: string;
      };
    }>(
      underTest.subgraph.url,
      `query ($filter: PipelineFilter) {
        pipeline(filter: $filter) {
          stages { stage { name } count amount weightedAmount }
          count amount weightedAmount
        }
      }`,
      { filter: { ownerId } },
    );
    const pipeline = result.data!.pipeline;

    expect(pipeline.stages.map((row) => row.stage.name)).toEqual([
      'Prospecting',
      'Qualification',
      'Needs Analysis',
      'Value Proposition',
      'Id. Decision Makers',
      'Perception Analysis',
      'Proposal/Price Quote',
      'Negotiation/Review',
    ]);
    expect(pipeline.stages[0]).toEqual({
      stage: { name: 'Prospecting' },
      count: 2,
      amount: '0.30',
      weightedAmount: '0.03',
    });
    expect(pipeline.stages[1]).toMatchObject({ count: 0, amount: '0.00', weightedAmount: '0.00' });
    expect(pipeline.stages[7]).toMatchObject({
      count: 1,
      amount: '1000.01',
      weightedAmount: '900.01',
    });
    expect(pipeline).toMatchObject({ count: 3, amount: '1000.31', weightedAmount: '900.04' });
  });

  it('answers every sum of an empty pipeline as 0.00, with two decimals like any amount', async () => {
    const result = await querySubgraph<{
      pipeline: {
        stages: { count: number; amount: string; weightedAmount: string }[];
        count: number;
        amount: string;
        weightedAmount: string;
      };
    }>(
      underTest.subgraph.url,
      `query ($filter: PipelineFilter) {
        pipeline(filter: $filter) { stages { count amount weightedAmount } count amount weightedAmount }
      }`,
      { filter: { ownerId: 'owner-without-opportunities' } },
    );
    const pipeline = result.data!.pipeline;

    expect(pipeline.stages.length).toBeGreaterThan(0);
    expect(new Set(pipeline.stages.map((row) => JSON.stringify(row)))).toEqual(
      new Set([JSON.stringify({ count: 0, amount: '0.00', weightedAmount: '0.00' })]),
    );
    expect(pipeline).toMatchObject({ count: 0, amount: '0.00', weightedAmount: '0.00' });
  });
});
