import {
  CONVERT_LEAD,
  captureLeads,
  createCampaign,
  leadInput,
  qualifiedLead,
  type ConvertResult,
} from '../../subgraphs/marketing/__tests__/lead-operations';
import { startGraphUnderTest, type GraphUnderTest } from '../support/graph-under-test';

let graph: GraphUnderTest;
let campaignId: string;
let leadId: string;
let memberId: string;

const UNKNOWN_ID = '00000000-0000-4000-8000-000000000000';

beforeAll(async () => {
  graph = await startGraphUnderTest();
  campaignId = await createCampaign(graph.query, { name: 'Bad input', channel: 'WEB' });
  leadId = (await captureLeads(graph.query, [leadInput('bad.input@example.com')])).results[0].lead!
    .id;
  const member = await graph.query<{ addCampaignMember: { member: { id: string } } }>(
    `mutation ($input: AddCampaignMemberInput!) {
      addCampaignMember(input: $input) { member { id } }
    }`,
    { input: { campaignId, leadId } },
  );
  memberId = member.data!.addCampaignMember.member.id;
});

afterAll(async () => {
  await graph.close();
});

/** Everything a refused mutation could have written, counted through the gateway. */
async function footprint() {
  const result = await graph.query(
    `query ($campaignId: ID!, $leadId: ID!) {
      leads { totalCount }
      scoringRules { totalCount }
      assignmentTeams { totalCount }
      assignmentRules { totalCount }
      duplicateRule
      campaign(id: $campaignId) { memberCount respondedCount }
      lead(id: $leadId) { status score scoredAt title conversion { id } }
      accounts { totalCount }
      contacts { totalCount }
      opportunities { totalCount }
    }`,
    { campaignId, leadId },
  );
  expect(result.errors).toBeUndefined();

  return result.data;
}

const MUTATIONS: Record<string, string> = {
  captureLead: 'captureLead(input: $input) { lead { id } userErrors { code } }',
  captureLeads: 'captureLeads(input: $input) { accepted }',
  updateLead: 'updateLead(input: $input) { lead { id } userErrors { code } }',
  addCampaignMember: 'addCampaignMember(input: $input) { member { id } userErrors { code } }',
  updateCampaignMember: 'updateCampaignMember(input: $input) { member { id } userErrors { code } }',
  recordLeadActivity: 'recordLeadActivity(input: $input) { activity { id } userErrors { code } }',
  createScoringRule: 'createScoringRule(input: $input) { rule { id } userErrors { code } }',
  updateScoringRule: 'updateScoringRule(input: $input) { rule { id } userErrors { code } }',
  deleteScoringRule: 'deleteScoringRule(input: $input) { deletedId userErrors { code } }',
  qualifyLead: 'qualifyLead(input: $input) { lead { id } userErrors { code } }',
  disqualifyLead: 'disqualifyLead(input: $input) { lead { id } userErrors { code } }',
  convertLead: 'convertLead(input: $input) { lead { id } userErrors { code } }',
  setDuplicateRule: 'setDuplicateRule(input: $input) { rule userErrors { code } }',
  createAssignmentTeam: 'createAssignmentTeam(input: $input) { team { id } userErrors { code } }',
  updateAssignmentTeam: 'updateAssignmentTeam(input: $input) { team { id } userErrors { code } }',
  createAssignmentRule: 'createAssignmentRule(input: $input) { rule { id } userErrors { code } }',
  updateAssignmentRule: 'updateAssignmentRule(input: $input) { rule { id } userErrors { code } }',
  deleteAssignmentRule: 'deleteAssignmentRule(input: $input) { deletedId userErrors { code } }',
};

