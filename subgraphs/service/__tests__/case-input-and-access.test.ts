import { useSubgraphWithAccounts } from '../../../test/support/subgraph-under-test';
import { startServiceSubgraph } from '../service-subgraph';
import { postGraphQL, querySubgraph } from '../../../test/support/graphql-client';

const underTest = useSubgraphWithAccounts(startServiceSubgraph);

const OPEN = `mutation ($input: OpenCaseInput!) {
  openCase(input: $input) { case { id } userErrors { field message code } }
}`;
const COUNT = '{ cases { totalCount } }';

async function caseCount(): Promise<number> {
  const result = await querySubgraph<{ cases: { totalCount: number } }>(
    underTest.subgraph.url,
    COUNT,
  );

  return result.data!.cases.totalCount;
}

describe('Service subgraph input checks and access', () => {
  it.each([
    ['a blank subject', { subject: '   ' }, 'input.subject'],
    ['a subject longer than 255 characters', { subject: 'x'.repeat(256) }, 'input.subject'],
    [
      'a description longer than 10,000 characters',
      { description: 'y'.repeat(10_001) },
      'input.description',
    ],
    ['an account id that is not a UUID', { accountId: 'acme' }, 'input.accountId'],
    ['a contact id that is not a UUID', { contactId: '42' }, 'input.contactId'],
    ['a NUL character PostgreSQL cannot store', { subject: 'Broken\u0000' }, 'input.subject'],
  ])('refuses %s as bad input naming the field and writes nothing', async (_case, input, field) => {
    const before = await caseCount();
    const result = await querySubgraph(underTest.subgraph.url, OPEN, {
      input: { subject: 'Valid subject', ...input },
    });

    expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(result.data?.openCase ?? null).toBeNull();
    expect(await caseCount()).toBe(before);
  });

  it('refuses an unknown priority before anything runs and writes nothing', async () => {
    const before = await caseCount();
    const result = await querySubgraph(underTest.subgraph.url, OPEN, {
      input: { subject: 'Valid subject', priority: 'CRITICAL' },
    });

    expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(await caseCount()).toBe(before);
  });

  it('refuses a malformed id or filter as bad input instead of a database error', async () => {
    const byId = await querySubgraph(underTest.subgraph.url, '{ case(id: "CS-000001") { id } }');
    const byFilter = await querySubgraph(
      underTest.subgraph.url,
      '{ cases(filter: { accountId: "nope" }) { totalCount } }',
    );
    const byCursor = await querySubgraph(
      underTest.subgraph.url,
      '{ cases(after: "WyJ4IiwieSJd", orderBy: { field: PRIORITY }) { totalCount } }',
    );
    const byStatusChange = await querySubgraph(
      underTest.subgraph.url,
      'mutation { changeCaseStatus(input: { id: "1", status: WORKING }) { case { id } } }',
    );

    expect(byId.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
    expect(byFilter.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'filter.accountId',
    });
    expect(byCursor.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'after',
    });
    expect(byStatusChange.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.id',
    });
    expect(JSON.stringify([byId, byFilter, byCursor, byStatusChange])).not.toMatch(
      /invalid input syntax|SELECT|stacktrace/i,
    );
  });

  it('refuses a request that did not come through the gateway', async () => {
    const result = await postGraphQL(underTest.subgraph.url, COUNT);

    expect(result.status).toBe(401);
    expect(result.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('refuses to read cases without the service:read scope', async () => {
    const result = await querySubgraph(underTest.subgraph.url, COUNT, {}, ['accounts:read']);

    expect(result.errors?.[0].extensions).toMatchObject({
      code: 'FORBIDDEN',
      scope: 'service:read',
    });
    expect(result.errors?.[0].message).toContain('service:read');
  });

  it('refuses to read the cases of an account without the service:read scope', async () => {
    const result = await querySubgraph(
      underTest.subgraph.url,
      `query ($representations: [_Any!]!) {
        _entities(representations: $representations) { ... on Account { openCaseCount } }
      }`,
      { representations: [{ __typename: 'Account', id: '5b1c7a52-3f0e-4a43-9d8e-0c6f1d2e3a4b' }] },
      ['accounts:read'],
    );

    expect(result.errors?.[0].extensions).toMatchObject({
      code: 'FORBIDDEN',
      scope: 'service:read',
    });
  });

  it('refuses to open a case with only the service:read scope and writes nothing', async () => {
    const before = await caseCount();
    const result = await querySubgraph(
      underTest.subgraph.url,
      OPEN,
      { input: { subject: 'Hello' } },
      ['service:read'],
    );

    expect(result.errors?.[0].extensions).toMatchObject({
      code: 'FORBIDDEN',
      scope: 'service:write',
    });
    expect(result.errors?.[0].message).toContain('service:write');
    expect(await caseCount()).toBe(before);
  });

  it('lets a caller holding service:write open a case', async () => {
    const result = await querySubgraph(
      underTest.subgraph.url,
      OPEN,
      { input: { subject: 'Hello' } },
      ['service:write'],
    );

    expect(result.errors).toBeUndefined();
    expect(result.data).toMatchObject({
      openCase: { case: { id: expect.any(String) }, userErrors: [] },
    });
  });
});
