import { SignJWT, jwtVerify } from 'jose';
import type { Identity } from './identity';

/** HTTP header carrying the identity the gateway verified, signed for the subgraphs. */
export const FORWARDED_IDENTITY_HEADER = 'x-crm-identity';

const ISSUER = 'crm-gateway';
const AUDIENCE = 'crm-subgraphs';
const LIFETIME_SECONDS = 60;

/**
 * Signs an identity for the subgraphs. The token lives for one minute: long enough for one
 * client request (or one subscription handshake), short enough that a captured header is
 * of little use.
 */
export async function signForwardedIdentity(identity: Identity, secret: string): Promise<string> {
  return new SignJWT({
    scope: identity.scopes.join(' '),
    ...(identity.partnerId !== null ? { partner_id: identity.partnerId } : {}),
    ...(identity.expiresAt !== null ? { client_exp: identity.expiresAt } : {}),
  })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(identity.subject)
    .setIssuer(ISSUER)
    .setAudience(AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(`${LIFETIME_SECONDS}s`)
    .sign(encodeSecret(secret));
}

/** Verifies a forwarded identity; returns null when it is missing, forged or expired. */
export async function verifyForwardedIdentity(
  token: string | undefined,
  secret: string,
): Promise<Identity | null> {
  if (token === undefined || token === '') {
    return null;
  }
  try {
    const { payload } = await jwtVerify(token, encodeSecret(secret), {
      issuer: ISSUER,
      audience: AUDIENCE,
      algorithms: ['HS256'],
    });
    if (typeof payload.sub !== 'string' || typeof payload.scope !== 'string') {
      return null;
    }

    return {
      subject: payload.sub,
      scopes: payload.scope.split(' ').filter(Boolean),
      partnerId: typeof payload.partner_id === 'string' ? payload.partner_id : null,
      expiresAt: typeof payload.client_exp === 'number' ? payload.client_exp : null,
    };
  } catch {
    return null;
  }
}

function encodeSecret(secret: string): Uint8Array {
  return new TextEncoder().encode(secret);
}
