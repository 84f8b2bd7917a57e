import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { findFreePort } from './free-port';

const ROOT = join(__dirname, '..', '..');
const TSX = join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs');

export interface ChildService {
  name: string;
  process: ChildProcess;
}

/** Starts one service entry point (`subgraphs/x/main.ts`, `gateway/src/main.ts`) as a process. */
export function startChildService(
  name: string,
  entryPoint: string,
  env: Record<string, string>,
): ChildService {
  const child = spawn(process.execPath, [TSX, join(ROOT, entryPoint)], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'inherit', 'inherit'],
  });

  return { name, process: child };
}

/** Polls a readiness URL until it answers 200, or fails after `timeoutMs`. */
export async function waitUntilReady(url: string, child: ChildService, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.process.exitCode !== null) {
      throw new Error(`${child.name} exited with code ${child.process.exitCode} while starting`);
    }
    const ready = await fetch(url, { signal: AbortSignal.timeout(1000) }).then(
      (response) => response.ok,
      () => false,
    );
    if (ready) {
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${child.name} was not ready within ${timeoutMs / 1000}s`);
}

/** Sends SIGTERM to each service and waits for all of them to exit. */
export async function stopChildServices(children: ChildService[]): Promise<void> {
  await Promise.all(
    children.map(
      ({ process: child }) =>
        new Promise<void>((resolve) => {
          if (child.exitCode !== null || child.signalCode !== null) {
            resolve();

            return;
          }
          child.once('exit', () => resolve());
          child.kill('SIGTERM');
        }),
    ),
  );
}

/**
 * Starts a service on `port` (a free one when 0), records it in `services` so the caller stops
 * it with the others, waits until it answers its readiness check, and returns its GraphQL URL.
 */
export async function startReadyService(
  services: ChildService[],
  name: string,
  entryPoint: string,
  env: Record<string, string>,
  options: { port?: number; timeoutMs?: number } = {},
): Promise<string> {
  const port = options.port || (await findFreePort());
  const child = startChildService(name, entryPoint, { ...env, PORT: String(port) });
  services.push(child);
  await waitUntilReady(`http://127.0.0.1:${port}/health/ready`, child, options.timeoutMs);

  return `http://127.0.0.1:${port}/graphql`;
}