const INPUT_TYPES: Record<string, string> = {
  captureLead: 'CaptureLeadInput',
  captureLeads: 'CaptureLeadsInput',
  updateLead: 'UpdateLeadInput',
  addCampaignMember: 'AddCampaignMemberInput',
  updateCampaignMember: 'UpdateCampaignMemberInput',
  recordLeadActivity: 'RecordLeadActivityInput',
  createScoringRule: 'CreateScoringRuleInput',
  updateScoringRule: 'UpdateScoringRuleInput',
  deleteScoringRule: 'DeleteScoringRuleInput',
  qualifyLead: 'QualifyLeadInput',
  disqualifyLead: 'DisqualifyLeadInput',
  convertLead: 'ConvertLeadInput',
  setDuplicateRule: 'SetDuplicateRuleInput',
  createAssignmentTeam: 'CreateAssignmentTeamInput',
  updateAssignmentTeam: 'UpdateAssignmentTeamInput',
  createAssignmentRule: 'CreateAssignmentRuleInput',
  updateAssignmentRule: 'UpdateAssignmentRuleInput',
  deleteAssignmentRule: 'DeleteAssignmentRuleInput',
};

function send(mutation: string, input: Record<string, unknown>, scopes?: string[]) {
  return graph.query(
    `mutation ($input: ${INPUT_TYPES[mutation]}!) { ${MUTATIONS[mutation]} }`,
    { input },
    scopes,
  );
}

const FUTURE = new Date(Date.now() + 86_400_000).toISOString();

/** [mutation, what is wrong, input (ids filled in at run time), field named in the error]. */
const MALFORMED: [string, string, () => Record<string, unknown>, string][] = [
  ['captureLead', 'a malformed email', () => leadInput('no-at-sign'), 'input.email'],
  [
    'captureLead',
    'a negative employee count',
    () => leadInput('neg@example.com', { employeeCount: -1 }),
    'input.employeeCount',
  ],
  ['captureLeads', 'an empty batch', () => ({ leads: [] }), 'input.leads'],
  [
    'captureLeads',
    'a batch over 10,000 leads',
    () => ({ leads: Array.from({ length: 10_001 }, (_, n) => leadInput(`big${n}@example.com`)) }),
    'input.leads',
  ],
  [
    'updateLead',
    'a negative employee count',
    () => ({ id: leadId, employeeCount: -5 }),
    'input.employeeCount',
  ],
  ['updateLead', 'a cleared last name', () => ({ id: leadId, lastName: null }), 'input.lastName'],
  [
    'addCampaignMember',
    'both a lead and a contact',
    () => ({ campaignId, leadId, contactId: UNKNOWN_ID }),
    'input.leadId',
  ],
  ['addCampaignMember', 'neither a lead nor a contact', () => ({ campaignId }), 'input.leadId'],
  [
    'addCampaignMember',
    'a malformed contact id',
    () => ({ campaignId, contactId: 'c-42' }),
    'input.contactId',
  ],
  [
    'recordLeadActivity',
    'an activity in the future',
    () => ({ leadId, kind: 'WEB_VISIT', occurredAt: FUTURE }),
    'input.occurredAt',
  ],
  [
    'createScoringRule',
    'a FIT rule without a field',
    () => ({ name: 'x', kind: 'FIT', points: 5 }),
    'input.field',
  ],
  [
    'createScoringRule',
    'an ENGAGEMENT rule without a half-life',
    () => ({ name: 'x', kind: 'ENGAGEMENT', activityKind: 'WEB_VISIT', points: 5 }),
    'input.halfLifeDays',
  ],
  [
    'createScoringRule',
    'points out of range',
    () => ({ name: 'x', kind: 'FIT', field: 'INDUSTRY', value: 'Retail', points: 500 }),
    'input.points',
  ],
  [
    'createScoringRule',
    'negative engagement points',
    () => ({
      name: 'x',
      kind: 'ENGAGEMENT',
      activityKind: 'WEB_VISIT',
      points: -5,
      halfLifeDays: 3,
    }),
    'input.points',
  ],
  [
    'createScoringRule',
    'an unknown country',
    () => ({ name: 'x', kind: 'FIT', field: 'COUNTRY', value: 'XX', points: 5 }),
    'input.value',
  ],
  [
    'createScoringRule',
    'an upside-down size bucket',
    () => ({
      name: 'x',
      kind: 'FIT',
      field: 'EMPLOYEE_COUNT',
      minEmployees: 500,
      maxEmployees: 50,
      points: 5,
    }),
    'input.maxEmployees',
  ],
  [
    'createScoringRule',
    'a value on a size rule',
    () => ({
      name: 'x',
      kind: 'FIT',
      field: 'EMPLOYEE_COUNT',
      value: 'big',
      minEmployees: 5,
      points: 5,
    }),
    'input.value',
  ],
  [
    'qualifyLead',
    'a negative budget',
    () => ({ leadId, budget: '-10', authority: 'INFLUENCER', need: 'x', timeline: 'LATER' }),
    'input.budget',
  ],
  [
    'qualifyLead',
    'a blank need',
    () => ({ leadId, budget: '10', authority: 'INFLUENCER', need: '  ', timeline: 'LATER' }),
    'input.need',
  ],
  ['disqualifyLead', 'a blank reason', () => ({ leadId, reason: '' }), 'input.reason'],
  [
    'convertLead',
    'an opportunity name over 200 characters',
    () => ({ leadId, opportunityName: 'x'.repeat(201) }),
    'input.opportunityName',
  ],
  [
    'convertLead',
    'a negative amount',
    () => ({ leadId, amount: '-1', closeDate: '2027-01-01' }),
    'input.amount',
  ],
  [
    'convertLead',
    'opportunity fields without an opportunity',
    () => ({ leadId, createOpportunity: false, amount: '5' }),
    'input.amount',
  ],
  [
    'createAssignmentTeam',
    'no members',
    () => ({ name: 'Empty', memberIds: [] }),
    'input.memberIds',
  ],
  [
    'createAssignmentTeam',
    'a member twice',
    () => ({ name: 'Twice', memberIds: ['a', 'a'] }),
    'input.memberIds',
  ],
  [
    'createAssignmentRule',
    'an unknown country',
    () => ({ priority: 1, country: 'XX', teamId: UNKNOWN_ID }),
    'input.country',
  ],
  [
    'createAssignmentRule',
    'a negative priority',
    () => ({ priority: -1, teamId: UNKNOWN_ID }),
    'input.priority',
  ],
];

