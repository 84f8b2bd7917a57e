import { FORWARDED_IDENTITY_HEADER } from '../../platform/identity/forwarded-identity';
import { signForwardedIdentity } from '../../platform/identity/forwarded-identity';
import { SignJWT } from 'jose';
import { bearerToken, identity, TEST_JWT_SECRET } from '../support/identities';
import { postGraphQL } from '../support/graphql-client';
import { startGraphUnderTest, type GraphUnderTest } from '../support/graph-under-test';

let graph: GraphUnderTest;

beforeAll(async () => {
  graph = await startGraphUnderTest();
});

afterAll(async () => {
  await graph.close();
});

const COUNT_ACCOUNTS = '{ accounts { totalCount } }';
const CREATE_ACCOUNT = `mutation ($input: CreateAccountInput!) {
  createAccount(input: $input) { account { id } userErrors { field code message } }
}`;

async function accountCount(): Promise<number> {
  const result = await graph.query<{ accounts: { totalCount: number } }>(COUNT_ACCOUNTS);

  return result.data!.accounts.totalCount;
}

async function contactCount(): Promise<number> {
  const result = await graph.query<{ contacts: { totalCount: number } }>(
    '{ contacts { totalCount } }',
  );

  return result.data!.contacts.totalCount;
}

async function opportunityCount(): Promise<number> {
  const result = await graph.query<{ opportunities: { totalCount: number } }>(
    '{ opportunities { totalCount } }',
  );

  return result.data!.opportunities.totalCount;
}

