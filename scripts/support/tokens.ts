import { SignJWT } from 'jose';

export interface TokenClaims {
  subject: string;
  scopes: string[];
  partnerId?: string;
  /** Lifetime such as `12h` or `30m`. */
  expiresIn: string;
}

/** Signs an HS256 bearer token the gateway accepts, for local use. */
export function signLocalToken(claims: TokenClaims, secret: string): Promise<string> {
  return new SignJWT({
    scope: claims.scopes.join(' '),
    ...(claims.partnerId ? { partner_id: claims.partnerId } : {}),
  })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(claims.subject)
    .setIssuedAt()
    .setExpirationTime(claims.expiresIn)
    .sign(new TextEncoder().encode(secret));
}
