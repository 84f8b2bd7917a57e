/**
 * Typed readers for environment variables. Every process builds its configuration once at
 * start with these and fails fast with a message naming the variable when a value is invalid.
 */
export class ConfigError extends Error {
  constructor(variable: string, problem: string) {
    super(`Invalid configuration: ${variable} ${problem}`);
    this.name = 'ConfigError';
  }
}

type Env = Record<string, string | undefined>;

export function readString(env: Env, name: string, fallback?: string): string {
  const value = env[name];
  if (value !== undefined && value !== '') {
    return value;
  }
  if (fallback === undefined) {
    throw new ConfigError(name, 'is required');
  }

  return fallback;
}

export function readOptionalString(env: Env, name: string): string | undefined {
  const value = env[name];

  return value === undefined || value === '' ? undefined : value;
}

export function readInteger(env: Env, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') {
    return fallback;
  }
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0) {
    throw new ConfigError(name, `must be a non-negative integer, got "${raw}"`);
  }

  return value;
}

export function isProduction(env: Env): boolean {
  return env.NODE_ENV === 'production';
}

/**
 * A secret that has a well-known default for local development only. In production the
 * variable must be set, so a deployment can never run on the published default.
 */
export function readSecret(env: Env, name: string, developmentDefault: string): string {
  if (isProduction(env)) {
    return readString(env, name);
  }

  return readString(env, name, developmentDefault);
}
