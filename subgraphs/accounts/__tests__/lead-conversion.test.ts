import { useSubgraphUnderTest } from '../../../test/support/subgraph-under-test';
import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { querySubgraph } from '../../../test/support/graphql-client';
import { startAccountsSubgraph } from '../accounts-subgraph';

const underTest = useSubgraphUnderTest(startAccountsSubgraph);

const REGISTER = `mutation ($input: RegisterLeadConversionInput!) {
  registerLeadConversion(input: $input) {
    account { id name industry contacts { edges { node { id } } } }
    contact { id name email account { id } }
    userErrors { field message code }
  }
}`;

interface Registered {
  registerLeadConversion: {
    account: {
      id: string;
      name: string;
      industry: string | null;
      contacts: { edges: { node: { id: string } }[] };
    } | null;
    contact: { id: string; name: string; email: string; account: { id: string } } | null;
    userErrors: { field: string[]; code: string }[];
  };
}

const CONTACT = { firstName: 'Ada', lastName: 'Lovelace', email: 'Ada@Example.com' };

async function counts() {
  const result = await querySubgraph<{
    accounts: { totalCount: number };
    contacts: { totalCount: number };
  }>(underTest.subgraph.url, '{ accounts { totalCount } contacts { totalCount } }');

  return result.data;
}

describe('registerLeadConversion', () => {
  it('creates the account and contact once per conversion id, however often it is called', async () => {
    const conversionId = randomUUID();
    const input = {
      conversionId,
      account: { name: 'Analytical Engines', industry: 'Computing' },
      contact: CONTACT,
    };
    const calls = await Promise.all(
      Array.from({ length: 4 }, () =>
        querySubgraph<Registered>(underTest.subgraph.url, REGISTER, { input }),
      ),
    );
    const [first] = calls;

    expect(first.data!.registerLeadConversion).toMatchObject({
      account: { name: 'Analytical Engines', industry: 'Computing' },
      contact: { name: 'Ada Lovelace', email: 'ada@example.com' },
      userErrors: [],
    });
    for (const call of calls) {
      expect(call.data).toEqual(first.data);
    }
    expect(await counts()).toEqual({ accounts: { totalCount: 1 }, contacts: { totalCount: 1 } });
  });

  it('attaches the contact to an existing account', async () => {
    const created = await querySubgraph<{ createAccount: { account: { id: string } } }>(
      underTest.subgraph.url,
      'mutation { createAccount(input: { name: "Existing" }) { account { id } } }',
    );
    const accountId = created.data!.createAccount.account.id;
    const result = await querySubgraph<Registered>(underTest.subgraph.url, REGISTER, {
      input: { conversionId: randomUUID(), accountId, contact: { lastName: 'Babbage' } },
    });

    expect(result.data!.registerLeadConversion).toMatchObject({
      account: { id: accountId },
      contact: { name: 'Babbage', account: { id: accountId } },
      userErrors: [],
    });
  });

  it('answers NOT_FOUND for an unknown account and writes nothing', async () => {
    const before = await counts();
    const result = await querySubgraph<Registered>(underTest.subgraph.url, REGISTER, {
      input: {
        conversionId: randomUUID(),
        accountId: '00000000-0000-4000-8000-000000000000',
        contact: CONTACT,
      },
    });

    expect(result.data!.registerLeadConversion).toEqual({
      account: null,
      contact: null,
      userErrors: [
        { field: ['input', 'accountId'], message: expect.any(String), code: 'NOT_FOUND' },
      ],
    });
    expect(await counts()).toEqual(before);
  });

  it.each([
    ['neither an account nor an account id', { contact: CONTACT }, 'input.account'],
    [
      'both an account and an account id',
      { accountId: randomUUID(), account: { name: 'X' }, contact: CONTACT },
      'input.account',
    ],
    [
      'a malformed contact email',
      { account: { name: 'X' }, contact: { lastName: 'X', email: 'x' } },
      'input.contact.email',
    ],
    ['a blank account name', { account: { name: ' ' }, contact: CONTACT }, 'input.account.name'],
  ])('refuses %s naming the field', async (_case, fields, field) => {
    const before = await counts();
    const result = await querySubgraph(underTest.subgraph.url, REGISTER, {
      input: { conversionId: randomUUID(), ...fields },
    });

    expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(await counts()).toEqual(before);
  });

  it('needs accounts:write', async () => {
    const result = await querySubgraph(
      underTest.subgraph.url,
      REGISTER,
      { input: { conversionId: randomUUID(), account: { name: 'X' }, contact: CONTACT } },
      ['accounts:read'],
    );

    expect(result.errors?.[0].extensions).toMatchObject({
      code: 'FORBIDDEN',
      scope: 'accounts:write',
    });
  });
});

