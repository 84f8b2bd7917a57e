import { parseArgs } from 'node:util';
import { Client } from 'pg';
import { openSubgraphDataSource } from '../../platform/database/subgraph-data-source';
import { marketingDatabase } from '../../subgraphs/marketing/database';
import { startGraphUnderTest, type GraphUnderTest } from '../../test/support/graph-under-test';
import { testLogger } from '../../test/support/silent-logger';
import { createTestDatabase } from '../../test/support/test-database';

/**
 * Measures how fast leads are captured through the gateway, against a plain multi-row SQL
 * INSERT of the same rows. Starts the whole graph in this process on a throwaway database made
 * from `DATABASE_URL`, and stops it (dropping the database) when done:
 *
 *   DATABASE_URL=postgres://… npx tsx scripts/bench/capture-leads.ts \
 *     [--total 100000] [--batch-size 5000] [--with-rules] [--campaign]
 *
 * `--with-rules` first stores a few scoring rules and an assignment rule, so that every capture
 * also scores and assigns its leads. `--campaign` captures every lead through one campaign, so
 * that each also becomes a member of it.
 *
 * The baseline is like for like: it inserts the same rows into `marketing.lead` of a second
 * throwaway database built by the Marketing migrations, so it maintains the same indexes (the
 * unique email index included) and checks the same constraints and foreign keys; with
 * `--campaign` the same statement also inserts the memberships. What it leaves out is what the
 * gateway path adds: HTTP and GraphQL, validation, duplicate detection and locking, scoring,
 * assignment and the form-submission and response activities.
 */

const INDUSTRIES = ['Manufacturing', 'Retail', 'Finance', 'Healthcare', 'Logistics'];
const COUNTRIES = ['DE', 'FR', 'GB', 'US', 'NL', 'SE'];
const TITLES = ['Director of Operations', 'IT Manager', 'CFO', 'Analyst', 'Head of Sales'];

interface BenchLead {
  firstName: string;
  lastName: string;
  email: string;
  company: string;
  title: string;
  industry: string;
  country: string;
  employeeCount: number;
  source: 'IMPORT';
  campaignId?: string;
}

function benchLeads(total: number, run: string): BenchLead[] {
  return Array.from({ length: total }, (_, n) => ({
    firstName: `First${n}`,
    lastName: `Last${n}`,
    email: `lead${n}.${run}@bench.example`,
    company: `Company ${n % 5000}`,
    title: TITLES[n % TITLES.length],
    industry: INDUSTRIES[n % INDUSTRIES.length],
    country: COUNTRIES[n % COUNTRIES.length],
    employeeCount: (n * 37) % 20_000,
    source: 'IMPORT',
  }));
}

async function storeRules(graph: GraphUnderTest): Promise<void> {
  const mutations = [
    'createScoringRule(input: { name: "Manufacturing", kind: FIT, field: INDUSTRY, value: "Manufacturing", points: 20 }) { rule { id } }',
    'createScoringRule(input: { name: "Directors", kind: FIT, field: TITLE, value: "director", points: 15 }) { rule { id } }',
    'createScoringRule(input: { name: "Mid-size", kind: FIT, field: EMPLOYEE_COUNT, minEmployees: 200, maxEmployees: 5000, points: 10 }) { rule { id } }',
  ];
  for (const mutation of mutations) {
    await graph.query(`mutation { ${mutation} }`);
  }
  const team = await graph.query<{ createAssignmentTeam: { team: { id: string } } }>(
    'mutation { createAssignmentTeam(input: { name: "Everyone", memberIds: ["a", "b", "c"] }) { team { id } } }',
  );
  await graph.query(
    'mutation ($teamId: ID!) { createAssignmentRule(input: { priority: 1, teamId: $teamId }) { rule { id } } }',
    { teamId: team.data!.createAssignmentTeam.team.id },
  );
}

async function captureThroughGateway(
  graph: GraphUnderTest,
  leads: BenchLead[],
  batchSize: number,
): Promise<number> {
  const started = performance.now();
  for (let start = 0; start < leads.length; start += batchSize) {
    const result = await graph.query<{ captureLeads: { accepted: number; refused: number } }>(
      'mutation ($input: CaptureLeadsInput!) { captureLeads(input: $input) { accepted refused } }',
      { input: { leads: leads.slice(start, start + batchSize) } },
    );
    const accepted = result.data?.captureLeads.accepted;
    if (accepted !== Math.min(batchSize, leads.length - start)) {
      throw new Error(`A batch was not fully accepted: ${JSON.stringify(result)}`);
    }
    process.stderr.write(`gateway: ${Math.min(start + batchSize, leads.length)}/${leads.length}\n`);
  }

  return performance.now() - started;
}

/**
 * Inserts the leads with plain multi-row INSERTs into an empty Marketing schema of its own
 * throwaway database, made by the same migrations as the graph's.
 */
