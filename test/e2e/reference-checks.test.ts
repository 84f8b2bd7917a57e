import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { startGraphUnderTest, type GraphUnderTest } from '../support/graph-under-test';
import { subscribe } from '../support/subscription-client';

let graph: GraphUnderTest;
let sql: Client;

beforeAll(async () => {
  graph = await startGraphUnderTest();
  sql = new Client({ connectionString: graph.database.url });
  await sql.connect();
});

afterAll(async () => {
  await sql?.end();
  await graph?.close();
});

const USER_ERRORS = 'userErrors { field message code }';
const CREATE_OPPORTUNITY = `mutation ($input: CreateOpportunityInput!) {
  createOpportunity(input: $input) { opportunity { id account { name } } ${USER_ERRORS} }
}`;
const UPDATE_OPPORTUNITY = `mutation ($input: UpdateOpportunityInput!) {
  updateOpportunity(input: $input) { opportunity { id account { name } } ${USER_ERRORS} }
}`;
const OPEN_CASE = `mutation ($input: OpenCaseInput!) {
  openCase(input: $input) { case { id account { name } contact { name } } ${USER_ERRORS} }
}`;
const UPDATE_CASE = `mutation ($input: UpdateCaseInput!) {
  updateCase(input: $input) { case { id account { name } contact { name } } ${USER_ERRORS} }
}`;

interface UserError {
  field: string[] | null;
  message: string;
  code: string;
}

async function createAccount(name: string): Promise<string> {
  const result = await graph.query<{ createAccount: { account: { id: string } } }>(
    'mutation ($input: CreateAccountInput!) { createAccount(input: $input) { account { id } } }',
    { input: { name } },
  );

  return result.data!.createAccount.account.id;
}

async function createContact(accountId: string, lastName: string): Promise<string> {
  const result = await graph.query<{ createContact: { contact: { id: string } } }>(
    'mutation ($input: CreateContactInput!) { createContact(input: $input) { contact { id } } }',
    { input: { accountId, lastName } },
  );

  return result.data!.createContact.contact.id;
}

/** Sends a mutation through the gateway and returns its payload; GraphQL errors fail the test. */
async function mutate<T>(query: string, input: Record<string, unknown>): Promise<T> {
  const result = await graph.query<Record<string, T>>(query, { input });
  expect(result.errors).toBeUndefined();

  return Object.values(result.data!)[0];
}

async function createOpportunity(accountId: string, name = 'Fleet renewal') {
  return mutate<{ opportunity: { id: string } | null; userErrors: UserError[] }>(
    CREATE_OPPORTUNITY,
    { name, accountId, closeDate: '2027-06-30' },
  );
}

async function openCase(input: Record<string, unknown>) {
  return mutate<{ case: { id: string } | null; userErrors: UserError[] }>(OPEN_CASE, {
    subject: 'Conveyor belt stopped',
    ...input,
  });
}

/** What Sales and Service hold, counted in their own schemas: the gateway is not involved. */
async function rowCounts(): Promise<{ opportunities: number; cases: number }> {
  const { rows } = await sql.query<{ opportunities: number; cases: number }>(
    `SELECT (SELECT count(*) FROM sales.opportunity)::int AS opportunities,
            (SELECT count(*) FROM service.support_case)::int AS cases`,
  );

  return rows[0];
}

function notFound(entity: string, id: string, field: string): UserError {
  return { field: ['input', field], message: `${entity} ${id} was not found`, code: 'NOT_FOUND' };
}

