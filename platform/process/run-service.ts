import type { Logger } from '../logging/logger';

export interface StoppableService {
  close: () => Promise<void>;
}

/**
 * Keeps a service running until SIGTERM or SIGINT, then closes it gracefully: in-flight
 * requests finish, connections drain, and the process exits 0 (1 if closing failed).
 */
export function stopOnSignal(service: StoppableService, logger: Logger): void {
  let stopping = false;
  const stop = (signal: NodeJS.Signals): void => {
    if (stopping) {
      return;
    }
    stopping = true;
    logger.info('shutting down', { signal });
    service.close().then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error('shutdown failed', { error });
        process.exit(1);
      },
    );
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}

/** Runs a process's start function, logging a failure to start as one JSON line. */
export function runMain(start: () => Promise<void>, logger: Logger): void {
  start().catch((error: unknown) => {
    logger.error('failed to start', { error });
    process.exit(1);
  });
}
