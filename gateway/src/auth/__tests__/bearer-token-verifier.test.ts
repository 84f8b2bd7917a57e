import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, SignJWT, type KeyLike } from 'jose';
import { createBearerTokenVerifier, type BearerTokenVerifier } from '../bearer-token-verifier';

const SECRET = 'verifier-test-secret';

let jwksServer: Server;
let privateKey: KeyLike;
let verify: BearerTokenVerifier;

beforeAll(async () => {
  const keys = await generateKeyPair('RS256');
  privateKey = keys.privateKey;
  const jwk = { ...(await exportJWK(keys.publicKey)), kid: 'key-1', alg: 'RS256', use: 'sig' };
  jwksServer = createServer((_request, response) => {
    response.setHeader('content-type', 'application/json');
    response.end(JSON.stringify({ keys: [jwk] }));
  });
  await new Promise<void>((resolve) => jwksServer.listen(0, '127.0.0.1', resolve));
  const { port } = jwksServer.address() as AddressInfo;
  verify = createBearerTokenVerifier({
    jwtSecret: SECRET,
    jwksUrl: `http://127.0.0.1:${port}/jwks.json`,
    issuer: undefined,
    audience: undefined,
  });
});

afterAll(async () => {
  await new Promise((resolve) => jwksServer.close(resolve));
});

/** A token signed as the identity provider would, with an expiry unless told `null`. */
function token(alg: 'HS256' | 'RS256', expiresIn: string | null): Promise<string> {
  const jwt = new SignJWT({ scope: 'sales:read' })
    .setProtectedHeader(alg === 'RS256' ? { alg, kid: 'key-1' } : { alg })
    .setSubject('alice')
    .setIssuedAt();
  if (expiresIn !== null) {
    jwt.setExpirationTime(expiresIn);
  }

  return jwt.sign(alg === 'RS256' ? privateKey : new TextEncoder().encode(SECRET));
}

describe('bearer tokens', () => {
  it.each(['HS256', 'RS256'] as const)('are refused by %s without an exp claim', async (alg) => {
    const unlimited = await token(alg, null);

    await expect(verify(`Bearer ${unlimited}`)).rejects.toMatchObject({
      code: 'UNAUTHENTICATED',
    });
  });

  it.each(['HS256', 'RS256'] as const)('are accepted by %s with an exp to come', async (alg) => {
    const identity = await verify(`Bearer ${await token(alg, '5m')}`);

    expect(identity).toMatchObject({ subject: 'alice', scopes: ['sales:read'] });
    expect(identity.expiresAt).toBeGreaterThan(Date.now() / 1000);
  });

  it.each(['HS256', 'RS256'] as const)('are refused by %s once exp has passed', async (alg) => {
    await expect(verify(`Bearer ${await token(alg, '-1m')}`)).rejects.toMatchObject({
      code: 'UNAUTHENTICATED',
    });
  });
});