describe('writes that refer to Accounts, through the gateway', () => {
  it('refuses an opportunity for an unknown account as NOT_FOUND and writes nothing', async () => {
    const unknownId = randomUUID();
    const before = await rowCounts();

    const refused = await createOpportunity(unknownId);

    expect(refused).toEqual({
      opportunity: null,
      userErrors: [notFound('Account', unknownId, 'accountId')],
    });
    expect(await rowCounts()).toEqual(before);
  });

  it('refuses to move an opportunity to an unknown account and leaves it where it was', async () => {
    const accountId = await createAccount('Initech');
    const { opportunity } = await createOpportunity(accountId);
    const unknownId = randomUUID();

    const refused = await mutate(UPDATE_OPPORTUNITY, {
      id: opportunity!.id,
      accountId: unknownId,
    });
    const moved = await mutate(UPDATE_OPPORTUNITY, {
      id: opportunity!.id,
      accountId: await createAccount('Initrode'),
    });

    expect(refused).toEqual({
      opportunity: null,
      userErrors: [notFound('Account', unknownId, 'accountId')],
    });
    expect(moved).toEqual({
      opportunity: { id: opportunity!.id, account: { name: 'Initrode' } },
      userErrors: [],
    });
  });

  it('refuses a case for an unknown account or contact as NOT_FOUND and writes nothing', async () => {
    const unknownId = randomUUID();
    const before = await rowCounts();

    const account = await openCase({ accountId: unknownId });
    const contact = await openCase({ contactId: unknownId });

    expect(account).toEqual({
      case: null,
      userErrors: [notFound('Account', unknownId, 'accountId')],
    });
    expect(contact).toEqual({
      case: null,
      userErrors: [notFound('Contact', unknownId, 'contactId')],
    });
    expect(await rowCounts()).toEqual(before);
  });

  it('refuses a contact of another account as INVALID, when a case is opened or changed', async () => {
    const accountId = await createAccount('Hooli');
    const otherContactId = await createContact(await createAccount('Pied Piper'), 'Hendricks');
    const opened = await openCase({
      accountId,
      contactId: await createContact(accountId, 'Belson'),
    });
    const before = await rowCounts();

    const refusedOpen = await openCase({ accountId, contactId: otherContactId });
    const refusedUpdate = await mutate<{ case: unknown; userErrors: UserError[] }>(UPDATE_CASE, {
      id: opened.case!.id,
      contactId: otherContactId,
    });
    const unknownId = randomUUID();
    const unknownUpdate = await mutate<{ case: unknown; userErrors: UserError[] }>(UPDATE_CASE, {
      id: opened.case!.id,
      contactId: unknownId,
    });
    const invalid = {
      field: ['input', 'contactId'],
      message: `Contact ${otherContactId} is not a contact of account ${accountId}`,
      code: 'INVALID',
    };

    expect(opened.userErrors).toEqual([]);
    expect(refusedOpen).toEqual({ case: null, userErrors: [invalid] });
    expect(refusedUpdate).toEqual({ case: null, userErrors: [invalid] });
    expect(unknownUpdate).toEqual({
      case: null,
      userErrors: [notFound('Contact', unknownId, 'contactId')],
    });
    expect(await rowCounts()).toEqual(before);
    const reread = await graph.query<{ case: { contact: { name: string } } }>(
      'query ($id: ID!) { case(id: $id) { contact { name } } }',
      { id: opened.case!.id },
    );
    expect(reread.data?.case.contact.name).toBe('Belson');
  });

  it('answers SERVICE_UNAVAILABLE while Accounts is down, writes nothing, and accepts the write once it is back', async () => {
    const accountId = await createAccount('Soylent');
    const contactId = await createContact(accountId, 'Thorn');
    const { opportunity } = await createOpportunity(accountId);
    const { case: opened } = await openCase({ accountId });
    const before = await rowCounts();
    let refusals: Awaited<ReturnType<typeof graph.query>>[] = [];
    await graph.restartSubgraph('accounts', async () => {
      refusals = await Promise.all([
        graph.query(CREATE_OPPORTUNITY, {
          input: { name: 'While down', accountId, closeDate: '2027-06-30' },
        }),
        graph.query(UPDATE_OPPORTUNITY, { input: { id: opportunity!.id, accountId } }),
        graph.query(OPEN_CASE, { input: { subject: 'While down', accountId } }),
        graph.query(UPDATE_CASE, { input: { id: opened!.id, contactId } }),
      ]);
    });
    const afterwards = await createOpportunity(accountId, 'After the outage');

    for (const refusal of refusals) {
      expect(refusal.data).toBeNull();
      expect(refusal.errors).toEqual([
        expect.objectContaining({
          message: expect.stringMatching(/^Accounts could not be reached; nothing was written/),
          extensions: expect.objectContaining({
            code: 'SERVICE_UNAVAILABLE',
            subgraph: 'Accounts',
          }),
        }),
      ]);
      expect(JSON.stringify(refusal)).not.toMatch(/127\.0\.0\.1|ECONNREFUSED|fetch failed/);
    }
    expect(await rowCounts()).toEqual({ ...before, opportunities: before.opportunities + 1 });
    expect(afterwards.userErrors).toEqual([]);
  });
});