/** [mutation, what is unknown, input]: each answered NOT_FOUND naming the id field. */
const UNKNOWN: [string, string, () => Record<string, unknown>, string][] = [
  ['updateLead', 'lead', () => ({ id: UNKNOWN_ID, title: 'x' }), 'input.id'],
  ['updateCampaignMember', 'member', () => ({ id: UNKNOWN_ID, status: 'OPENED' }), 'input.id'],
  ['recordLeadActivity', 'lead', () => ({ leadId: UNKNOWN_ID, kind: 'WEB_VISIT' }), 'input.leadId'],
  ['updateScoringRule', 'rule', () => ({ id: UNKNOWN_ID, points: 3 }), 'input.id'],
  ['deleteScoringRule', 'rule', () => ({ id: UNKNOWN_ID }), 'input.id'],
  [
    'qualifyLead',
    'lead',
    () => ({
      leadId: UNKNOWN_ID,
      budget: '1',
      authority: 'INFLUENCER',
      need: 'x',
      timeline: 'LATER',
    }),
    'input.leadId',
  ],
  ['disqualifyLead', 'lead', () => ({ leadId: UNKNOWN_ID, reason: 'x' }), 'input.leadId'],
  ['convertLead', 'lead', () => ({ leadId: UNKNOWN_ID, closeDate: '2027-01-01' }), 'input.leadId'],
  ['updateAssignmentTeam', 'team', () => ({ id: UNKNOWN_ID, name: 'x' }), 'input.id'],
  ['updateAssignmentRule', 'rule', () => ({ id: UNKNOWN_ID, priority: 4 }), 'input.id'],
  ['deleteAssignmentRule', 'rule', () => ({ id: UNKNOWN_ID }), 'input.id'],
];