async function insertWithSql(
  leads: BenchLead[],
  batchSize: number,
  withCampaign: boolean,
): Promise<number> {
  const database = await createTestDatabase();
  try {
    const marketing = await openSubgraphDataSource({
      url: database.url,
      ...marketingDatabase,
      logger: testLogger,
    });
    await marketing.dataSource.destroy();
    const client = new Client({ connectionString: database.url });
    await client.connect();
    try {
      return await timeInserts(client, leads, batchSize, withCampaign);
    } finally {
      await client.end();
    }
  } finally {
    await database.drop();
  }
}

async function timeInserts(
  client: Client,
  leads: BenchLead[],
  batchSize: number,
  withCampaign: boolean,
): Promise<number> {
  const campaign = await client.query<{ id: string }>(
    "INSERT INTO marketing.campaign (name, channel, status) VALUES ('Bench', 'OTHER', 'ACTIVE') RETURNING id",
  );
  const campaignId = withCampaign ? campaign.rows[0].id : null;
  const columns = [
    'first_name',
    'last_name',
    'email',
    'company',
    'title',
    'industry',
    'country',
    'employee_count',
    'source',
    'status',
    'campaign_id',
    'score',
    'scored_at',
  ];
  const members = `INSERT INTO marketing.campaign_member
                     (campaign_id, lead_id, status, has_responded, first_responded_at)
                   SELECT campaign_id, id, 'RESPONDED', true, now() FROM inserted`;
  const started = performance.now();
  for (let start = 0; start < leads.length; start += batchSize) {
    const batch = leads.slice(start, start + batchSize);
    const values = batch.map(
      (_lead, row) =>
        `(${columns.map((_column, column) => `$${row * columns.length + column + 1}`).join(', ')})`,
    );
    const insert = `INSERT INTO marketing.lead (${columns.join(', ')}) VALUES ${values.join(', ')}`;
    await client.query(
      withCampaign ? `WITH inserted AS (${insert} RETURNING id, campaign_id) ${members}` : insert,
      batch.flatMap((lead) => [
        lead.firstName,
        lead.lastName,
        lead.email,
        lead.company,
        lead.title,
        lead.industry,
        lead.country,
        lead.employeeCount,
        lead.source,
        'OPEN',
        campaignId,
        0,
        new Date(),
      ]),
    );
  }

  return performance.now() - started;
}

async function createBenchCampaign(graph: GraphUnderTest): Promise<string> {
  const result = await graph.query<{ createCampaign: { campaign: { id: string } } }>(
    'mutation { createCampaign(input: { name: "Bench", channel: OTHER, status: ACTIVE }) { campaign { id } } }',
  );

  return result.data!.createCampaign.campaign.id;
}

function perSecond(count: number, milliseconds: number): string {
  return Math.round((count / milliseconds) * 1000).toLocaleString('en-US');
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      total: { type: 'string', default: '100000' },
      'batch-size': { type: 'string', default: '5000' },
      'with-rules': { type: 'boolean', default: false },
      campaign: { type: 'boolean', default: false },
    },
  });
  const total = Number(values.total);
  const batchSize = Number(values['batch-size']);
  if (!Number.isInteger(total) || total < 1 || !Number.isInteger(batchSize) || batchSize < 1) {
    throw new Error('--total and --batch-size must be positive whole numbers');
  }
  const leads = benchLeads(total, Date.now().toString(36));
  const graph = await startGraphUnderTest();
  let gatewayMs: number;
  try {
    if (values['with-rules']) {
      await storeRules(graph);
    }
    const campaignId = values.campaign ? await createBenchCampaign(graph) : undefined;
    gatewayMs = await captureThroughGateway(
      graph,
      leads.map((lead) => ({ ...lead, campaignId })),
      batchSize,
    );
  } finally {
    await graph.close();
  }
  // After the graph has stopped, so that none of its background work runs meanwhile.
  const sqlBatchSize = Math.min(batchSize, 5000);
  const sqlMs = await insertWithSql(leads, sqlBatchSize, values.campaign);

  const out = (line: string) => process.stdout.write(`${line}\n`);
  const count = (value: number) => value.toLocaleString('en-US');
  out(
    `${count(total)} leads in batches of ${count(batchSize)}` +
      (values['with-rules'] ? ', scored and assigned by stored rules' : '') +
      (values.campaign ? ', each captured through a campaign' : ''),
  );
  out(
    `  captureLeads through the gateway: ${(gatewayMs / 1000).toFixed(1)} s, ` +
      `${perSecond(total, gatewayMs)} leads/s`,
  );
  out(
    `  plain multi-row SQL INSERT:       ${(sqlMs / 1000).toFixed(1)} s, ` +
      `${perSecond(total, sqlMs)} leads/s`,
  );
  out(
    `    (baseline: ${count(sqlBatchSize)} rows a statement into marketing.lead of an empty ` +
      'schema built by the same migrations, so with the same indexes, unique email index, ' +
      `checks and foreign keys${values.campaign ? ', plus their campaign memberships' : ''}; ` +
      'without HTTP, GraphQL, duplicate checks, scoring, assignment or activities)',
  );
  out(`  the gateway path takes ${(gatewayMs / sqlMs).toFixed(1)}× as long`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
