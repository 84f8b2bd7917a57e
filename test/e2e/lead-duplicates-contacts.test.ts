import {
  eventually,
  leadInput,
  setDuplicateRule,
} from '../../subgraphs/marketing/__tests__/lead-operations';
import { startGraphUnderTest, type GraphUnderTest } from '../support/graph-under-test';

let graph: GraphUnderTest;

beforeAll(async () => {
  graph = await startGraphUnderTest();
});

afterAll(async () => {
  await graph.close();
});

const LEAD_FIELDS = `id email duplicateOf { id } existingContact { id name email account { name } }`;

interface CapturedLead {
  id: string;
  email: string;
  duplicateOf: { id: string } | null;
  existingContact: {
    id: string;
    name: string;
    email: string | null;
    account: { name: string } | null;
  } | null;
}

interface UserError {
  field: string[] | null;
  message: string;
  code: string;
}

interface BatchResult {
  index: number;
  outcome: string;
  lead: CapturedLead | null;
  errors: UserError[];
}

async function captureLead(
  email: string,
): Promise<{ lead: CapturedLead | null; userErrors: UserError[] }> {
  const result = await graph.query<{
    captureLead: { lead: CapturedLead | null; userErrors: UserError[] };
  }>(
    `mutation ($input: CaptureLeadInput!) {
      captureLead(input: $input) { lead { ${LEAD_FIELDS} } userErrors { field message code } }
    }`,
    { input: leadInput(email) },
  );
  expect(result.errors).toBeUndefined();

  return result.data!.captureLead;
}

async function captureLeads(emails: string[]) {
  const result = await graph.query<{
    captureLeads: {
      accepted: number;
      created: number;
      merged: number;
      flagged: number;
      refused: number;
      results: BatchResult[];
    };
  }>(
    `mutation ($input: CaptureLeadsInput!) {
      captureLeads(input: $input) {
        accepted created merged flagged refused
        results { index outcome lead { ${LEAD_FIELDS} } errors { field message code } }
      }
    }`,
    { input: { leads: emails.map((email) => leadInput(email)) } },
  );
  expect(result.errors).toBeUndefined();

  return result.data!.captureLeads;
}

async function leadCount(filter: Record<string, unknown>): Promise<number> {
  const result = await graph.query<{ leads: { totalCount: number } }>(
    'query ($filter: LeadFilter) { leads(filter: $filter) { totalCount } }',
    { filter },
  );

  return result.data!.leads.totalCount;
}

async function createAccount(name: string): Promise<string> {
  const result = await graph.query<{ createAccount: { account: { id: string } } }>(
    'mutation ($name: String!) { createAccount(input: { name: $name }) { account { id } } }',
    { name },
  );

  return result.data!.createAccount.account.id;
}

/** Creates a contact in Accounts, straight through the gateway, and returns its id. */
async function createContact(input: Record<string, unknown>): Promise<string> {
  const result = await graph.query<{
    createContact: { contact: { id: string }; userErrors: UserError[] };
  }>(
    `mutation ($input: CreateContactInput!) {
      createContact(input: $input) { contact { id } userErrors { field message code } }
    }`,
    { input },
  );
  expect(result.data!.createContact.userErrors).toEqual([]);

  return result.data!.createContact.contact.id;
}

let probes = 0;

/**
 * Waits until Marketing has applied every contact event Accounts has committed so far. Marketing
 * applies them in commit order, so once it knows a probe contact created now, it knows every
 * contact created or changed before. Known is observed through the API: under FLAG, a captured
 * lead with the probe's email, in another letter case, names the probe as its existing contact.
 */
async function untilMarketingKnowsContactsSoFar(rule: string): Promise<void> {
  probes += 1;
  const email = `probe.${probes}@contacts.example.com`;
  const probeId = await createContact({ firstName: 'Probe', lastName: `No ${probes}`, email });
  await setDuplicateRule(graph.query, 'FLAG');
  const lead = await eventually(async () => {
    const { lead: captured } = await captureLead(email.toUpperCase());

    return captured?.existingContact?.id === probeId ? captured : undefined;
  });
  expect(lead.existingContact).toMatchObject({ id: probeId, name: `Probe No ${probes}` });
  await setDuplicateRule(graph.query, rule);
}

