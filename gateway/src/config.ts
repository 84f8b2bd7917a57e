import { join } from 'node:path';
import { readInteger, readOptionalString, readSecret, readString } from '../../platform/config/env';
import {
  DEVELOPMENT_IDENTITY_SECRET,
  DEVELOPMENT_JWT_SECRET,
} from '../../platform/config/development-defaults';
import { readLogLevel, type LogLevel } from '../../platform/logging/logger';

import type { SubgraphName } from '../../platform/config/subgraph-list';

export type { SubgraphName };

/** Configuration of the gateway process, read once at start. */
export interface GatewayConfig {
  /** HTTP and WebSocket port (`PORT`, default 4000; 0 picks a free one). */
  port: number;
  /** Where each subgraph serves GraphQL (`ACCOUNTS_URL`, `SALES_URL`, `SERVICE_URL`, `MARKETING_URL`). */
  subgraphUrls: Record<SubgraphName, string>;
  /** Path of the composed supergraph the gateway serves (`SUPERGRAPH_PATH`). */
  supergraphPath: string;
  auth: AuthConfig;
  /** Secret used to sign the identity forwarded to subgraphs (`GATEWAY_IDENTITY_SECRET`). */
  identitySecret: string;
  logLevel: LogLevel;
}

export interface AuthConfig {
  /** HS256 secret for bearer tokens (`AUTH_JWT_SECRET`). */
  jwtSecret: string;
  /** JWKS URL for RS256 bearer tokens (`AUTH_JWKS_URL`); off when unset. */
  jwksUrl: string | undefined;
  /** Required `iss` claim (`AUTH_ISSUER`), when set. */
  issuer: string | undefined;
  /** Required `aud` claim (`AUTH_AUDIENCE`), when set. */
  audience: string | undefined;
}

export function readGatewayConfig(env: Record<string, string | undefined>): GatewayConfig {
  const subgraphUrl = (name: string, port: number): string =>
    readString(env, `${name.toUpperCase()}_URL`, `http://127.0.0.1:${port}/graphql`);

  return {
    port: readInteger(env, 'PORT', 4000),
    subgraphUrls: {
      accounts: subgraphUrl('accounts', 4001),
      sales: subgraphUrl('sales', 4002),
      service: subgraphUrl('service', 4003),
      marketing: subgraphUrl('marketing', 4004),
    },
    supergraphPath: readString(
      env,
      'SUPERGRAPH_PATH',
      join(__dirname, '..', '..', 'schema', 'supergraph.graphql'),
    ),
    auth: {
      jwtSecret: readSecret(env, 'AUTH_JWT_SECRET', DEVELOPMENT_JWT_SECRET),
      jwksUrl: readOptionalString(env, 'AUTH_JWKS_URL'),
      issuer: readOptionalString(env, 'AUTH_ISSUER'),
      audience: readOptionalString(env, 'AUTH_AUDIENCE'),
    },
    identitySecret: readSecret(env, 'GATEWAY_IDENTITY_SECRET', DEVELOPMENT_IDENTITY_SECRET),
    logLevel: readLogLevel(env),
  };
}
