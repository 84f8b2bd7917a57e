import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { decodeJwt } from 'jose';
import { createBearerTokenVerifier } from '../../gateway/src/auth/bearer-token-verifier';
import { DEVELOPMENT_JWT_SECRET } from '../../platform/config/development-defaults';

const ROOT = join(__dirname, '..', '..');

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `npm run token -- <args>` as npm would, without npm's own lines around it. */
function printToken(args: string[]): Promise<Run> {
  return new Promise((resolve, reject) => {
    const { AUTH_JWT_SECRET: _secret, ...env } = process.env;
    const child = spawn(
      process.execPath,
      [
        join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs'),
        join(ROOT, 'scripts', 'print-token.ts'),
        ...args,
      ],
      { cwd: ROOT, env: { ...env, NODE_ENV: 'development' } },
    );
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.once('error', reject);
    child.once('exit', (code) => resolve({ code, stdout, stderr }));
  });
}

describe('npm run token', () => {
  it('prints a token that expires after --ttl and that the gateway accepts', async () => {
    const run = await printToken([
      '--scope',
      'sales:read accounts:read',
      '--sub',
      'alice',
      '--ttl',
      '1h',
    ]);

    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const token = run.stdout.trim();
    const claims = decodeJwt(token);
    expect(claims).toMatchObject({ sub: 'alice', scope: 'sales:read accounts:read' });
    expect(claims.exp! - claims.iat!).toBe(3600);
    const verify = createBearerTokenVerifier({
      jwtSecret: DEVELOPMENT_JWT_SECRET,
      jwksUrl: undefined,
      issuer: undefined,
      audience: undefined,
    });
    await expect(verify(`Bearer ${token}`)).resolves.toMatchObject({ subject: 'alice' });
  });

  it.each([
    [
      ['--ttl', 'banana'],
      /^npm run token: --ttl must be a lifetime such as 90s, 30m, 12h or 7d, got "banana"\n$/,
    ],
    [['--ttl', '0m'], /--ttl must be/],
    [['--ttl=-1h'], /--ttl must be/],
    [['--ttl'], /argument missing/],
    [['--sub', ''], /--sub must not be empty/],
    [['--lifetime', '1h'], /Unknown option '--lifetime'/],
    [['alice'], /Unexpected argument 'alice'/],
  ])('refuses %j with one line and exit code 2', async (args, message) => {
    const run = await printToken(args);

    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(message);
    expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });
});
