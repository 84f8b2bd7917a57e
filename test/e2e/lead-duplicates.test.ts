import {
  CONVERT_LEAD,
  captureLeads,
  leadInput,
  qualifiedLead,
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

async function leadsWithEmail(email: string) {
  const result = await graph.query<{
    leads: {
      totalCount: number;
      edges: { node: { id: string; duplicateOf: { id: string } | null } }[];
    };
  }>(
    `query ($email: String!) {
      leads(first: 100, filter: { email: $email }) {
        totalCount edges { node { id duplicateOf { id } } }
      }
    }`,
    { email },
  );

  return result.data!.leads;
}

async function lead(id: string) {
  const result = await graph.query<{ lead: Record<string, unknown> }>(
    `query ($id: ID!) {
      lead(id: $id) {
        id company title phone industry country employeeCount status
        scoreBreakdown { activityKind activityCount }
      }
    }`,
    { id },
  );

  return result.data!.lead;
}

describe('duplicate emails under the REJECT rule (the default)', () => {
  it('refuses a known email and a repeat within the batch, each with DUPLICATE', async () => {
    await captureLeads(graph.query, [leadInput('rita.known@example.com')]);

    const batch = await captureLeads(graph.query, [
      leadInput('Rita.Known@EXAMPLE.com'),
      leadInput('ray.new@example.com'),
      leadInput('RAY.NEW@example.com'),
    ]);

    expect(batch).toMatchObject({ accepted: 1, created: 1, refused: 2 });
    expect(batch.results.map((result) => [result.outcome, result.errors[0]?.code])).toEqual([
      ['REFUSED', 'DUPLICATE'],
      ['CREATED', undefined],
      ['REFUSED', 'DUPLICATE'],
    ]);
    expect(batch.results[0].errors[0].field).toEqual(['input', 'leads', '0', 'email']);
    expect((await leadsWithEmail('rita.known@example.com')).totalCount).toBe(1);
    expect((await leadsWithEmail('ray.new@example.com')).totalCount).toBe(1);
  });

  it('stores each email once when concurrent batches repeat the same addresses', async () => {
    const emails = Array.from({ length: 40 }, (_, n) => `race${n}@example.com`);
    const batches = await Promise.all(
      Array.from({ length: 5 }, () =>
        captureLeads(
          graph.query,
          emails.map((email) => leadInput(email)),
        ),
      ),
    );

    expect(batches.reduce((sum, batch) => sum + batch.created, 0)).toBe(40);
    expect(batches.reduce((sum, batch) => sum + batch.refused, 0)).toBe(160);
    for (const email of emails.slice(0, 5)) {
      expect((await leadsWithEmail(email)).totalCount).toBe(1);
    }
  });
});

describe('duplicate emails under the MERGE rule', () => {
  beforeAll(async () => {
    await setDuplicateRule(graph.query, 'MERGE');
    await graph.query(
      `mutation {
        createScoringRule(input: {
          name: "Forms", kind: ENGAGEMENT, activityKind: FORM_SUBMITTED, points: 10, halfLifeDays: 30
        }) { rule { id } }
      }`,
    );
  });

  it('fills the empty fields of the known lead and counts each capture as engagement', async () => {
    const first = await captureLeads(graph.query, [
      leadInput('mona.merge@example.com', { title: 'CTO' }),
    ]);
    const id = first.results[0].lead!.id;

    const batch = await captureLeads(graph.query, [
      leadInput('Mona.Merge@example.com', { company: 'Acme', title: 'Intern', phone: '+49 1' }),
      leadInput('mona.merge@example.com', { industry: 'Retail', company: 'Other Co' }),
    ]);

    expect(batch).toMatchObject({ accepted: 2, merged: 2, created: 0 });
    expect(batch.results.map((result) => [result.outcome, result.lead?.id])).toEqual([
      ['MERGED', id],
      ['MERGED', id],
    ]);
    expect(await lead(id)).toMatchObject({
      company: 'Acme',
      title: 'CTO',
      phone: '+49 1',
      industry: 'Retail',
      scoreBreakdown: [{ activityKind: 'FORM_SUBMITTED', activityCount: 3 }],
    });
    expect((await leadsWithEmail('mona.merge@example.com')).totalCount).toBe(1);
  });

  it('merges repeats within one batch into the lead the batch creates', async () => {
    const batch = await captureLeads(graph.query, [
      leadInput('nils.new@example.com'),
      leadInput('NILS.new@example.com', { country: 'se', employeeCount: 120 }),
    ]);

    expect(batch.results.map((result) => result.outcome)).toEqual(['CREATED', 'MERGED']);
    expect(batch.results[1].lead!.id).toBe(batch.results[0].lead!.id);
    expect(await lead(batch.results[0].lead!.id)).toMatchObject({
      country: 'SE',
      employeeCount: 120,
    });
  });

  it('answers captureLead with the known lead', async () => {
    const known = await captureLeads(graph.query, [leadInput('olga.single@example.com')]);
    const result = await graph.query<{ captureLead: { lead: { id: string }; userErrors: [] } }>(
      `mutation ($input: CaptureLeadInput!) {
        captureLead(input: $input) { lead { id } userErrors { code } }
      }`,
      { input: leadInput('OLGA.single@example.com', { company: 'Olga GmbH' }) },
    );

    expect(result.data!.captureLead).toEqual({
      lead: { id: known.results[0].lead!.id },
      userErrors: [],
    });
  });

  it('leaves a converted lead (now a contact) as it is', async () => {
    const leadId = await qualifiedLead(graph.query, 'paul.contact@example.com');
    const converted = await graph.query(CONVERT_LEAD, {
      input: { leadId, createOpportunity: false },
    });
    expect(converted.errors).toBeUndefined();

    const batch = await captureLeads(graph.query, [
      leadInput('paul.contact@example.com', { company: 'Late Info Ltd' }),
    ]);

    expect(batch.results[0]).toMatchObject({
      outcome: 'MERGED',
      lead: { id: leadId, status: 'CONVERTED' },
    });
    expect(await lead(leadId)).toMatchObject({ company: null, status: 'CONVERTED' });
  });
});

describe('duplicate emails under the FLAG rule', () => {
  beforeAll(async () => {
    await setDuplicateRule(graph.query, 'FLAG');
  });

  it('records each repeat as a new lead flagged as a duplicate of the known one', async () => {
    const first = await captureLeads(graph.query, [leadInput('fred.flag@example.com')]);
    const id = first.results[0].lead!.id;

    const batch = await captureLeads(graph.query, [
      leadInput('FRED.flag@example.com'),
      leadInput('fred.flag@example.com'),
      leadInput('gina.flag@example.com'),
      leadInput('Gina.Flag@example.com'),
    ]);

    expect(batch).toMatchObject({ accepted: 4, created: 1, flagged: 3 });
    expect(batch.results.map((result) => [result.outcome, result.lead?.duplicateOf?.id])).toEqual([
      ['FLAGGED', id],
      ['FLAGGED', id],
      ['CREATED', undefined],
      ['FLAGGED', batch.results[2].lead!.id],
    ]);
    const fred = await leadsWithEmail('fred.flag@example.com');
    expect(fred.totalCount).toBe(3);
    expect(fred.edges.filter((edge) => edge.node.duplicateOf === null)).toEqual([
      { node: { id, duplicateOf: null } },
    ]);
    const flagged = await graph.query<{ leads: { totalCount: number } }>(
      'query ($id: ID!) { leads(filter: { duplicateOf: $id }) { totalCount } }',
      { id },
    );
    expect(flagged.data!.leads.totalCount).toBe(2);
  });
});

describe('switching the rule', () => {
  it('reads back the rule that was set', async () => {
    await setDuplicateRule(graph.query, 'REJECT');
    const result = await graph.query('{ duplicateRule }');

    expect(result.data).toEqual({ duplicateRule: 'REJECT' });
  });
});
