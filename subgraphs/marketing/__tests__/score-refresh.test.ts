import { querySubgraph } from '../../../test/support/graphql-client';
import { TEST_IDENTITY_SECRET } from '../../../test/support/identities';
import { testLogger } from '../../../test/support/silent-logger';
import { createTestDatabase, type TestDatabase } from '../../../test/support/test-database';
import type { StartedSubgraph } from '../../../platform/graphql/subgraph-startup';
import { startMarketingSubgraph } from '../marketing-subgraph';
import { eventually } from './lead-operations';

let database: TestDatabase;
let subgraph: StartedSubgraph;

beforeAll(async () => {
  database = await createTestDatabase();
  subgraph = await startMarketingSubgraph({
    databaseUrl: database.url,
    port: 0,
    identitySecret: TEST_IDENTITY_SECRET,
    logger: testLogger,
    scoreRefreshIntervalMs: 200,
  });
});

afterAll(async () => {
  await subgraph.close();
  await database.drop();
});

interface Scored {
  lead: { score: number; scoredAt: string; scoreBreakdown: { decayedPoints: string }[] };
}

async function scored(id: string): Promise<Scored['lead']> {
  const result = await querySubgraph<Scored>(
    subgraph.url,
    'query ($id: ID!) { lead(id: $id) { score scoredAt scoreBreakdown { decayedPoints } } }',
    { id },
  );

  return result.data!.lead;
}

describe('score decay', () => {
  it('recomputes engaged leads on its own, the breakdown still adding up to the score', async () => {
    await querySubgraph(
      subgraph.url,
      `mutation {
        createScoringRule(input: {
          name: "Visit", kind: ENGAGEMENT, activityKind: WEB_VISIT, points: 60, halfLifeDays: 1
        }) { rule { id } }
      }`,
    );
    const captured = await querySubgraph<{ captureLead: { lead: { id: string } } }>(
      subgraph.url,
      `mutation {
        captureLead(input: { firstName: "Dee", lastName: "Cay", email: "decay@example.com" }) {
          lead { id }
        }
      }`,
    );
    const id = captured.data!.captureLead.lead.id;
    await querySubgraph(
      subgraph.url,
      'mutation ($id: ID!) { recordLeadActivity(input: { leadId: $id, kind: WEB_VISIT }) { lead { id } } }',
      { id },
    );
    const fresh = await scored(id);
    expect(fresh).toMatchObject({ score: 60, scoreBreakdown: [{ decayedPoints: '60.0000' }] });

    const later = await eventually(async () => {
      const lead = await scored(id);

      return Number(lead.scoreBreakdown[0].decayedPoints) < 60 ? lead : undefined;
    });

    expect(Date.parse(later.scoredAt)).toBeGreaterThan(Date.parse(fresh.scoredAt));
    expect(later.score).toBe(Math.round(Number(later.scoreBreakdown[0].decayedPoints)));
  });
});
