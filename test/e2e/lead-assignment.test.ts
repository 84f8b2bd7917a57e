import {
  captureLeads,
  leadInput,
  setDuplicateRule,
} from '../../subgraphs/marketing/__tests__/lead-operations';
import { startGraphUnderTest, type GraphUnderTest } from '../support/graph-under-test';

let graph: GraphUnderTest;
let dachTeamId: string;

beforeAll(async () => {
  graph = await startGraphUnderTest();
});

afterAll(async () => {
  await graph.close();
});

async function createTeam(name: string, memberIds: string[]): Promise<string> {
  const result = await graph.query<{ createAssignmentTeam: { team: { id: string } } }>(
    `mutation ($input: CreateAssignmentTeamInput!) {
      createAssignmentTeam(input: $input) { team { id } userErrors { message } }
    }`,
    { input: { name, memberIds } },
  );

  return result.data!.createAssignmentTeam.team.id;
}

async function createRule(input: Record<string, unknown>) {
  const result = await graph.query<{
    createAssignmentRule: {
      rule: { id: string; team: { name: string } } | null;
      userErrors: { field: string[]; code: string }[];
    };
  }>(
    `mutation ($input: CreateAssignmentRuleInput!) {
      createAssignmentRule(input: $input) {
        rule { id team { name } } userErrors { field code }
      }
    }`,
    { input },
  );

  return result.data!.createAssignmentRule;
}

async function captureOne(email: string, fields: Record<string, unknown>): Promise<string | null> {
  const result = await graph.query<{ captureLead: { lead: { ownerId: string | null } } }>(
    `mutation ($input: CaptureLeadInput!) { captureLead(input: $input) { lead { ownerId } } }`,
    { input: leadInput(email, fields) },
  );

  return result.data!.captureLead.lead.ownerId;
}

function tally(owners: (string | null)[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const owner of owners) {
    counts[String(owner)] = (counts[String(owner)] ?? 0) + 1;
  }

  return counts;
}

describe('lead assignment', () => {
  beforeAll(async () => {
    dachTeamId = await createTeam('DACH', ['anna', 'bernd', 'clara']);
    const retailTeamId = await createTeam('Retail', ['rosa']);
    const everyoneTeamId = await createTeam('Everyone else', ['zoe']);
    await createRule({ priority: 10, country: 'de', teamId: dachTeamId });
    await createRule({ priority: 20, industry: 'retail', teamId: retailTeamId });
    await createRule({ priority: 100, teamId: everyoneTeamId });
  });

  it('deals leads captured at the same time evenly around the team', async () => {
    const owners = await Promise.all(
      Array.from({ length: 30 }, (_, n) => captureOne(`rr${n}@example.com`, { country: 'DE' })),
    );

    expect(tally(owners)).toEqual({ anna: 10, bernd: 10, clara: 10 });
  });

  it('continues the round within a batch, in row order', async () => {
    const batch = await captureLeads(
      graph.query,
      Array.from({ length: 5 }, (_, n) => leadInput(`batch${n}@example.com`, { country: 'DE' })),
    );

    expect(batch.results.map((result) => result.lead!.ownerId)).toEqual([
      'anna',
      'bernd',
      'clara',
      'anna',
      'bernd',
    ]);
  });

  it('routes by the first matching rule: country, then industry, then the catch-all', async () => {
    expect(await captureOne('route-de@example.com', { country: 'DE', industry: 'Retail' })).toBe(
      'clara',
    );
    expect(
      await captureOne('route-retail@example.com', { country: 'FR', industry: 'RETAIL' }),
    ).toBe('rosa');
    expect(await captureOne('route-other@example.com', { country: 'FR' })).toBe('zoe');
  });

  it('gives a flagged duplicate the owner of the lead it duplicates', async () => {
    await setDuplicateRule(graph.query, 'FLAG');
    const original = await captureOne('twice@example.com', { country: 'FR' });
    const duplicate = await captureOne('twice@example.com', { country: 'DE' });
    await setDuplicateRule(graph.query, 'REJECT');

    expect(original).toBe('zoe');
    expect(duplicate).toBe('zoe');
  });

  it('deals to the new members once a team changes', async () => {
    const result = await graph.query(
      `mutation ($input: UpdateAssignmentTeamInput!) {
        updateAssignmentTeam(input: $input) { team { memberIds } userErrors { code } }
      }`,
      { input: { id: dachTeamId, memberIds: ['dora', 'emil'] } },
    );
    expect(result.data).toEqual({
      updateAssignmentTeam: { team: { memberIds: ['dora', 'emil'] }, userErrors: [] },
    });
    const owners = await Promise.all(
      Array.from({ length: 4 }, (_, n) => captureOne(`changed${n}@example.com`, { country: 'DE' })),
    );

    expect(tally(owners)).toEqual({ dora: 2, emil: 2 });
  });

  it('refuses a second rule with the same priority and a rule for an unknown team', async () => {
    expect(await createRule({ priority: 10, country: 'AT', teamId: dachTeamId })).toEqual({
      rule: null,
      userErrors: [{ field: ['input', 'priority'], code: 'DUPLICATE' }],
    });
    expect(
      await createRule({ priority: 11, teamId: '00000000-0000-4000-8000-000000000000' }),
    ).toEqual({ rule: null, userErrors: [{ field: ['input', 'teamId'], code: 'NOT_FOUND' }] });
    const rules = await graph.query<{ assignmentRules: { totalCount: number } }>(
      '{ assignmentRules { totalCount edges { node { priority country industry } } } }',
    );
    expect(rules.data!.assignmentRules.totalCount).toBe(3);
  });
});
