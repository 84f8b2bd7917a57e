import { SignJWT } from 'jose';
import { DEVELOPMENT_JWT_SECRET } from '../../platform/config/development-defaults';
import { signForwardedIdentity } from '../../platform/identity/forwarded-identity';
import type { Identity } from '../../platform/identity/identity';

export const TEST_JWT_SECRET = DEVELOPMENT_JWT_SECRET;
export const TEST_IDENTITY_SECRET = 'test-identity-secret';

export function identity(scopes: string[], subject = 'user-1'): Identity {
  return { subject, scopes, partnerId: null, expiresAt: null };
}

/** A client bearer token, as an identity provider would issue it. */
export async function bearerToken(
  scopes: string[],
  options: { subject?: string; expiresIn?: string; secret?: string; partnerId?: string } = {},
): Promise<string> {
  return new SignJWT({
    scope: scopes.join(' '),
    ...(options.partnerId ? { partner_id: options.partnerId } : {}),
  })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(options.subject ?? 'user-1')
    .setIssuedAt()
    .setExpirationTime(options.expiresIn ?? '1h')
    .sign(new TextEncoder().encode(options.secret ?? TEST_JWT_SECRET));
}

/** The header the gateway would add, for tests that talk to one subgraph directly. */
export async function forwardedIdentityHeader(scopes: string[]): Promise<string> {
  return signForwardedIdentity(identity(scopes), TEST_IDENTITY_SECRET);
}
