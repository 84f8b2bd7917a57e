import { readInteger, readSecret, readString } from './env';
import { DEVELOPMENT_IDENTITY_SECRET } from './development-defaults';
import { readLogLevel, type LogLevel } from '../logging/logger';

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