describe('bad input to the lead mutations', () => {
  it.each(MALFORMED)(
    '%s refuses %s with BAD_USER_INPUT and writes nothing',
    async (mutation, _case, input, field) => {
      const before = await footprint();
      const result = await send(mutation, input());

      expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
      expect(await footprint()).toEqual(before);
    },
  );

  it.each(UNKNOWN)(
    '%s answers NOT_FOUND for an unknown %s',
    async (mutation, _case, input, field) => {
      const before = await footprint();
      const result = await send(mutation, input());

      expect(result.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', field });
      expect(await footprint()).toEqual(before);
    },
  );

  it('captureLeads refuses each row holding a NUL character on its own and stores the others', async () => {
    const leads: Record<string, unknown>[] = Array.from({ length: 1000 }, (_, n) =>
      leadInput(`nul.batch${n}@example.com`),
    );
    leads[1] = { ...leads[1], company: 'Nul\u0000 Inc' };
    leads[998] = { ...leads[998], lastName: 'Null\u0000' };

    const batch = await captureLeads(graph.query, leads);

    expect(batch).toMatchObject({ accepted: 998, created: 998, refused: 2 });
    expect(batch.results.filter((result) => result.outcome === 'REFUSED')).toEqual([
      {
        index: 1,
        outcome: 'REFUSED',
        lead: null,
        errors: [
          {
            index: 1,
            field: ['input', 'leads', '1', 'company'],
            message: 'input.leads.1.company must not contain the NUL character',
            code: 'INVALID',
          },
        ],
      },
      expect.objectContaining({
        index: 998,
        errors: [expect.objectContaining({ field: ['input', 'leads', '998', 'lastName'] })],
      }),
    ]);
  });

  it('captureLeads refuses a NUL character in a row literal with the row alone', async () => {
    const result = await graph.query<{
      captureLeads: { created: number; results: { outcome: string; errors: unknown[] }[] };
    }>(
      `mutation {
        captureLeads(input: { leads: [
          { firstName: "Lit", lastName: "Ok", email: "literal.ok@example.com" },
          { firstName: "Lit\\u0000", lastName: "Nul", email: "literal.nul@example.com" }
        ] }) { created results { outcome errors { field code } } }
      }`,
    );

    expect(result.data).toEqual({
      captureLeads: {
        created: 1,
        results: [
          { outcome: 'CREATED', errors: [] },
          {
            outcome: 'REFUSED',
            errors: [{ field: ['input', 'leads', '1', 'firstName'], code: 'INVALID' }],
          },
        ],
      },
    });
  });

  it('refuses a NUL character outside the rows of a batch before anything is written', async () => {
    const before = await footprint();
    const result = await graph.query(
      `mutation ($input: CaptureLeadsInput!, $rule: SetDuplicateRuleInput!) {
        captureLeads(input: $input) { accepted }
        setDuplicateRule(input: $rule) { rule }
      }`,
      { input: { leads: [leadInput('outside.nul@example.com')] }, rule: { rule: 'FLAG\u0000' } },
    );
    const single = await send(
      'captureLead',
      leadInput('single.nul@example.com', { title: '\u0000' }),
    );

    expect(result.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'rule.rule',
    });
    expect(single.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.title',
    });
    expect(await footprint()).toEqual(before);
  });

  it('setDuplicateRule refuses a rule that does not exist', async () => {
    const before = await footprint();
    const result = await send('setDuplicateRule', { rule: 'IGNORE' });

    expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(await footprint()).toEqual(before);
  });

  it.each<[string, () => Record<string, unknown>, string, string]>([
    ['an unknown campaign', () => ({ campaignId: UNKNOWN_ID, leadId }), 'campaignId', 'NOT_FOUND'],
    ['an unknown lead', () => ({ campaignId, leadId: UNKNOWN_ID }), 'leadId', 'NOT_FOUND'],
    ['a member twice', () => ({ campaignId, leadId }), 'leadId', 'DUPLICATE'],
  ])(
    'addCampaignMember reports %s in userErrors and writes nothing',
    async (_case, input, field, code) => {
      const before = await footprint();
      const result = await graph.query(
        `mutation ($input: AddCampaignMemberInput!) {
        addCampaignMember(input: $input) { member { id } userErrors { field code } }
      }`,
        { input: input() },
      );

      expect(result.data).toEqual({
        addCampaignMember: { member: null, userErrors: [{ field: ['input', field], code }] },
      });
      expect(await footprint()).toEqual(before);
    },
  );

  it('convertLead needs accounts:write and sales:write besides marketing:write', async () => {
    const qualified = await qualifiedLead(graph.query, 'scopes@example.com');
    const before = await footprint();
    const input = { leadId: qualified, closeDate: '2027-01-01' };

    const noAccounts = await send('convertLead', input, ['marketing:write', 'marketing:read']);
    const noSales = await send('convertLead', input, [
      'marketing:write',
      'marketing:read',
      'accounts:write',
    ]);

    expect(noAccounts.errors?.[0].extensions).toMatchObject({
      code: 'FORBIDDEN',
      scope: 'accounts:write',
    });
    expect(noSales.errors?.[0].extensions).toMatchObject({
      code: 'FORBIDDEN',
      scope: 'sales:write',
    });
    expect(await footprint()).toEqual(before);
  });

  it('convertLead reports an unknown account, creates nothing, and converts once the account is right', async () => {
    const qualified = await qualifiedLead(graph.query, 'unknown.account@example.com');
    const before = await footprint();

    const refused = await graph.query<ConvertResult>(CONVERT_LEAD, {
      input: { leadId: qualified, accountId: UNKNOWN_ID, closeDate: '2027-01-01' },
    });

    expect(refused.data!.convertLead).toMatchObject({
      conversion: { status: 'FAILED' },
      account: null,
      userErrors: [{ field: ['input', 'accountId'], code: 'NOT_FOUND' }],
    });
    expect(await footprint()).toEqual(before);
    const lead = await graph.query(
      'query ($id: ID!) { lead(id: $id) { status conversion { id } } }',
      {
        id: qualified,
      },
    );
    expect(lead.data).toEqual({ lead: { status: 'QUALIFIED', conversion: null } });

    const account = await graph.query<{ createAccount: { account: { id: string } } }>(
      'mutation { createAccount(input: { name: "Existing Co" }) { account { id } } }',
    );
    const accountId = account.data!.createAccount.account.id;
    const converted = await graph.query<ConvertResult>(CONVERT_LEAD, {
      input: { leadId: qualified, accountId, closeDate: '2027-01-01' },
    });
    expect(converted.data!.convertLead).toMatchObject({
      lead: { status: 'CONVERTED' },
      account: { id: accountId },
      userErrors: [],
    });
    const contacts = await graph.query(
      'query ($id: ID!) { account(id: $id) { contacts { edges { node { email } } } } }',
      { id: accountId },
    );
    expect(contacts.data).toEqual({
      account: { contacts: { edges: [{ node: { email: 'unknown.account@example.com' } }] } },
    });
  });

  it('convertLead refuses a close date Sales cannot forecast before Accounts writes anything', async () => {
    const qualified = await qualifiedLead(graph.query, 'ancient.close@example.com');
    const before = await footprint();

    const refused = await send('convertLead', { leadId: qualified, closeDate: '1850-06-30' });

    expect(refused.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.closeDate',
    });
    expect(await footprint()).toEqual(before);
  });

  it('updateCampaignMember records a response once', async () => {
    const result = await graph.query(
      `mutation ($input: UpdateCampaignMemberInput!) {
        updateCampaignMember(input: $input) { member { status hasResponded } userErrors { code } }
      }`,
      { input: { id: memberId, status: 'REGISTERED' } },
    );
    const back = await graph.query(
      `mutation ($input: UpdateCampaignMemberInput!) {
        updateCampaignMember(input: $input) { member { status hasResponded } userErrors { code } }
      }`,
      { input: { id: memberId, status: 'OPENED' } },
    );

    expect(result.data).toEqual({
      updateCampaignMember: {
        member: { status: 'REGISTERED', hasResponded: true },
        userErrors: [],
      },
    });
    expect(back.data).toEqual({
      updateCampaignMember: { member: { status: 'OPENED', hasResponded: true }, userErrors: [] },
    });
  });
});
