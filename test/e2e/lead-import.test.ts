import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findFreePort } from '../../scripts/support/free-port';
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
    expect(run.stdout).toContain('in refused batches: 0');
    expect(run.stdout).toContain('not sent: 0');
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

  it('stops with exit code 1 when the gateway refuses the token, counting every row not sent', async () => {
    const file = join(folder, 'refused.csv');
    writeFileSync(
      file,
      'firstName,lastName,email\nAl,Ready,al@import.example\nBo,Ready,bo@import.example\n',
    );

    const run = await importLeads([
      file,
      '--gateway',
      graph.gateway.url,
      '--token',
      'not-a-jwt',
      '--batch-size',
      '1',
    ]);

    expect(run.code).toBe(1);
    expect(run.stderr).toContain('The import stopped at line 2');
    expect(run.stdout).toContain('refused.csv: 2 rows');
    expect(run.stdout).toContain('accepted: 0');
    expect(run.stdout).toContain('not sent: 2');
    expect(run.stdout).toMatch(/Not sent \(the import stopped\): lines 2-3: .*UNAUTHENTICATED/);
  });

  it('goes on after a batch the gateway refuses as a whole and accounts for every row', async () => {
    const file = join(folder, 'batch-refused.csv');
    const lines = ['firstName,lastName,email'];
    for (let n = 0; n < 6; n += 1) {
      lines.push(`Part,Batch ${n},part${n}@import.example`);
    }
    writeFileSync(file, `${lines.join('\n')}\n`);
    const proxy = await refusingSecondRequest(graph.gateway.url);

    let run: Run;
    try {
      run = await importLeads([
        file,
        '--gateway',
        proxy.url,
        '--token',
        await bearerToken(['marketing:write', 'marketing:read']),
        '--batch-size',
        '2',
      ]);
    } finally {
      await new Promise((resolve) => proxy.server.close(resolve));
    }

    expect(run.code).toBe(1);
    expect(run.stdout).toContain('batch-refused.csv: 6 rows');
    expect(run.stdout).toContain('accepted: 4 (4 created, 0 merged, 0 flagged)');
    expect(run.stdout).toContain('refused:  0');
    expect(run.stdout).toContain('in refused batches: 2');
    expect(run.stdout).toContain('not sent: 0');
    expect(run.stdout).toMatch(
      /lines 4-5: input\.leads\.1\.email is refused for the test \(line 5\) \(BAD_USER_INPUT\)/,
    );
    const stored = await graph.query<{ leads: { edges: { node: { lastName: string } }[] } }>(
      `{ leads(first: 10, filter: { source: IMPORT }, orderBy: { field: LAST_NAME }) {
        edges { node { lastName } }
      } }`,
    );
    expect(
      stored
        .data!.leads.edges.map((edge) => edge.node.lastName)
        .filter((name) => name.startsWith('Batch')),
    ).toEqual(['Batch 0', 'Batch 1', 'Batch 4', 'Batch 5']);
  });

  it('stops when the gateway cannot be reached, sending nothing', async () => {
    const file = join(folder, 'unreachable.csv');
    writeFileSync(file, 'firstName,lastName,email\nNo,Body,nobody@import.example\n');
    const nobody = `http://127.0.0.1:${await findFreePort()}/graphql`;

    const run = await importLeads([file, '--gateway', nobody, '--token', 'x']);

    expect(run.code).toBe(1);
    expect(run.stdout).toContain('not sent: 1');
    expect(run.stderr).toMatch(/The import stopped at line 2: cannot reach/);
  });

  it('reads semicolon-separated files with spaced and malformed quoting', async () => {
    const file = join(folder, 'semicolon.csv');
    writeFileSync(
      file,
      [
        'Vorname;Nachname;First Name;Last Name;Email;Company',
        'x;y;Hans; "Meier";hans@import.example; "Meier; Söhne" ',
        'x;y;Eva;"Kurz"z;eva@import.example;Kurz AG',
        '',
      ].join('\r\n'),
    );
    const token = await bearerToken(['marketing:write', 'marketing:read']);

    const withComma = await importLeads([file, '--gateway', graph.gateway.url, '--token', token]);
    const run = await importLeads([
      file,
      '--gateway',
      graph.gateway.url,
      '--token',
      token,
      '--delimiter',
      ';',
    ]);

    expect(withComma.code).toBe(2);
    expect(withComma.stderr).toContain("pass --delimiter ';'");
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('accepted: 1 (1 created, 0 merged, 0 flagged)');
    expect(run.stdout).toMatch(/line 3: is malformed: field 4 has text after its closing quote/);
    const hans = await graph.query<{ leads: { edges: { node: Record<string, unknown> }[] } }>(
      '{ leads(filter: { email: "hans@import.example" }) { edges { node { lastName company } } } }',
    );
    expect(hans.data!.leads.edges).toEqual([
      { node: { lastName: 'Meier', company: 'Meier; Söhne' } },
    ]);
  });

  it('prints its help: the file format, what happens after a failed batch, the exit codes', async () => {
    const run = await importLeads(['--help']);

    expect(run.code).toBe(0);
    expect(run.stdout).toContain('--delimiter');
    expect(run.stdout).toContain('import goes on with the next batch');
    expect(run.stdout).toContain('Exit code: 0 when every row was accepted or refused on its own');
  });

  it('explains a bad command line with exit code 2', async () => {
    const run = await importLeads([join(folder, 'missing.csv'), '--token', 'x']);

    expect(run.code).toBe(2);
    expect(run.stderr).toContain('Cannot read');
  });
});

/**
 * A stand-in for the gateway that passes requests on to it, except the second, which it
 * answers with an error refusing the whole batch, as the gateway does for bad input.
 */
async function refusingSecondRequest(gatewayUrl: string): Promise<{ server: Server; url: string }> {
  let requests = 0;
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      requests += 1;
      void (async () => {
        response.setHeader('content-type', 'application/json');
        if (requests === 2) {
          response.end(
            JSON.stringify({
              errors: [
                {
                  message: 'input.leads.1.email is refused for the test',
                  extensions: { code: 'BAD_USER_INPUT', field: 'input.leads.1.email' },
                },
              ],
            }),
          );

          return;
        }
        const answer = await fetch(gatewayUrl, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            authorization: request.headers.authorization ?? '',
          },
          body: Buffer.concat(chunks),
        });
        response.statusCode = answer.status;
        response.end(await answer.text());
      })();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));

  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql` };
}
