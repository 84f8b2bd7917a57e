import { useSubgraphUnderTest } from '../../../test/support/subgraph-under-test';
import { randomUUID } from 'node:crypto';
import { startSalesSubgraph } from '../sales-subgraph';
import { postGraphQL, querySubgraph } from '../../../test/support/graphql-client';

const underTest = useSubgraphUnderTest(startSalesSubgraph);

interface OpportunityResult {
  id: string;
  name: string;
  amount: string;
  currency: string;
  probability: number;
  forecastCategory: string;
  closeDate: string;
  ownerId: string;
  isClosed: boolean;
  isWon: boolean;
  closedAt: string | null;
  stage: { name: string };
  account: { id: string };
}

interface Payload {
  opportunity: OpportunityResult | null;
  userErrors: { field: string[] | null; message: string; code: string }[];
}

const OPPORTUNITY_FIELDS = `id name amount currency probability forecastCategory closeDate ownerId
  isClosed isWon closedAt stage { name } account { id }`;

const CREATE = `mutation ($input: CreateOpportunityInput!) {
  createOpportunity(input: $input) {
    opportunity { ${OPPORTUNITY_FIELDS} }
    userErrors { field message code }
  }
}`;

const UPDATE = `mutation ($input: UpdateOpportunityInput!) {
  updateOpportunity(input: $input) {
    opportunity { ${OPPORTUNITY_FIELDS} }
    userErrors { field message code }
  }
}`;

const CHANGE_STAGE = `mutation ($input: ChangeOpportunityStageInput!) {
  changeOpportunityStage(input: $input) {
    opportunity { ${OPPORTUNITY_FIELDS} }
    userErrors { field message code }
  }
}`;

const COUNT = '{ opportunities { totalCount } }';

async function create(input: Record<string, unknown>): Promise<OpportunityResult> {
  const result = await querySubgraph<{ createOpportunity: Payload }>(
    underTest.subgraph.url,
    CREATE,
    {
      input: {
        name: 'Analytics rollout',
        accountId: randomUUID(),
        closeDate: '2026-06-30',
        ...input,
      },
    },
  );
  expect(result.errors).toBeUndefined();
  expect(result.data?.createOpportunity.userErrors).toEqual([]);

  return result.data!.createOpportunity.opportunity!;
}

async function changeStage(input: Record<string, unknown>): Promise<Payload> {
  const result = await querySubgraph<{ changeOpportunityStage: Payload }>(
    underTest.subgraph.url,
    CHANGE_STAGE,
    { input },
  );
  expect(result.errors).toBeUndefined();

  return result.data!.changeOpportunityStage;
}

async function opportunityCount(): Promise<number> {
  const result = await querySubgraph<{ opportunities: { totalCount: number } }>(
    underTest.subgraph.url,
    COUNT,
  );

  return result.data!.opportunities.totalCount;
}

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

  it('creates an opportunity in Prospecting, in USD, owned by the caller unless told otherwise', async () => {
    const accountId = randomUUID();
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
      input: { name: 'Bad deal', accountId: randomUUID(), closeDate: '2026-06-30', ...input },
    });

    expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(JSON.stringify(result)).not.toMatch(/invalid input syntax|out of range|SELECT/i);
    expect(await opportunityCount()).toBe(before);
  });

  it('refuses a calendar day that does not exist as bad input and writes nothing', async () => {
    const before = await opportunityCount();

    const result = await querySubgraph(underTest.subgraph.url, CREATE, {
      input: { name: 'Bad deal', accountId: randomUUID(), closeDate: '2026-02-30' },
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

  it('filters, orders and pages through opportunities with cursors', async () => {
    const accountId = randomUUID();
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
    const accountId = randomUUID();
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
    expect(pipeline.stages[1]).toMatchObject({ count: 0, amount: '0', weightedAmount: '0' });
    expect(pipeline.stages[7]).toMatchObject({
      count: 1,
      amount: '1000.01',
      weightedAmount: '900.01',
    });
    expect(pipeline).toMatchObject({ count: 3, amount: '1000.31', weightedAmount: '900.04' });
  });

  it('resolves opportunities and open pipeline of Account references in the same number of statements for 3 or 30 accounts', async () => {
    const accountIds = Array.from({ length: 30 }, () => randomUUID());
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
          all: opportunities { amount stage { name } }
          open: opportunities(status: OPEN) { amount }
          closed: opportunities(status: CLOSED) { amount }
        }
      }
    }`;
    type Entities = {
      _entities: {
        id: string;
        openPipelineAmount: string;
        all: { amount: string; stage: { name: string } }[];
        open: { amount: string }[];
        closed: { amount: string }[];
      }[];
    };
    const resolve = async (ids: string[]) => {
      const before = underTest.subgraph.queries.count;
      const result = await querySubgraph<Entities>(underTest.subgraph.url, query, {
        representations: ids.map((id) => ({ __typename: 'Account', id })),
      });
      expect(result.errors).toBeUndefined();

      return {
        entities: result.data!._entities,
        statements: underTest.subgraph.queries.count - before,
      };
    };

    const three = await resolve(accountIds.slice(0, 3));
    const thirty = await resolve(accountIds);

    expect(three.entities[0]).toEqual({
      id: accountIds[0],
      openPipelineAmount: '10.50',
      all: [
        { amount: '7.25', stage: { name: 'Closed Lost' } },
        { amount: '10.50', stage: { name: 'Prospecting' } },
      ],
      open: [{ amount: '10.50' }],
      closed: [{ amount: '7.25' }],
    });
    expect(three.entities[1].closed).toEqual([]);
    expect(thirty.entities).toHaveLength(30);
    expect(three.statements).toBe(3);
    expect(thirty.statements).toBe(three.statements);
  });

  it('answers an Account with no opportunities with an empty list and a zero pipeline', async () => {
    const result = await querySubgraph<{
      _entities: { opportunities: unknown[]; openPipelineAmount: string }[];
    }>(
      underTest.subgraph.url,
      `query ($representations: [_Any!]!) {
        _entities(representations: $representations) {
          ... on Account { opportunities { id } openPipelineAmount }
        }
      }`,
      { representations: [{ __typename: 'Account', id: randomUUID() }] },
    );

    expect(result.data?._entities).toEqual([{ opportunities: [], openPipelineAmount: '0' }]);
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

  it('refuses a forged cursor as bad input instead of a database error', async () => {
    const forged = Buffer.from(JSON.stringify(['A\u0000', randomUUID()])).toString('base64url');

    const result = await querySubgraph(
      underTest.subgraph.url,
      'query ($after: String) { opportunities(after: $after, orderBy: { field: NAME }) { totalCount } }',
      { after: forged },
    );

    expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
  });

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
      { input: { name: 'Sneaky', accountId: randomUUID(), closeDate: '2026-06-30' } },
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

function stage(
  name: string,
  sortOrder: number,
  defaultProbability: number,
  forecastCategory: string,
) {
  return { name, sortOrder, defaultProbability, forecastCategory, isClosed: false, isWon: false };
}