describe('leads whose email a contact in Accounts already has', () => {
  it('under FLAG records the lead with its existing contact, resolved through Accounts', async () => {
    const accountId = await createAccount('Byron Analytical');
    const contactId = await createContact({
      firstName: 'Ada',
      lastName: 'Byron',
      email: 'ada.byron@example.com',
      accountId,
    });
    await untilMarketingKnowsContactsSoFar('FLAG');

    const first = await captureLead('ADA.Byron@Example.COM');
    const second = await captureLead('ada.byron@example.com');

    expect(first).toEqual({
      lead: {
        id: expect.any(String),
        email: 'ada.byron@example.com',
        duplicateOf: null,
        existingContact: {
          id: contactId,
          name: 'Ada Byron',
          email: 'ada.byron@example.com',
          account: { name: 'Byron Analytical' },
        },
      },
      userErrors: [],
    });
    expect(second.lead).toMatchObject({
      duplicateOf: { id: first.lead!.id },
      existingContact: { id: contactId },
    });
    expect(await leadCount({ email: 'ada.byron@example.com', hasExistingContact: true })).toBe(2);
    expect(await leadCount({ email: 'ada.byron@example.com', hasExistingContact: false })).toBe(0);
  });

  it('under REJECT refuses the lead with DUPLICATE naming the contact, and writes nothing', async () => {
    const contactId = await createContact({ lastName: 'Turing', email: 'alan@example.com' });
    await untilMarketingKnowsContactsSoFar('REJECT');

    const refused = await captureLead(' Alan@EXAMPLE.com');

    expect(refused.lead).toBeNull();
    expect(refused.userErrors).toEqual([
      { field: ['input', 'email'], code: 'DUPLICATE', message: expect.stringContaining(contactId) },
    ]);
    expect(await leadCount({ email: 'alan@example.com' })).toBe(0);
  });

  it('under MERGE records the lead as FLAG would, since a contact is not Marketing’s to change', async () => {
    const contactId = await createContact({ lastName: 'Noether', email: 'emmy@example.com' });
    await untilMarketingKnowsContactsSoFar('MERGE');

    const first = await captureLeads(['Emmy@Example.com']);
    const again = await captureLeads(['EMMY@example.com']);

    expect(first).toMatchObject({ accepted: 1, created: 0, flagged: 1, merged: 0 });
    expect(first.results[0]).toMatchObject({
      outcome: 'FLAGGED',
      lead: { duplicateOf: null, existingContact: { id: contactId, name: 'Noether' } },
    });
    expect(again.results[0]).toMatchObject({
      outcome: 'MERGED',
      lead: { id: first.results[0].lead!.id },
    });
    expect(await leadCount({ email: 'emmy@example.com' })).toBe(1);
  });

  it('handles the one contact-matching row of a batch by the rule and stores the others', async () => {
    const contactId = await createContact({ lastName: 'Franklin', email: 'rosalind@example.com' });
    await untilMarketingKnowsContactsSoFar('REJECT');

    const rejected = await captureLeads([
      'maurice@example.com',
      'Rosalind@Example.com',
      'francis@example.com',
    ]);
    await setDuplicateRule(graph.query, 'FLAG');
    const flagged = await captureLeads([
      'james@example.com',
      'ROSALIND@example.com',
      'linus@example.com',
    ]);

    expect(rejected).toMatchObject({ accepted: 2, created: 2, refused: 1 });
    expect(rejected.results.map((result) => [result.outcome, result.errors[0]?.code])).toEqual([
      ['CREATED', undefined],
      ['REFUSED', 'DUPLICATE'],
      ['CREATED', undefined],
    ]);
    expect(rejected.results[1].errors[0].field).toEqual(['input', 'leads', '1', 'email']);
    expect(rejected.results[1].errors[0].message).toContain(contactId);
    expect(flagged).toMatchObject({ accepted: 3, created: 2, flagged: 1, refused: 0 });
    expect(flagged.results.map((result) => [result.outcome, result.lead?.existingContact])).toEqual(
      [
        ['CREATED', null],
        [
          'FLAGGED',
          { id: contactId, name: 'Franklin', email: 'rosalind@example.com', account: null },
        ],
        ['CREATED', null],
      ],
    );
  });

  it('follows a contact whose email changes in Accounts', async () => {
    const contactId = await createContact({ lastName: 'Meitner', email: 'lise@example.com' });
    const changed = await graph.query(
      `mutation ($input: UpdateContactInput!) {
        updateContact(input: $input) { contact { id } userErrors { code } }
      }`,
      { input: { id: contactId, email: 'lise.meitner@example.com' } },
    );
    expect(changed.errors).toBeUndefined();
    await untilMarketingKnowsContactsSoFar('REJECT');

    const oldEmail = await captureLead('lise@example.com');
    const newEmail = await captureLead('lise.meitner@example.com');

    expect(oldEmail.userErrors).toEqual([]);
    expect(oldEmail.lead).toMatchObject({ existingContact: null });
    expect(newEmail.userErrors).toEqual([
      { field: ['input', 'email'], code: 'DUPLICATE', message: expect.stringContaining(contactId) },
    ]);
  });
});
