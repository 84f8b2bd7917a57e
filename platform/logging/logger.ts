import { ConfigError } from '../config/env';

export type LogLevel = 'debug' | 'info' | 'warn' | 'error' | 'silent';

const LEVEL_RANK: Record<LogLevel, number> = {
  debug: 10,
  info: 20,
  warn: 30,
  error: 40,
  silent: 99,
};

export type LogFields = Record<string, unknown>;

/**
 * Structured logger: one JSON object per line on stdout. Quiet by default (`warn`), so a
 * healthy process prints nothing but its start line.
 */
export interface Logger {
  debug(message: string, fields?: LogFields): void;
  info(message: string, fields?: LogFields): void;
  warn(message: string, fields?: LogFields): void;
  error(message: string, fields?: LogFields): void;
  child(fields: LogFields): Logger;
}

export function readLogLevel(env: Record<string, string | undefined>): LogLevel {
  const raw = env.LOG_LEVEL ?? 'warn';
  if (!(raw in LEVEL_RANK)) {
    throw new ConfigError('LOG_LEVEL', `must be one of ${Object.keys(LEVEL_RANK).join(', ')}`);
  }

  return raw as LogLevel;
}

export function createLogger(level: LogLevel, base: LogFields = {}): Logger {
  const threshold = LEVEL_RANK[level];
  const write = (entryLevel: LogLevel, message: string, fields?: LogFields): void => {
    if (LEVEL_RANK[entryLevel] < threshold) {
      return;
    }
    const entry = {
      time: new Date().toISOString(),
      level: entryLevel,
      message,
      ...base,
      ...fields,
    };
    process.stdout.write(`${JSON.stringify(entry, errorReplacer)}\n`);
  };

  return {
    debug: (message, fields) => write('debug', message, fields),
    info: (message, fields) => write('info', message, fields),
    warn: (message, fields) => write('warn', message, fields),
    error: (message, fields) => write('error', message, fields),
    child: (fields) => createLogger(level, { ...base, ...fields }),
  };
}

function errorReplacer(_key: string, value: unknown): unknown {
  if (value instanceof Error) {
    return { name: value.name, message: value.message, stack: value.stack };
  }

  return value;
}
