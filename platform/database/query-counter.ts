import { AsyncLocalStorage } from 'node:async_hooks';
import type { Logger as TypeOrmLogger } from 'typeorm';
import type { Logger } from '../logging/logger';

const servingRequest = new AsyncLocalStorage<true>();

/**
 * Runs `work`, the serving of one client request, so that the statements it sends count as the
 * request's: background work (timers, event consumers) runs outside and is counted apart.
 */
export function asRequestWork<T>(work: () => T): T {
  return servingRequest.run(true, work);
}

/**
 * TypeORM logger that counts every SQL statement a data source sends and forwards the
 * statement to the structured log at `debug`. The count of statements sent for requests lets
 * tests prove that a list is loaded in a fixed number of statements however long it is, while
 * the subgraph's background work goes on.
 */
export class QueryCounter implements TypeOrmLogger {
  private statements = 0;
  private requestStatements = 0;

  constructor(private readonly logger: Logger) {}

  /** Statements sent since the data source was created. */
  get count(): number {
    return this.statements;
  }

  /** Statements sent while serving requests (see `asRequestWork`). */
  get requestCount(): number {
    return this.requestStatements;
  }

  logQuery(query: string): void {
    this.statements += 1;
    if (servingRequest.getStore() === true) {
      this.requestStatements += 1;
    }
    this.logger.debug('sql', { query });
  }

  logQueryError(error: string | Error, query: string): void {
    this.logger.warn('sql failed', { query, error: String(error) });
  }

  logQuerySlow(time: number, query: string): void {
    this.logger.warn('slow sql', { query, milliseconds: time });
  }

  logSchemaBuild(message: string): void {
    this.logger.debug('schema', { detail: message });
  }

  logMigration(message: string): void {
    this.logger.info('migration', { detail: message });
  }

  log(level: 'log' | 'info' | 'warn', message: unknown): void {
    if (level === 'warn') {
      this.logger.warn('typeorm', { detail: String(message) });
    } else {
      this.logger.debug('typeorm', { detail: String(message) });
    }
  }
}