describe('identity at the gateway', () => {
  it('refuses a request without a token as UNAUTHENTICATED', async () => {
    const result = await postGraphQL(graph.gateway.url, COUNT_ACCOUNTS);

    expect(result.status).toBe(401);
    expect(result.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('refuses a token signed with another secret', async () => {
    const token = await bearerToken(['crm:admin'], { secret: 'someone-else' });
    const result = await postGraphQL(
      graph.gateway.url,
      COUNT_ACCOUNTS,
      {},
      {
        authorization: `Bearer ${token}`,
      },
    );

    expect(result.status).toBe(401);
    expect(result.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('refuses an expired token', async () => {
    const token = await bearerToken(['crm:admin'], { expiresIn: '-1m' });
    const result = await postGraphQL(
      graph.gateway.url,
      COUNT_ACCOUNTS,
      {},
      {
        authorization: `Bearer ${token}`,
      },
    );

    expect(result.status).toBe(401);
    expect(result.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('refuses a token without an expiry, which would otherwise be valid forever', async () => {
    const token = await new SignJWT({ scope: 'crm:admin' })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('user-1')
      .setIssuedAt()
      .sign(new TextEncoder().encode(TEST_JWT_SECRET));
    const result = await postGraphQL(
      graph.gateway.url,
      COUNT_ACCOUNTS,
      {},
      { authorization: `Bearer ${token}` },
    );

    expect(result.status).toBe(401);
    expect(result.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(result.data).toBeUndefined();
  });

  it('answers FORBIDDEN naming the missing scope', async () => {
    const read = await graph.query(COUNT_ACCOUNTS, {}, ['sales:read']);
    const write = await graph.query(CREATE_ACCOUNT, { input: { name: 'Nope' } }, ['accounts:read']);

    expect(read.errors?.[0].extensions).toMatchObject({
      code: 'FORBIDDEN',
      scope: 'accounts:read',
    });
    expect(write.errors?.[0].extensions).toMatchObject({
      code: 'FORBIDDEN',
      scope: 'accounts:write',
    });
  });

  it('places a FORBIDDEN from another subgraph at a path of the query, not of the query plan', async () => {
    const account = await graph.query<{ createAccount: { account: { id: string } } }>(
      CREATE_ACCOUNT,
      { input: { name: 'Path Co' } },
    );
    const accountId = account.data!.createAccount.account.id;
    const created = await graph.query<{ createOpportunity: { opportunity: { id: string } } }>(
      `mutation ($input: CreateOpportunityInput!) { createOpportunity(input: $input) { opportunity { id } } }`,
      { input: { name: 'Path deal', accountId, closeDate: '2027-01-01' } },
    );
    const opportunityId = created.data!.createOpportunity.opportunity.id;

    const list = await graph.query(
      '{ opportunities { edges { node { name account { name } } } } }',
      {},
      ['sales:read'],
    );
    const one = await graph.query(
      `{ opportunity(id: "${opportunityId}") { name account { name } } }`,
      {},
      ['sales:read'],
    );
    const nested = await graph.query(
      `{ account(id: "${accountId}") { name opportunities { edges { node { name } } } } }`,
      {},
      ['accounts:read'],
    );

    expect(list.errors).toEqual([
      expect.objectContaining({
        path: ['opportunities', 'edges'],
        extensions: expect.objectContaining({ code: 'FORBIDDEN', scope: 'accounts:read' }),
      }),
    ]);
    expect(one.errors).toEqual([
      expect.objectContaining({
        path: ['opportunity', 'account'],
        extensions: expect.objectContaining({ code: 'FORBIDDEN', scope: 'accounts:read' }),
      }),
    ]);
    expect(nested.errors).toEqual([
      expect.objectContaining({
        path: ['account'],
        extensions: expect.objectContaining({ code: 'FORBIDDEN', scope: 'sales:read' }),
      }),
    ]);
  });

  it('lets a domain scope read its own subgraph only', async () => {
    const result = await graph.query<{ accounts: { totalCount: number } }>(COUNT_ACCOUNTS, {}, [
      'accounts:read',
    ]);

    expect(result.errors).toBeUndefined();
    expect(typeof result.data?.accounts.totalCount).toBe('number');
  });
});

describe('subgraphs behind the gateway', () => {
  it('refuse a request that bypasses the gateway', async () => {
    const result = await postGraphQL(graph.subgraphs.sales.url, '{ stages { name } }');

    expect(result.status).toBe(401);
    expect(result.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('refuse an identity header signed with another secret', async () => {
    const forged = await signForwardedIdentity(identity(['crm:admin']), 'guessed-secret');
    const result = await postGraphQL(
      graph.subgraphs.accounts.url,
      COUNT_ACCOUNTS,
      {},
      {
        [FORWARDED_IDENTITY_HEADER]: forged,
      },
    );

    expect(result.status).toBe(401);
  });

  it('refuse a client bearer token sent straight to them', async () => {
    const token = await bearerToken(['crm:admin']);
    const result = await postGraphQL(
      graph.subgraphs.accounts.url,
      COUNT_ACCOUNTS,
      {},
      {
        authorization: `Bearer ${token}`,
      },
    );

    expect(result.status).toBe(401);
  });
});

describe('bad input', () => {
  it('refuses a malformed email before any write, naming the field', async () => {
    const before = await accountCount();
    const contactsBefore = await contactCount();
    const result = await graph.query(
      `mutation ($input: CreateContactInput!) { createContact(input: $input) { contact { id } } }`,
      { input: { lastName: 'Doe', email: 'not-an-email' } },
    );

    expect(result.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.email',
    });
    expect(await accountCount()).toBe(before);
    expect(await contactCount()).toBe(contactsBefore);
  });

  it('refuses a decimal that is not a number with BAD_USER_INPUT', async () => {
    const result = await graph.query(CREATE_ACCOUNT, {
      input: { name: 'Decimal Co', annualRevenue: '12abc' },
    });

    expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0].extensions?.field).toBe('input.annualRevenue');
  });

  it('refuses a malformed decimal literal at the gateway, naming the field', async () => {
    const before = await accountCount();
    const result = await graph.query(
      `mutation { createAccount(input: { name: "Literal Co", annualRevenue: "12abc" }) {
        account { id }
      } }`,
    );

    expect(result.errors).toHaveLength(1);
    expect(result.errors?.[0].extensions).toEqual({
      code: 'GRAPHQL_VALIDATION_FAILED',
      field: 'input.annualRevenue',
    });
    expect(result.errors?.[0].message).toMatch(/^input\.annualRevenue: Decimal must be/);
    expect(await accountCount()).toBe(before);
  });

  it('names the field of every malformed literal, nested in lists too', async () => {
    const result = await graph.query(
      `mutation { captureLeads(input: { leads: [
        { firstName: "Ok", lastName: "Ok", email: "ok@example.com" },
        { firstName: "Bad", lastName: "Bad", email: "bad@example.com", source: BILLBOARD }
      ] }) { accepted } }`,
    );
    const dates = await graph.query(
      '{ opportunities(filter: { closeDateFrom: "2026-02-30" }) { totalCount } }',
    );

    expect(result.errors?.[0].extensions).toEqual({
      code: 'GRAPHQL_VALIDATION_FAILED',
      field: 'input.leads.1.source',
    });
    expect(dates.errors?.[0].extensions).toEqual({
      code: 'GRAPHQL_VALIDATION_FAILED',
      field: 'filter.closeDateFrom',
    });
  });

  it('refuses a negative amount with the offending field', async () => {
    const before = await opportunityCount();
    const result = await graph.query(
      `mutation ($input: CreateOpportunityInput!) { createOpportunity(input: $input) { opportunity { id } } }`,
      {
        input: {
          name: 'Negative',
          accountId: '7b6f2a59-4f0c-4e7c-9a43-0c1a4f3e8d21',
          amount: '-10',
          closeDate: '2027-01-01',
        },
      },
    );

    expect(result.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.amount',
    });
    expect(await opportunityCount()).toBe(before);
  });

  it('reports an unknown stage in userErrors', async () => {
    const account = await graph.query<{ createAccount: { account: { id: string } } }>(
      CREATE_ACCOUNT,
      { input: { name: 'Stage Co' } },
    );
    const created = await graph.query<{ createOpportunity: { opportunity: { id: string } } }>(
      `mutation ($input: CreateOpportunityInput!) { createOpportunity(input: $input) { opportunity { id } } }`,
      {
        input: {
          name: 'Stage test',
          accountId: account.data!.createAccount.account.id,
          closeDate: '2027-01-01',
        },
      },
    );
    const result = await graph.query(
      `mutation ($input: ChangeOpportunityStageInput!) {
        changeOpportunityStage(input: $input) { opportunity { id } userErrors { field code } }
      }`,
      { input: { id: created.data!.createOpportunity.opportunity.id, stage: 'Haggling' } },
    );

    expect(result.data).toEqual({
      changeOpportunityStage: {
        opportunity: null,
        userErrors: [{ field: ['input', 'stage'], code: 'NOT_FOUND' }],
      },
    });
  });

  it('answers NOT_FOUND for an unknown id', async () => {
    const result = await graph.query(
      '{ opportunity(id: "7b6f2a59-4f0c-4e7c-9a43-0c1a4f3e8d21") { id } }',
    );

    expect(result.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect(result.data).toEqual({ opportunity: null });
  });

  it('keeps the conversion step Marketing calls at Accounts out of the API', async () => {
    const result = await graph.query(
      `mutation { registerLeadConversion(input: {
        conversionId: "7b6f2a59-4f0c-4e7c-9a43-0c1a4f3e8d21", contact: { lastName: "Doe" }
      }) { contact { id } } }`,
    );

    expect(result.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(result.errors?.[0].message).toMatch(/registerLeadConversion/);
  });

  it('answers GRAPHQL_VALIDATION_FAILED for an unknown field', async () => {
    const result = await graph.query('{ accounts { nonsense } }');

    expect(result.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('never shows a stack trace, SQL or an internal address', async () => {
    const hostile = [
      graph.query('{ account(id: "1 OR 1=1") { id } }'),
      graph.query('{ accounts(after: "not-a-cursor") { totalCount } }'),
      graph.query('{ accounts(first: 100000) { totalCount } }'),
      graph.query(CREATE_ACCOUNT, { input: { name: 'x'.repeat(10_000) } }),
      graph.query(CREATE_ACCOUNT, { input: { name: 'Nul\u0000Co' } }),
      graph.query('{ cases(filter: { accountId: "nope" }) { totalCount } }'),
    ];
    for (const result of await Promise.all(hostile)) {
      const text = JSON.stringify(result);
      expect(result.errors?.length).toBeGreaterThan(0);
      expect(text).not.toMatch(/stacktrace|SELECT|INSERT|syntax for type|127\.0\.0\.1|at \w+ \(/);
      expect(result.errors?.[0].extensions?.code).not.toBe('INTERNAL_SERVER_ERROR');
    }
  });

  it('answers a body that is not JSON with 400', async () => {
    const token = await bearerToken(['crm:admin']);
    const response = await fetch(graph.gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: '{"query": ',
    });

    expect(response.status).toBe(400);
  });
});
