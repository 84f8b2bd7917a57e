import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');

let dataDir: string;
let user: ChildProcess | null = null;

beforeAll(() => {
  dataDir = mkdtempSync(join(tmpdir(), 'crm-embedded-postgres-'));
});

afterAll(() => {
  if (user?.pid !== undefined && user.exitCode === null) {
    process.kill(-user.pid, 'SIGKILL');
  }
  rmSync(dataDir, { recursive: true, force: true });
});

function output(child: ChildProcess, pattern: RegExp, timeoutMs: number): Promise<string> {
  return new Promise((resolve, reject) => {
    let text = '';
    const timer = setTimeout(
      () => reject(new Error(`no ${pattern} in ${timeoutMs} ms: ${text}`)),
      timeoutMs,
    );
    child.stdout?.on('data', (chunk: Buffer) => {
      text += chunk.toString();
      if (pattern.test(text)) {
        clearTimeout(timer);
        resolve(text);
      }
    });
  });
}

describe('the embedded PostgreSQL of npm start', () => {
  it('outlives a Ctrl-C until the process using it has finished and stops it', async () => {
    // A process group of its own stands for the terminal's foreground job: a Ctrl-C signals
    // every process in it.
    user = spawn(
      process.execPath,
      ['--import', 'tsx', join(ROOT, 'test', 'fixtures', 'embedded-postgres-user.ts'), dataDir],
      { cwd: ROOT, detached: true, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let stdout = '';
    let stderr = '';
    user.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    await output(user, /ready\n/, 60_000);
    user.stdout?.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => user!.once('exit', resolve));

    process.kill(-user.pid!, 'SIGINT');

    expect(await exited).toBe(0);
    expect(stdout).toBe('drained 1\n');
    expect(stderr).toBe('');
    expect(existsSync(join(dataDir, 'postmaster.pid'))).toBe(false);
  });
});