describe('registerLeadConversion superseding failed conversions of the same lead', () => {
  const person = (email: string) => ({ firstName: 'Grace', lastName: 'Hopper', email });

  async function register(input: Record<string, unknown>) {
    const result = await querySubgraph<Registered>(underTest.subgraph.url, REGISTER, { input });
    expect(result.errors).toBeUndefined();

    return result.data!.registerLeadConversion;
  }

  async function existingAccount(name: string): Promise<string> {
    const created = await querySubgraph<{ createAccount: { account: { id: string } } }>(
      underTest.subgraph.url,
      'mutation ($name: String!) { createAccount(input: { name: $name }) { account { id } } }',
      { name },
    );

    return created.data!.createAccount.account.id;
  }

  async function contactsWithEmail(email: string) {
    const result = await querySubgraph<{
      contacts: { edges: { node: { id: string; account: { id: string } } }[] };
    }>(
      underTest.subgraph.url,
      'query ($email: String!) { contacts(filter: { email: $email }) { edges { node { id account { id } } } } }',
      { email },
    );

    return result.data!.contacts.edges.map((edge) => edge.node);
  }

  async function contactEvents(contactId: string) {
    const client = new Client({ connectionString: underTest.database.url });
    await client.connect();
    try {
      const result = await client.query<{ kind: string; account_id: string }>(
        `SELECT payload->>'kind' AS kind, payload->'contact'->>'accountId' AS account_id
         FROM accounts.outbox_event WHERE payload->'contact'->>'id' = $1 ORDER BY id`,
        [contactId],
      );

      return result.rows;
    } finally {
      await client.end();
    }
  }

  it('takes over the contact of a superseded conversion and moves it to the account now named', async () => {
    const email = 'grace.moved@example.com';
    const failed = randomUUID();
    const first = await register({
      conversionId: failed,
      account: { name: 'Hopper Compilers' },
      contact: person(email),
    });
    const accountId = await existingAccount('Navy Research');

    const input = {
      conversionId: randomUUID(),
      supersedes: [failed],
      accountId,
      contact: person(email),
    };
    const second = await register(input);
    const again = await register(input);

    expect(second).toMatchObject({
      account: { id: accountId },
      contact: { id: first.contact!.id, account: { id: accountId } },
      userErrors: [],
    });
    expect(again).toEqual(second);
    expect(await contactsWithEmail(email)).toEqual([
      { id: first.contact!.id, account: { id: accountId } },
    ]);
    expect(await contactEvents(first.contact!.id)).toEqual([
      { kind: 'CREATED', account_id: first.account!.id },
      { kind: 'UPDATED', account_id: accountId },
    ]);
  });

  it('gives the contact back the account a superseded conversion created when a new one is wanted', async () => {
    const email = 'grace.back@example.com';
    const [created, named] = [randomUUID(), randomUUID()];
    const first = await register({
      conversionId: created,
      account: { name: 'Hopper Back Ltd' },
      contact: person(email),
    });
    const namedAccount = await existingAccount('Someone Else Inc');
    await register({
      conversionId: named,
      supersedes: [created],
      accountId: namedAccount,
      contact: person(email),
    });
    const before = await counts();

    const third = await register({
      conversionId: randomUUID(),
      supersedes: [named, created],
      account: { name: 'Hopper Back Ltd' },
      contact: person(email),
    });

    expect(third).toMatchObject({
      account: { id: first.account!.id },
      contact: { id: first.contact!.id, account: { id: first.account!.id } },
    });
    expect(await counts()).toEqual(before);
  });

  it('answers a late call for a superseded conversion with what took its place, creating nothing', async () => {
    const email = 'grace.late@example.com';
    const late = randomUUID();
    const input = (conversionId: string, supersedes: string[]) => ({
      conversionId,
      supersedes,
      account: { name: 'Hopper Late Ltd' },
      contact: person(email),
    });
    const replacement = await register(input(randomUUID(), [late]));
    const before = await counts();

    const lateAnswer = await register(input(late, []));

    expect(lateAnswer).toEqual(replacement);
    expect(await counts()).toEqual(before);
  });

  it('registers one contact when a superseded conversion and its replacement arrive together', async () => {
    const email = 'grace.race@example.com';
    const [late, replacement] = [randomUUID(), randomUUID()];
    const input = (conversionId: string, supersedes: string[]) => ({
      input: {
        conversionId,
        supersedes,
        account: { name: 'Hopper Race Ltd' },
        contact: person(email),
      },
    });

    const calls = await Promise.all(
      Array.from({ length: 8 }, (_, index) =>
        querySubgraph<Registered>(
          underTest.subgraph.url,
          REGISTER,
          index % 2 === 0 ? input(late, []) : input(replacement, [late]),
        ),
      ),
    );

    const contactIds = new Set(calls.map((call) => call.data!.registerLeadConversion.contact!.id));
    expect(contactIds.size).toBe(1);
    expect(await contactsWithEmail(email)).toHaveLength(1);
  });
});
