import { ConfigError, readInteger, readSecret, readString } from './env';
import { DEVELOPMENT_IDENTITY_SECRET } from './development-defaults';
import { readLogLevel, type LogLevel } from '../logging/logger';
import { SUBGRAPHS, type SubgraphName } from './subgraph-list';

/** Configuration shared by every subgraph process. */
export interface SubgraphConfig {
  /** PostgreSQL connection string (`DATABASE_URL`). */
  databaseUrl: string;
  /** HTTP port; 0 picks a free one (`PORT`). */
  port: number;
  /** Secret the gateway signs forwarded identities with (`GATEWAY_IDENTITY_SECRET`). */
  identitySecret: string;
  /** Minimum log level written (`LOG_LEVEL`, default `warn`). */
  logLevel: LogLevel;
}

export function readSubgraphConfig(
  env: Record<string, string | undefined>,
  defaultPort: number,
): SubgraphConfig {
  return {
    databaseUrl: readString(env, 'DATABASE_URL'),
    port: readInteger(env, 'PORT', defaultPort),
    identitySecret: readSecret(env, 'GATEWAY_IDENTITY_SECRET', DEVELOPMENT_IDENTITY_SECRET),
    logLevel: readLogLevel(env),
  };
}

/**
 * Where another subgraph serves GraphQL, for a subgraph that calls it: `<NAME>_URL` (such as
 * `ACCOUNTS_URL`), by default that subgraph's default port on this machine.
 */
export function readSubgraphUrl(
  env: Record<string, string | undefined>,
  name: SubgraphName,
): string {
  const { port } = SUBGRAPHS.find((subgraph) => subgraph.name === name)!;
  const variable = `${name.toUpperCase()}_URL`;
  const url = readString(env, variable, `http://127.0.0.1:${port}/graphql`);
  if (!URL.canParse(url) || !/^https?:$/.test(new URL(url).protocol)) {
    throw new ConfigError(variable, `must be an http(s) URL, got "${url}"`);
  }

  return url;
}
