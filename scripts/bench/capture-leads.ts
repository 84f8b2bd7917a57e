import { parseArgs } from 'node:util';
import { Client } from 'pg';
import { startGraphUnderTest, type GraphUnderTest } from '../../test/support/graph-under-test';

/**
 * Measures how fast leads are captured through the gateway, against a plain multi-row SQL
 * INSERT of the same rows. Starts the whole graph in this process on a throwaway database made
 * from `DATABASE_URL`, and stops it (dropping the database) when done:
 *
 *   DATABASE_URL=postgres://… npx tsx scripts/bench/capture-leads.ts \
 *     [--total 100000] [--batch-size 5000] [--with-rules]
 *
 * `--with-rules` first stores a few scoring rules and an assignment rule, so that every capture
 * also scores and assigns its leads.
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

async function insertWithSql(
  databaseUrl: string,
  leads: BenchLead[],
  batchSize: number,
): Promise<number> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query('CREATE TABLE bench_scratch_lead (LIKE marketing.lead INCLUDING DEFAULTS)');
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
    ];
    const started = performance.now();
    for (let start = 0; start < leads.length; start += batchSize) {
      const batch = leads.slice(start, start + batchSize);
      const values = batch.map(
        (_lead, row) =>
          `(${columns.map((_column, column) => `$${row * columns.length + column + 1}`).join(', ')})`,
      );
      await client.query(
        `INSERT INTO bench_scratch_lead (${columns.join(', ')}) VALUES ${values.join(', ')}`,
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
        ]),
      );
    }

    return performance.now() - started;
  } finally {
    await client.end();
  }
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
    },
  });
  const total = Number(values.total);
  const batchSize = Number(values['batch-size']);
  if (!Number.isInteger(total) || total < 1 || !Number.isInteger(batchSize) || batchSize < 1) {
    throw new Error('--total and --batch-size must be positive whole numbers');
  }
  const leads = benchLeads(total, Date.now().toString(36));
  const graph = await startGraphUnderTest();
  try {
    if (values['with-rules']) {
      await storeRules(graph);
    }
    const gatewayMs = await captureThroughGateway(graph, leads, batchSize);
    const sqlMs = await insertWithSql(graph.database.url, leads, Math.min(batchSize, 5000));
    const out = (line: string) => process.stdout.write(`${line}\n`);
    out(
      `${total.toLocaleString('en-US')} leads in batches of ${batchSize.toLocaleString('en-US')}` +
        (values['with-rules'] ? ', scored and assigned by stored rules' : ''),
    );
    out(
      `  captureLeads through the gateway: ${(gatewayMs / 1000).toFixed(1)} s, ` +
        `${perSecond(total, gatewayMs)} leads/s`,
    );
    out(
      `  plain multi-row SQL INSERT:       ${(sqlMs / 1000).toFixed(1)} s, ` +
        `${perSecond(total, sqlMs)} leads/s`,
    );
    out(`  the gateway path takes ${(gatewayMs / sqlMs).toFixed(1)}× as long`);
  } finally {
    await graph.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
