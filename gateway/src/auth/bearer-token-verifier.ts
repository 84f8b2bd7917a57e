import {
  createRemoteJWKSet,
  decodeProtectedHeader,
  jwtVerify,
  type JWTPayload,
  type JWTVerifyOptions,
} from 'jose';
import { UnauthenticatedError } from '../../../platform/errors/domain-errors';
import type { Identity } from '../../../platform/identity/identity';
import type { AuthConfig } from '../config';

/** Turns a client's bearer token into a verified identity, or throws `UNAUTHENTICATED`. */
export type BearerTokenVerifier = (authorization: string | undefined) => Promise<Identity>;

/**
 * Accepts HS256 tokens signed with the shared secret and, when a JWKS URL is configured, RS256
 * tokens signed by one of its keys. The algorithm is chosen from the token's header but each is
 * checked against its own key, so an HS256 token can never be verified with a public key. Every
 * token must carry `exp`: one without it would be valid forever once issued or leaked.
 */
export function createBearerTokenVerifier(config: AuthConfig): BearerTokenVerifier {
  const secret = new TextEncoder().encode(config.jwtSecret);
  const jwks = config.jwksUrl ? createRemoteJWKSet(new URL(config.jwksUrl)) : null;
  const claimChecks: JWTVerifyOptions = {
    requiredClaims: ['exp'],
    ...(config.issuer ? { issuer: config.issuer } : {}),
    ...(config.audience ? { audience: config.audience } : {}),
  };

  return async (authorization) => {
    const token = bearerToken(authorization);
    const payload = await verify(token).catch(() => {
      throw new UnauthenticatedError('The bearer token is invalid or has expired');
    });

    return identityFrom(payload);
  };

  async function verify(token: string): Promise<JWTPayload> {
    const { alg } = decodeProtectedHeader(token);
    if (alg === 'RS256' && jwks !== null) {
      return (await jwtVerify(token, jwks, { ...claimChecks, algorithms: ['RS256'] })).payload;
    }

    return (await jwtVerify(token, secret, { ...claimChecks, algorithms: ['HS256'] })).payload;
  }
}

function bearerToken(authorization: string | undefined): string {
  const match = /^Bearer\s+(\S+)$/i.exec(authorization ?? '');
  if (match === null) {
    throw new UnauthenticatedError('A bearer token is required: Authorization: Bearer <token>');
  }

  return match[1];
}

function identityFrom(payload: JWTPayload): Identity {
  if (typeof payload.sub !== 'string' || payload.sub === '') {
    throw new UnauthenticatedError('The bearer token has no subject');
  }
  const scope = typeof payload.scope === 'string' ? payload.scope : '';

  return {
    subject: payload.sub,
    scopes: scope.split(' ').filter(Boolean),
    partnerId: typeof payload.partner_id === 'string' ? payload.partner_id : null,
    expiresAt: typeof payload.exp === 'number' ? payload.exp : null,
  };
}
