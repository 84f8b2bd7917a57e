import { useSubgraphUnderTest } from '../../../test/support/subgraph-under-test';
import { randomUUID } from 'node:crypto';
import { querySubgraph } from '../../../test/support/graphql-client';
import { startAccountsSubgraph } from '../accounts-subgraph';

const underTest = useSubgraphUnderTest(startAccountsSubgraph);

const REGISTER = `mutation ($input: RegisterLeadConversionInput!) {
  registerLeadConversion(input: $input) {
    account { id name industry contacts { id } }
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
      contacts: { id: string }[];
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
