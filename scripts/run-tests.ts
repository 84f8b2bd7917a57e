import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startEmbeddedPostgres, type LocalPostgres } from './support/embedded-postgres';

/**
 * Runs the test suite against `DATABASE_URL`, or, when it is unset, against an embedded
 * PostgreSQL started for the run. Ends with the line `N passed, N failed`.
 */
const ROOT = join(__dirname, '..');
const DATA_DIR = join(ROOT, '.data');

async function main(): Promise<number> {
  mkdirSync(DATA_DIR, { recursive: true });
  let embedded: LocalPostgres | null = null;
  if (!process.env.DATABASE_URL) {
    process.stdout.write(
      'DATABASE_URL is not set: starting an embedded PostgreSQL for the tests\n',
    );
    embedded = await startEmbeddedPostgres(join(DATA_DIR, 'test-postgres'), 'postgres', 0);
  }
  const databaseUrl = process.env.DATABASE_URL ?? embedded!.url;
  const resultsFile = join(DATA_DIR, 'jest-results.json');
  try {
    const exitCode = await runJest(databaseUrl, resultsFile, process.argv.slice(2));
    const results = JSON.parse(readFileSync(resultsFile, 'utf8')) as {
      numPassedTests: number;
      numFailedTests: number;
      numPendingTests: number;
      numRuntimeErrorTestSuites: number;
    };
    const suiteErrors = results.numRuntimeErrorTestSuites;
    process.stdout.write(
      `${results.numPassedTests} passed, ${results.numFailedTests + suiteErrors} failed, ` +
        `${results.numPendingTests} skipped\n`,
    );

    return exitCode;
  } finally {
    await embedded?.stop();
  }
}

function runJest(databaseUrl: string, resultsFile: string, args: string[]): Promise<number> {
  return new Promise((resolve, reject) => {
    const jest = spawn(
      process.execPath,
      [
        join(ROOT, 'node_modules', 'jest', 'bin', 'jest.js'),
        '--json',
        `--outputFile=${resultsFile}`,
        ...args,
      ],
      { cwd: ROOT, stdio: 'inherit', env: { ...process.env, DATABASE_URL: databaseUrl } },
    );
    jest.once('error', reject);
    jest.once('exit', (code) => resolve(code ?? 1));
  });
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
