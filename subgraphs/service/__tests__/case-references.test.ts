import { randomUUID } from 'node:crypto';
import { querySubgraph } from '../../../test/support/graphql-client';
import { useSubgraphWithAccounts } from '../../../test/support/subgraph-under-test';
import { startServiceSubgraph } from '../service-subgraph';

const underTest = useSubgraphWithAccounts(startServiceSubgraph);
const { accounts } = underTest;

const PAYLOAD = `case { id account { id } contact { id } } userErrors { field message code }`;
const OPEN = `mutation ($input: OpenCaseInput!) { openCase(input: $input) { ${PAYLOAD} } }`;
const UPDATE = `mutation ($input: UpdateCaseInput!) { updateCase(input: $input) { ${PAYLOAD} } }`;

interface Payload {
  case: { id: string; account: { id: string } | null; contact: { id: string } | null } | null;
  userErrors: { field: string[] | null; message: string; code: string }[];
}

async function openCase(input: Record<string, unknown>, scopes?: string[]): Promise<Payload> {
  const result = await querySubgraph<{ openCase: Payload }>(
    underTest.subgraph.url,
    OPEN,
    { input: { subject: 'Invoice missing', ...input } },
    scopes,
  );
  expect(result.errors).toBeUndefined();

  return result.data!.openCase;
}

async function updateCase(input: Record<string, unknown>): Promise<Payload> {
  const result = await querySubgraph<{ updateCase: Payload }>(underTest.subgraph.url, UPDATE, {
    input,
  });
  expect(result.errors).toBeUndefined();

  return result.data!.updateCase;
}

async function caseCount(): Promise<number> {
  const result = await querySubgraph<{ cases: { totalCount: number } }>(
    underTest.subgraph.url,
    '{ cases { totalCount } }',
  );

  return result.data!.cases.totalCount;
}

async function readCase(id: string) {
  const result = await querySubgraph<{ case: Payload['case'] }>(
    underTest.subgraph.url,
    'query ($id: ID!) { case(id: $id) { id account { id } contact { id } } }',
    { id },
  );

  return result.data!.case;
}

describe('Service subgraph account and contact checks', () => {
  it('opens a case with an account and one of its contacts after one request to Accounts', async () => {
    const accountId = await accounts.createAccount();
    const contactId = await accounts.createContact(accountId);

    // The caller may not read accounts: Service asks Accounts as a service of its own.
    const [opened, requests] = await accounts.countRequests(() =>
      openCase({ accountId, contactId }, ['service:read', 'service:write']),
    );

    expect(opened).toEqual({
      case: { id: expect.any(String), account: { id: accountId }, contact: { id: contactId } },
      userErrors: [],
    });
    expect(requests).toBe(1);
  });

  it.each([
    ['an account', 'accountId', 'Account'],
    ['a contact', 'contactId', 'Contact'],
  ])(
    'refuses %s Accounts does not have as NOT_FOUND on the field and writes nothing',
    async (_what, field, entity) => {
      const id = randomUUID();
      const before = await caseCount();

      const refused = await openCase({ [field]: id });

      expect(refused).toEqual({
        case: null,
        userErrors: [
          { field: ['input', field], message: `${entity} ${id} was not found`, code: 'NOT_FOUND' },
        ],
      });
      expect(await caseCount()).toBe(before);
    },
  );

  it('refuses a contact of another account as INVALID and writes nothing', async () => {
    const accountId = await accounts.createAccount();
    const otherAccountId = await accounts.createAccount('Other account');
    const contactId = await accounts.createContact(otherAccountId);
    const unattachedContactId = await accounts.createContact(null);
    const before = await caseCount();

    const ofAnother = await openCase({ accountId, contactId });
    const ofNone = await openCase({ accountId, contactId: unattachedContactId });

    expect(ofAnother).toEqual({
      case: null,
      userErrors: [
        {
          field: ['input', 'contactId'],
          message: `Contact ${contactId} is not a contact of account ${accountId}`,
          code: 'INVALID',
        },
      ],
    });
    expect(ofNone.userErrors).toMatchObject([{ field: ['input', 'contactId'], code: 'INVALID' }]);
    expect(await caseCount()).toBe(before);
  });

  it('gives a case another account and contact in one request to Accounts', async () => {
    const { case: opened } = await openCase({ accountId: await accounts.createAccount() });
    const accountId = await accounts.createAccount('Next account');
    const contactId = await accounts.createContact(accountId);

    const [moved, requests] = await accounts.countRequests(() =>
      updateCase({ id: opened!.id, accountId, contactId }),
    );

    expect(moved.case).toEqual({
      id: opened!.id,
      account: { id: accountId },
      contact: { id: contactId },
    });
    expect(requests).toBe(1);
  });

  it('refuses an unknown account or contact in an update and leaves the case as it was', async () => {
    const accountId = await accounts.createAccount();
    const { case: opened } = await openCase({ accountId });
    const unknownId = randomUUID();

    const account = await updateCase({ id: opened!.id, accountId: unknownId, subject: 'Moved' });
    const contact = await updateCase({ id: opened!.id, contactId: unknownId });

    expect(account).toEqual({
      case: null,
      userErrors: [
        {
          field: ['input', 'accountId'],
          message: `Account ${unknownId} was not found`,
          code: 'NOT_FOUND',
        },
      ],
    });
    expect(contact.userErrors).toMatchObject([
      { field: ['input', 'contactId'], code: 'NOT_FOUND' },
    ]);
    expect(await readCase(opened!.id)).toEqual(opened);
  });

  it('checks a new contact against the account the case keeps, and a new account against the contact it keeps', async () => {
    const accountId = await accounts.createAccount();
    const contactId = await accounts.createContact(accountId);
    const otherAccountId = await accounts.createAccount('Other account');
    const otherContactId = await accounts.createContact(otherAccountId);
    const { case: opened } = await openCase({ accountId, contactId });

    const contactOfAnother = await updateCase({ id: opened!.id, contactId: otherContactId });
    const accountOfAnother = await updateCase({ id: opened!.id, accountId: otherAccountId });

    expect(contactOfAnother.userErrors).toMatchObject([
      { field: ['input', 'contactId'], code: 'INVALID' },
    ]);
    expect(accountOfAnother.userErrors).toMatchObject([
      { field: ['input', 'accountId'], code: 'INVALID' },
    ]);
    expect(await readCase(opened!.id)).toEqual(opened);
  });

  it('clears the account or contact of a case without asking Accounts, and leaves it alone for other changes', async () => {
    const accountId = await accounts.createAccount();
    const contactId = await accounts.createContact(accountId);
    const { case: opened } = await openCase({ accountId, contactId });

    const [results, requests] = await accounts.countRequests(async () => [
      await updateCase({ id: opened!.id, subject: 'Renamed', contactId }),
      await updateCase({ id: opened!.id, accountId: null }),
      await updateCase({ id: opened!.id, contactId: null }),
    ]);

    expect(results.map((result) => result.userErrors)).toEqual([[], [], []]);
    expect(results[2].case).toEqual({ id: opened!.id, account: null, contact: null });
    expect(requests).toBe(0);
  });
});
