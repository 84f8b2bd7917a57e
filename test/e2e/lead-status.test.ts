import {
  CONVERT_LEAD,
  captureLeads,
  leadInput,
  type ConvertResult,
} from '../../subgraphs/marketing/__tests__/lead-operations';
import { startGraphUnderTest, type GraphUnderTest } from '../support/graph-under-test';

let graph: GraphUnderTest;

beforeAll(async () => {
  graph = await startGraphUnderTest();
});

afterAll(async () => {
  await graph.close();
});

interface Moved {
  lead: { status: string; disqualificationReason?: string | null } | null;
  userErrors: { field: string[]; code: string }[];
}

const BANT = {
  budget: '1000.00',
  authority: 'INFLUENCER',
  need: 'Reporting',
  timeline: 'LATER',
};

async function newLead(email: string): Promise<string> {
  return (await captureLeads(graph.query, [leadInput(email)])).results[0].lead!.id;
}

async function setStatus(id: string, status: string): Promise<Moved> {
  const result = await graph.query<{ updateLead: Moved }>(
    `mutation ($input: UpdateLeadInput!) {
      updateLead(input: $input) { lead { status } userErrors { field code } }
    }`,
    { input: { id, status } },
  );

  return result.data!.updateLead;
}

async function qualify(leadId: string): Promise<Moved> {
  const result = await graph.query<{ qualifyLead: Moved }>(
    `mutation ($input: QualifyLeadInput!) {
      qualifyLead(input: $input) { lead { status } userErrors { field code } }
    }`,
    { input: { leadId, ...BANT } },
  );

  return result.data!.qualifyLead;
}

async function disqualify(leadId: string, reason: string): Promise<Moved> {
  const result = await graph.query<{ disqualifyLead: Moved }>(
    `mutation ($input: DisqualifyLeadInput!) {
      disqualifyLead(input: $input) {
        lead { status disqualificationReason } userErrors { field code }
      }
    }`,
    { input: { leadId, reason } },
  );

  return result.data!.disqualifyLead;
}

const moved = (status: string) => ({ lead: { status }, userErrors: [] });

const refused = (field: string) => ({
  lead: null,
  userErrors: [{ field: ['input', field], code: 'INVALID_TRANSITION' }],
});

describe('lead status transitions', () => {
  it('moves a lead along the allowed transitions and refuses the others', async () => {
    const id = await newLead('status.walk@example.com');

    expect(await setStatus(id, 'WORKING')).toEqual(moved('WORKING'));
    expect(await setStatus(id, 'OPEN')).toEqual(refused('status'));
    expect(await setStatus(id, 'QUALIFIED')).toEqual(refused('status'));
    expect(await setStatus(id, 'UNQUALIFIED')).toEqual(refused('status'));
    expect(await setStatus(id, 'NURTURING')).toEqual(moved('NURTURING'));
    expect(await qualify(id)).toMatchObject(moved('QUALIFIED'));
    expect(await setStatus(id, 'WORKING')).toEqual(moved('WORKING'));
    expect(await disqualify(id, 'No budget this year')).toEqual({
      lead: { status: 'UNQUALIFIED', disqualificationReason: 'No budget this year' },
      userErrors: [],
    });
    expect(await qualify(id)).toEqual(refused('leadId'));
    expect(await disqualify(id, 'Again')).toEqual(refused('leadId'));
    expect(await setStatus(id, 'NURTURING')).toEqual(moved('NURTURING'));
    expect(await qualify(id)).toMatchObject(moved('QUALIFIED'));
  });

  it('converts only a QUALIFIED lead and writes nothing otherwise', async () => {
    const id = await newLead('status.open@example.com');
    const result = await graph.query<ConvertResult>(CONVERT_LEAD, {
      input: { leadId: id, closeDate: '2027-03-31' },
    });

    expect(result.data!.convertLead).toEqual({
      lead: null,
      account: null,
      contact: null,
      opportunity: null,
      conversion: null,
      userErrors: [
        {
          field: ['input', 'leadId'],
          message: expect.stringContaining('OPEN'),
          code: 'INVALID_TRANSITION',
        },
      ],
    });
    const state = await graph.query<{ lead: { status: string; conversion: null } }>(
      'query ($id: ID!) { lead(id: $id) { status conversion { id } } }',
      { id },
    );
    expect(state.data!.lead).toEqual({ status: 'OPEN', conversion: null });
  });

  it('keeps a converted lead final: no edit, no move, no activity', async () => {
    const id = await newLead('status.final@example.com');
    await qualify(id);
    const converted = await graph.query<ConvertResult>(CONVERT_LEAD, {
      input: { leadId: id, createOpportunity: false },
    });
    expect(converted.data!.convertLead).toMatchObject({
      lead: { status: 'CONVERTED' },
      opportunity: null,
      userErrors: [],
    });

    const edit = await graph.query<{ updateLead: Moved }>(
      `mutation ($input: UpdateLeadInput!) {
        updateLead(input: $input) { lead { status } userErrors { field code } }
      }`,
      { input: { id, title: 'Changed' } },
    );
    const activity = await graph.query<{ recordLeadActivity: Moved }>(
      `mutation ($input: RecordLeadActivityInput!) {
        recordLeadActivity(input: $input) { lead { status } userErrors { field code } }
      }`,
      { input: { leadId: id, kind: 'WEB_VISIT' } },
    );

    expect(edit.data!.updateLead).toEqual(refused('id'));
    expect(await setStatus(id, 'WORKING')).toEqual(refused('id'));
    expect(await qualify(id)).toEqual(refused('leadId'));
    expect(await disqualify(id, 'Too late')).toEqual(refused('leadId'));
    expect(activity.data!.recordLeadActivity).toEqual(refused('leadId'));
  });
});