describe('an opportunity whose account Accounts does not have', () => {
  const ownerId = `dangling-${randomUUID()}`;
  let opportunityId: string;

  beforeAll(async () => {
    // Written behind Sales' back: its checks no longer let such a row in.
    const { rows } = await sql.query<{ id: string }>(
      `INSERT INTO sales.opportunity
         (name, account_id, stage_id, probability, forecast_category, close_date, owner_id)
       SELECT 'Orphaned deal', gen_random_uuid(), id, default_probability, forecast_category,
              '2027-06-30', $1
         FROM sales.stage WHERE name = 'Prospecting'
       RETURNING id`,
      [ownerId],
    );
    opportunityId = rows[0].id;
  });

  it('is reported as INCOMPLETE_DATA at the field, not as data: null without an error', async () => {
    const list = await graph.query(
      `query ($ownerId: ID) {
        opportunities(filter: { ownerId: $ownerId }) { edges { node { name account { name } } } }
      }`,
      { ownerId },
    );
    const one = await graph.query(
      'query ($id: ID!) { opportunity(id: $id) { name account { name } } }',
      { id: opportunityId },
    );
    // Sales names the account, Accounts has no such account: its name is what is missing.
    const incomplete = (path: (string | number)[]) => ({
      message: 'Cannot return null for non-nullable field Account.name.',
      path,
      extensions: { code: 'INCOMPLETE_DATA' },
    });

    expect(list.data).toBeNull();
    expect(list.errors).toEqual([
      incomplete(['opportunities', 'edges', 0, 'node', 'account', 'name']),
    ]);
    expect(one.data).toEqual({ opportunity: null });
    expect(one.errors).toEqual([incomplete(['opportunity', 'account', 'name'])]);
    expect(JSON.stringify([list, one])).not.toMatch(/valueCompletion|INVALID_GRAPHQL/);
  });

  it('is reported as INCOMPLETE_DATA in a subscription event too', async () => {
    const subscription = await subscribe(
      graph.gateway.url,
      `subscription ($ownerId: ID) {
        pipelineChanged(filter: { ownerId: $ownerId }) { kind opportunity { account { name } } }
      }`,
      { ownerId },
    );
    try {
      // The gateway's upstream subscription opens asynchronously; repeat until an event arrives.
      const stages = ['Qualification', 'Needs Analysis', 'Value Proposition', 'Prospecting'];
      for (const stage of stages) {
        await mutate(
          `mutation ($input: ChangeOpportunityStageInput!) {
            changeOpportunityStage(input: $input) { opportunity { id } ${USER_ERRORS} }
          }`,
          { id: opportunityId, stage },
        );
        if (subscription.received.length > 0) {
          break;
        }
        await new Promise((resolve) => setTimeout(resolve, 300));
      }
      const [event] = await subscription.waitFor(1);

      expect(event.data).toBeNull();
      expect(event.errors).toEqual([
        expect.objectContaining({
          path: ['pipelineChanged', 'opportunity', 'account', 'name'],
          extensions: { code: 'INCOMPLETE_DATA' },
        }),
      ]);
    } finally {
      await subscription.close();
    }
  });
});
