import {
  CONVERT_LEAD,
  QUALIFY_LEAD,
  captureLeads,
  createCampaign,
  eventually,
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

const DAY_MS = 86_400_000;

interface ScoredLead {
  lead: {
    score: number;
    scoredAt: string;
    scoreBreakdown: {
      rule: { name: string };
      kind: string;
      field: string | null;
      activityKind: string | null;
      matchedValue: string | null;
      activityCount: number;
      points: number;
      decayedPoints: string;
    }[];
  };
}

async function createRule(input: Record<string, unknown>): Promise<void> {
  const result = await graph.query(
    `mutation ($input: CreateScoringRuleInput!) {
      createScoringRule(input: $input) { rule { id } userErrors { message } }
    }`,
    { input },
  );
  expect(result.errors).toBeUndefined();
}

describe('from campaign to opportunity, through the gateway', () => {
  let campaignId: string;
  let leadId: string;
  let conversion: ConvertResult['convertLead'];

  it('captures a batch: good rows are stored, each bad row is refused with its own errors', async () => {
    campaignId = await createCampaign(graph.query, {
      name: 'Logistics Summit 2026',
      channel: 'EVENT',
      status: 'ACTIVE',
      actualCost: '1000.00',
    });
    await createRule({
      name: 'Manufacturing',
      kind: 'FIT',
      field: 'INDUSTRY',
      value: 'manufacturing',
      points: 20,
    });
    await createRule({
      name: 'Director',
      kind: 'FIT',
      field: 'TITLE',
      value: 'director',
      points: 15,
    });
    await createRule({
      name: 'Response',
      kind: 'ENGAGEMENT',
      activityKind: 'RESPONDED',
      points: 30,
      halfLifeDays: 7,
    });
    await createRule({
      name: 'Form',
      kind: 'ENGAGEMENT',
      activityKind: 'FORM_SUBMITTED',
      points: 5,
      halfLifeDays: 30,
    });

    const batch = await captureLeads(graph.query, [
      leadInput('Ana.Diaz@Example.com', {
        industry: 'Manufacturing',
        title: 'Director of Operations',
        company: 'Diaz Freight',
        campaignId,
      }),
      leadInput('not-an-email', { campaignId }),
      leadInput('ben.okafor@example.com', { campaignId, country: 'ng' }),
      leadInput('cleo.marsh@example.com', { campaignId, country: 'XX' }),
      leadInput('dev.rao@example.com', { campaignId, source: 'IMPORT' }),
      leadInput('eve.stone@example.com', { campaignId: '00000000-0000-4000-8000-000000000000' }),
    ]);

    expect(batch).toMatchObject({ accepted: 3, created: 3, merged: 0, flagged: 0, refused: 3 });
    expect(batch.results.map((result) => result.outcome)).toEqual([
      'CREATED',
      'REFUSED',
      'CREATED',
      'REFUSED',
      'CREATED',
      'REFUSED',
    ]);
    expect(batch.results[1].errors).toEqual([
      {
        index: 1,
        field: ['input', 'leads', '1', 'email'],
        message: expect.stringContaining('valid email'),
        code: 'INVALID',
      },
    ]);
    expect(batch.results[3].errors[0]).toMatchObject({
      index: 3,
      field: ['input', 'leads', '3', 'country'],
      code: 'INVALID',
    });
    expect(batch.results[5].errors[0]).toMatchObject({
      index: 5,
      field: ['input', 'leads', '5', 'campaignId'],
      code: 'NOT_FOUND',
    });
    expect(batch.results[0].lead).toMatchObject({ email: 'ana.diaz@example.com', status: 'OPEN' });
    leadId = batch.results[0].lead!.id;

    const stored = await graph.query<{ campaign: { leadCount: number } }>(
      'query ($id: ID!) { campaign(id: $id) { leadCount } }',
      { id: campaignId },
    );
    expect(stored.data!.campaign.leadCount).toBe(3);
  });

  it('scores the lead and explains every point of the score', async () => {
    // Captured through the campaign, the lead is already a RESPONDED member of it.
    const member = await graph.query(
      `mutation ($input: AddCampaignMemberInput!) {
        addCampaignMember(input: $input) { member { id } userErrors { code } }
      }`,
      { input: { campaignId, leadId, status: 'RESPONDED' } },
    );
    expect(member.data).toEqual({
      addCampaignMember: { member: null, userErrors: [{ code: 'DUPLICATE' }] },
    });
    const activity = await graph.query(
      `mutation ($input: RecordLeadActivityInput!) {
        recordLeadActivity(input: $input) { activity { kind } lead { score } userErrors { code } }
      }`,
      {
        input: {
          leadId,
          kind: 'RESPONDED',
          occurredAt: new Date(Date.now() - 7 * DAY_MS).toISOString(),
        },
      },
    );
    expect(activity.errors).toBeUndefined();

    const result = await graph.query<ScoredLead>(
      `query ($id: ID!) {
        lead(id: $id) {
          score scoredAt
          scoreBreakdown {
            rule { name } kind field activityKind matchedValue activityCount points decayedPoints
          }
        }
      }`,
      { id: leadId },
    );
    const { score, scoreBreakdown } = result.data!.lead;
    const byRule = Object.fromEntries(scoreBreakdown.map((part) => [part.rule.name, part]));

    // Fit 20 + 15; a form submitted just now (5); a response now (30) and one a half-life ago (15).
    expect(score).toBe(85);
    expect(byRule.Manufacturing).toMatchObject({
      kind: 'FIT',
      field: 'INDUSTRY',
      matchedValue: 'Manufacturing',
      points: 20,
      decayedPoints: '20.0000',
    });
    expect(byRule.Director).toMatchObject({ kind: 'FIT', field: 'TITLE', points: 15 });
    expect(byRule.Response).toMatchObject({
      kind: 'ENGAGEMENT',
      activityKind: 'RESPONDED',
      activityCount: 2,
      points: 60,
    });
    expect(Number(byRule.Response.decayedPoints)).toBeCloseTo(45, 2);
    expect(Number(byRule.Form.decayedPoints)).toBeCloseTo(5, 2);
    const total = scoreBreakdown.reduce((sum, part) => sum + Number(part.decayedPoints), 0);
    expect(Math.round(total)).toBe(score);

    const hot = await graph.query<{ leads: { edges: { node: { id: string; score: number } }[] } }>(
      `query ($campaignId: ID!) {
        leads(filter: { campaignId: $campaignId, minScore: 80 }, orderBy: { field: SCORE, direction: DESC }) {
          edges { node { id score } }
        }
      }`,
      { campaignId },
    );
    expect(hot.data!.leads.edges).toEqual([{ node: { id: leadId, score: 85 } }]);
  });

  it('qualifies the lead with its BANT answers', async () => {
    const result = await graph.query(QUALIFY_LEAD, {
      input: {
        leadId,
        budget: '50000.00',
        authority: 'DECISION_MAKER',
        need: 'Fleet telemetry for 40 trucks',
        timeline: 'WITHIN_QUARTER',
      },
    });

    expect(result.data).toEqual({
      qualifyLead: {
        lead: {
          id: leadId,
          status: 'QUALIFIED',
          qualification: {
            budget: '50000.00',
            authority: 'DECISION_MAKER',
            need: 'Fleet telemetry for 40 trucks',
            timeline: 'WITHIN_QUARTER',
          },
        },
        userErrors: [],
      },
    });
  });

  it('converts it into an account, a contact and an opportunity that the gateway then finds', async () => {
    const result = await graph.query<ConvertResult>(CONVERT_LEAD, {
      input: {
        leadId,
        opportunityName: 'Diaz Freight telemetry',
        amount: '25000.00',
        closeDate: '2027-06-30',
      },
    });
    expect(result.errors).toBeUndefined();
    conversion = result.data!.convertLead;
    expect(conversion).toMatchObject({
      lead: { id: leadId, status: 'CONVERTED' },
      conversion: { status: 'COMPLETE' },
      userErrors: [],
    });

    const found = await graph.query<{
      account: {
        name: string;
        industry: string;
        contacts: { edges: { node: { id: string; email: string } }[] };
      };
      contact: { name: string; title: string; account: { id: string } };
      opportunity: {
        name: string;
        amount: string;
        campaignId: string;
        leadId: string;
        account: { id: string; name: string };
      };
    }>(
      `query ($accountId: ID!, $contactId: ID!, $opportunityId: ID!) {
        account(id: $accountId) { name industry contacts { edges { node { id email } } } }
        contact(id: $contactId) { name title account { id } }
        opportunity(id: $opportunityId) { name amount campaignId leadId account { id name } }
      }`,
      {
        accountId: conversion.account!.id,
        contactId: conversion.contact!.id,
        opportunityId: conversion.opportunity!.id,
      },
    );

    expect(found.errors).toBeUndefined();
    expect(found.data).toEqual({
      account: {
        name: 'Diaz Freight',
        industry: 'Manufacturing',
        contacts: {
          edges: [{ node: { id: conversion.contact!.id, email: 'ana.diaz@example.com' } }],
        },
      },
      contact: {
        name: 'Test Lead',
        title: 'Director of Operations',
        account: { id: conversion.account!.id },
      },
      opportunity: {
        name: 'Diaz Freight telemetry',
        amount: '25000.00',
        campaignId,
        leadId,
        account: { id: conversion.account!.id, name: 'Diaz Freight' },
      },
    });
  });

  it('returns the same records, resolvable through the gateway, when converted again', async () => {
    const again = await graph.query<ConvertResult>(CONVERT_LEAD, {
      input: { leadId, amount: '25000.00', closeDate: '2027-06-30' },
    });

    expect(again.data!.convertLead).toEqual(conversion);
    const resolved = await graph.query(
      `mutation ($input: ConvertLeadInput!) {
        convertLead(input: $input) {
          account { name } contact { email } opportunity { name stage { name } }
        }
      }`,
      { input: { leadId, amount: '25000.00', closeDate: '2027-06-30' } },
    );
    expect(resolved.data).toEqual({
      convertLead: {
        account: { name: 'Diaz Freight' },
        contact: { email: 'ana.diaz@example.com' },
        opportunity: { name: 'Diaz Freight telemetry', stage: { name: 'Prospecting' } },
      },
    });
  });

  it('follows the opportunity to Closed Won into the campaign results and ROI', async () => {
    const won = await graph.query(
      `mutation ($input: ChangeOpportunityStageInput!) {
        changeOpportunityStage(input: $input) { opportunity { isWon } userErrors { message } }
      }`,
      { input: { id: conversion.opportunity!.id, stage: 'Closed Won' } },
    );
    expect(won.data).toEqual({
      changeOpportunityStage: { opportunity: { isWon: true }, userErrors: [] },
    });

    const results = await eventually(async () => {
      const result = await graph.query<{
        campaign: {
          memberCount: number;
          respondedCount: number;
          members: {
            totalCount: number;
            edges: { node: { lead: { id: string }; status: string } }[];
          };
          results: Record<string, unknown>;
        };
      }>(
        `query ($id: ID!) {
          campaign(id: $id) {
            memberCount respondedCount
            members(first: 10) { totalCount edges { node { lead { id } status } } }
            results {
              leads convertedLeads opportunities wonOpportunities wonAmount actualCost roi
            }
          }
        }`,
        { id: campaignId },
      );
      const campaign = result.data?.campaign;

      return campaign?.results.wonOpportunities === 1 ? campaign : undefined;
    });

    expect(results).toEqual({
      memberCount: 3,
      respondedCount: 3,
      members: {
        totalCount: 3,
        edges: expect.arrayContaining([{ node: { lead: { id: leadId }, status: 'CONVERTED' } }]),
      },
      results: {
        leads: 3,
        convertedLeads: 1,
        opportunities: 1,
        wonOpportunities: 1,
        wonAmount: '25000.00',
        actualCost: '1000.00',
        roi: '24.0000',
      },
    });
  });
});
