import { querySubgraph } from '../../../test/support/graphql-client';
import {
  OPPORTUNITY_FIELDS,
  salesOperations,
  type OpportunityResult,
} from './support/sales-operations';
import { startSalesSubgraph } from '../sales-subgraph';
import { useSubgraphWithAccounts } from '../../../test/support/subgraph-under-test';

const underTest = useSubgraphWithAccounts(startSalesSubgraph);
const { create, changeStage } = salesOperations(underTest);

describe('Sales subgraph', () => {
  it('lists the ten stages in sales-process order with their defaults', async () => {
    const result = await querySubgraph<{ stages: unknown[] }>(
      underTest.subgraph.url,
      '{ stages { name sortOrder defaultProbability forecastCategory isClosed isWon } }',
    );

    expect(result.data?.stages).toEqual([
      stage('Prospecting', 1, 10, 'PIPELINE'),
      stage('Qualification', 2, 10, 'PIPELINE'),
      stage('Needs Analysis', 3, 20, 'PIPELINE'),
      stage('Value Proposition', 4, 50, 'PIPELINE'),
      stage('Id. Decision Makers', 5, 60, 'PIPELINE'),
      stage('Perception Analysis', 6, 70, 'BEST_CASE'),
      stage('Proposal/Price Quote', 7, 75, 'BEST_CASE'),
      stage('Negotiation/Review', 8, 90, 'COMMIT'),
      { ...stage('Closed Won', 9, 100, 'CLOSED'), isClosed: true, isWon: true },
      { ...stage('Closed Lost', 10, 0, 'OMITTED'), isClosed: true },
    ]);
  });

  it('takes the probability and forecast category of the stage an opportunity moves to', async () => {
    const { id } = await create({});

    const payload = await changeStage({ id, stage: 'Negotiation/Review' });

    expect(payload.userErrors).toEqual([]);
    expect(payload.opportunity).toMatchObject({
      stage: { name: 'Negotiation/Review' },
      probability: 90,
      forecastCategory: 'COMMIT',
    });
  });

  it('keeps an explicitly given probability instead of the stage default', async () => {
    const { id } = await create({});

    const payload = await changeStage({ id, stage: 'Value Proposition', probability: 35 });

    expect(payload.opportunity).toMatchObject({
      stage: { name: 'Value Proposition' },
      probability: 35,
      forecastCategory: 'PIPELINE',
    });
  });

  it('reports an unknown stage as a NOT_FOUND user error and leaves the opportunity as it was', async () => {
    const { id } = await create({});

    const payload = await changeStage({ id, stage: 'Closed Maybe' });
    const after = await querySubgraph<{ opportunity: OpportunityResult }>(
      underTest.subgraph.url,
      `query ($id: ID!) { opportunity(id: $id) { ${OPPORTUNITY_FIELDS} } }`,
      { id },
    );

    expect(payload).toEqual({
      opportunity: null,
      userErrors: [
        {
          field: ['input', 'stage'],
          message: 'No stage is named "Closed Maybe"',
          code: 'NOT_FOUND',
        },
      ],
    });
    expect(after.data?.opportunity.stage.name).toBe('Prospecting');
  });

  it('records when an opportunity closes and clears it when the opportunity is reopened', async () => {
    const { id } = await create({});

    const won = await changeStage({ id, stage: 'Closed Won' });
    const reopened = await changeStage({ id, stage: 'Negotiation/Review' });

    expect(won.opportunity).toMatchObject({
      isClosed: true,
      isWon: true,
      probability: 100,
      forecastCategory: 'CLOSED',
    });
    expect(Date.parse(won.opportunity!.closedAt!)).toBeGreaterThan(Date.now() - 60_000);
    expect(reopened.opportunity).toMatchObject({
      isClosed: false,
      isWon: false,
      probability: 90,
      closedAt: null,
    });
  });

  it('refuses to move a closed opportunity straight to another closed stage', async () => {
    const { id } = await create({});
    await changeStage({ id, stage: 'Closed Lost' });

    const payload = await changeStage({ id, stage: 'Closed Won' });

    expect(payload).toMatchObject({
      opportunity: null,
      userErrors: [{ field: ['input', 'stage'], code: 'INVALID_TRANSITION' }],
    });
  });

  it('refuses a probability that contradicts a closed stage', async () => {
    const { id } = await create({});

    const payload = await changeStage({ id, stage: 'Closed Won', probability: 80 });

    expect(payload).toMatchObject({
      opportunity: null,
      userErrors: [{ field: ['input', 'probability'], code: 'INVALID' }],
    });
  });
});

function stage(
  name: string,
  sortOrder: number,
  defaultProbability: number,
  forecastCategory: string,
) {
  return { name, sortOrder, defaultProbability, forecastCategory, isClosed: false, isWon: false };
}
