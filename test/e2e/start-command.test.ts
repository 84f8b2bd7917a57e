import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { findFreePort } from '../../scripts/support/free-port';
import { postGraphQL } from '../support/graphql-client';
import { eventually } from '../support/subscription-client';
import { createTestDatabase, type TestDatabase } from '../support/test-database';

const ROOT = join(__dirname, '..', '..');

let database: TestDatabase;
let started: ChildProcess | null = null;

beforeAll(async () => {
  database = await createTestDatabase();
});

afterAll(async () => {
  if (started && started.exitCode === null) {
    started.kill('SIGKILL');
  }
  await database.drop();
});

function waitForOutput(child: ChildProcess, pattern: RegExp, timeoutMs: number): Promise<string> {
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(
      () => reject(new Error(`no match for ${pattern} within ${timeoutMs} ms:\n${output}`)),
      timeoutMs,
    );
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (pattern.test(output)) {
        clearTimeout(timer);
        resolve(output);
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`exited with ${code} before printing ${pattern}:\n${output}`));
    });
  });
}

interface CampaignResults {
  opportunities: number;
  wonOpportunities: number;
}

describe('the start command', () => {
  it('migrates, loads demo data, serves the graph with the printed token, and stops on SIGTERM', async () => {
    const port = await findFreePort();
    started = spawn(
      process.execPath,
      [join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs'), join(ROOT, 'scripts', 'start.ts')],
      {
        cwd: ROOT,
        env: { ...process.env, DATABASE_URL: database.url, PORT: String(port), LOG_LEVEL: 'warn' },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let log = '';
    let stderr = '';
    started.stdout?.on('data', (chunk: Buffer) => (log += chunk.toString()));
    started.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const output = await waitForOutput(started, /Press Ctrl-C to stop/, 90_000);
    const token = /\n\n(eyJ[\w-]+\.[\w-]+\.[\w-]+)\n/.exec(output)?.[1];

    const result = await postGraphQL<{
      accounts: { totalCount: number };
      opportunities: { totalCount: number };
      cases: { totalCount: number };
      leads: { totalCount: number };
    }>(
      `http://127.0.0.1:${port}/graphql`,
      '{ accounts { totalCount } opportunities { totalCount } cases { totalCount } leads { totalCount } }',
      {},
      { authorization: `Bearer ${token}` },
    );
    // Marketing learns the demo pipeline from Sales' events, moments after the start.
    let campaignOpportunities = { total: 0, won: 0 };
    await eventually(
      async () => {
        const campaigns = await postGraphQL<{
          campaigns: { edges: { node: { results: CampaignResults } }[] };
        }>(
          `http://127.0.0.1:${port}/graphql`,
          '{ campaigns(first: 100) { edges { node { results { opportunities wonOpportunities } } } } }',
          {},
          { authorization: `Bearer ${token}` },
        );
        const results = campaigns.data!.campaigns.edges.map((edge) => edge.node.results);
        campaignOpportunities = {
          total: results.reduce((sum, result) => sum + result.opportunities, 0),
          won: results.reduce((sum, result) => sum + result.wonOpportunities, 0),
        };

        return campaignOpportunities.won > 0;
      },
      30_000,
      'campaign results of the demo pipeline',
    );
    const readiness = await fetch(`http://127.0.0.1:${port}/health/ready`);
    const exited = new Promise<number | null>((resolve) => started!.once('exit', resolve));
    const logBeforeStop = log.length;
    started.kill('SIGTERM');

    expect(result.errors).toBeUndefined();
    expect(result.data!.accounts.totalCount).toBeGreaterThan(100);
    expect(result.data!.opportunities.totalCount).toBeGreaterThan(100);
    expect(result.data!.cases.totalCount).toBeGreaterThan(100);
    expect(result.data!.leads.totalCount).toBeGreaterThan(100);
    expect(campaignOpportunities.total).toBeLessThan(result.data!.opportunities.totalCount);
    expect(campaignOpportunities.won).toBeLessThan(campaignOpportunities.total);
    expect(readiness.status).toBe(200);
    expect(await exited).toBe(0);
    // Stopping is quiet: no service loses its database or a connection while it drains.
    const problems = log
      .slice(logBeforeStop)
      .split('\n')
      .filter((line) => /"level":"(warn|error)"/.test(line) && !/"message":"slow sql"/.test(line));
    expect(problems).toEqual([]);
    expect(stderr).toBe('');
  });
});
