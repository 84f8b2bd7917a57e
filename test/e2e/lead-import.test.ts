import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createCampaign } from '../../subgraphs/marketing/__tests__/lead-operations';
import { startGraphUnderTest, type GraphUnderTest } from '../support/graph-under-test';
import { bearerToken } from '../support/identities';

const ROOT = join(__dirname, '..', '..');

let graph: GraphUnderTest;
let folder: string;

beforeAll(async () => {
  graph = await startGraphUnderTest();
  folder = mkdtempSync(join(tmpdir(), 'lead-import-'));
});

afterAll(async () => {
  rmSync(folder, { recursive: true, force: true });
  await graph.close();
});

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `scripts/import-leads.ts` as `npm run import-leads` would, waiting for it to exit. */
function importLeads(args: string[]): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [
        join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs'),
        join(ROOT, 'scripts', 'import-leads.ts'),
        ...args,
      ],
      { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`import-leads did not finish:\n${stdout}\n${stderr}`));
    }, 60_000);
    child.once('error', reject);
    child.once('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

/** A CSV with quoting of every kind, a few bad rows and enough rows for several batches. */
function generatedCsv(): string {
  const rows = [
    'First Name,last_name,EMAIL,Company,Title,Country,Employee Count,Notes',
    'Ada,Lovelace,ada@import.example,"Smith, Jones & Co","The ""Boss""",gb,250,ignored',
    'Grace,Hopper,grace@import.example,"Multi\nLine Inc",Admiral,US,,',
    'Bad,Email,not-an-email,Nowhere,,DE,10,',
    'No,Country,nocountry@import.example,Acme,,XX,10,',
    ',Blank,blank@import.example,Acme,,,,',
    'Wrong,Size,size@import.example,Acme,,,many,',
    'Too,Short,short@import.example',
  ];
  for (let n = 0; n < 9; n += 1) {
    rows.push(`Bulk,Lead ${n},bulk${n}@import.example,Bulk Co ${n},,FR,${n * 10},`);
  }

  return `${rows.join('\r\n')}\r\n`;
}

describe('the import-leads command', () => {
  it('imports a CSV in batches through the gateway and reports every refused row', async () => {
    const campaignId = await createCampaign(graph.query, { name: 'CSV import', channel: 'OTHER' });
    const file = join(folder, 'leads.csv');
    writeFileSync(file, generatedCsv());

    const run = await importLeads([
      file,
      '--campaign',
      campaignId,
      '--gateway',
      graph.gateway.url,
      '--token',
      await bearerToken(['marketing:write', 'marketing:read']),
      '--batch-size',
      '4',
    ]);

    expect(run.code).toBe(0);
    expect(run.stdout).toContain('leads.csv: 16 rows');
    expect(run.stdout).toContain('accepted: 11 (11 created, 0 merged, 0 flagged)');
    expect(run.stdout).toContain('refused:  5');
    expect(run.stdout).toMatch(/line 5: email: email must be a valid email address \(INVALID\)/);
    expect(run.stdout).toMatch(/line 6: country: .*ISO 3166.* \(INVALID\)/);
    expect(run.stdout).toMatch(/line 7: firstName: firstName must not be blank \(INVALID\)/);
    expect(run.stdout).toContain('line 8: employeeCount "many" is not a whole number');
    expect(run.stdout).toContain('line 9: has 3 fields where the header has 8');
    expect(run.stderr).toContain('Ignoring column "Notes"');
    // Not a terminal: a progress line per batch of 4 (14 rows sent, 2 refused before sending).
    expect(run.stderr.match(/^\d+\/16 rows/gm)).toEqual([
      '6/16 rows',
      '10/16 rows',
      '14/16 rows',
      '16/16 rows',
    ]);

    const imported = await graph.query<{
      campaign: { leadCount: number };
      leads: { edges: { node: Record<string, unknown> }[] };
    }>(
      `query ($campaignId: ID!) {
        campaign(id: $campaignId) { leadCount }
        leads(first: 2, filter: { campaignId: $campaignId }, orderBy: { field: LAST_NAME }) {
          edges { node { firstName lastName email company title country employeeCount source } }
        }
      }`,
      { campaignId },
    );
    expect(imported.data!.campaign.leadCount).toBe(11);
    expect(imported.data!.leads.edges.map((edge) => edge.node)).toEqual([
      {
        firstName: 'Grace',
        lastName: 'Hopper',
        email: 'grace@import.example',
        company: 'Multi\nLine Inc',
        title: 'Admiral',
        country: 'US',
        employeeCount: null,
        source: 'IMPORT',
      },
      {
        firstName: 'Bulk',
        lastName: 'Lead 0',
        email: 'bulk0@import.example',
        company: 'Bulk Co 0',
        title: null,
        country: 'FR',
        employeeCount: 0,
        source: 'IMPORT',
      },
    ]);
    const ada = await graph.query<{ leads: { edges: { node: Record<string, unknown> }[] } }>(
      '{ leads(filter: { email: "ADA@import.example" }) { edges { node { company title employeeCount } } } }',
    );
    expect(ada.data!.leads.edges).toEqual([
      { node: { company: 'Smith, Jones & Co', title: 'The "Boss"', employeeCount: 250 } },
    ]);
  });

  it('stops with exit code 1 when the gateway refuses the token, importing nothing', async () => {
    const file = join(folder, 'refused.csv');
    writeFileSync(file, 'firstName,lastName,email\nAl,Ready,al@import.example\n');

    const run = await importLeads([file, '--gateway', graph.gateway.url, '--token', 'not-a-jwt']);

    expect(run.code).toBe(1);
    expect(run.stderr).toContain('The batch starting at line 2 failed');
    expect(run.stdout).toContain('accepted: 0');
  });

  it('explains a bad command line with exit code 2', async () => {
    const run = await importLeads([join(folder, 'missing.csv'), '--token', 'x']);

    expect(run.code).toBe(2);
    expect(run.stderr).toContain('Cannot read');
  });
});
