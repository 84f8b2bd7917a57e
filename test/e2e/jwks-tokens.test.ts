import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, SignJWT, type KeyLike } from 'jose';
import { postGraphQL } from '../support/graphql-client';
import { TEST_JWT_SECRET } from '../support/identities';
import { startGraphUnderTest, type GraphUnderTest } from '../support/graph-under-test';

let graph: GraphUnderTest;
let jwksServer: Server;
let privateKey: KeyLike;

beforeAll(async () => {
  const keys = await generateKeyPair('RS256');
  privateKey = keys.privateKey;
  const jwk = { ...(await exportJWK(keys.publicKey)), kid: 'test-key', alg: 'RS256', use: 'sig' };
  jwksServer = createServer((_request, response) => {
    response.setHeader('content-type', 'application/json');
    response.end(JSON.stringify({ keys: [jwk] }));
  });
  await new Promise<void>((resolve) => jwksServer.listen(0, '127.0.0.1', resolve));
  const { port } = jwksServer.address() as AddressInfo;
  graph = await startGraphUnderTest({
    auth: {
      jwtSecret: TEST_JWT_SECRET,
      jwksUrl: `http://127.0.0.1:${port}/.well-known/jwks.json`,
      issuer: undefined,
      audience: undefined,
    },
  });
});

afterAll(async () => {
  await graph.close();
  await new Promise((resolve) => jwksServer.close(resolve));
});

async function rs256Token(key: KeyLike, scope: string): Promise<string> {
  return new SignJWT({ scope })
    .setProtectedHeader({ alg: 'RS256', kid: 'test-key' })
    .setSubject('partner-app')
    .setIssuedAt()
    .setExpirationTime('5m')
    .sign(key);
}

describe('RS256 tokens from a JWKS', () => {
  it('are accepted when signed by a published key', async () => {
    const token = await rs256Token(privateKey, 'sales:read');
    const result = await postGraphQL(
      graph.gateway.url,
      '{ stages { name } }',
      {},
      {
        authorization: `Bearer ${token}`,
      },
    );

    expect(result.errors).toBeUndefined();
    expect(result.data).toMatchObject({ stages: expect.arrayContaining([{ name: 'Closed Won' }]) });
  });

  it('are refused when signed by an unknown key', async () => {
    const stranger = await generateKeyPair('RS256');
    const token = await rs256Token(stranger.privateKey, 'sales:read');
    const result = await postGraphQL(
      graph.gateway.url,
      '{ stages { name } }',
      {},
      {
        authorization: `Bearer ${token}`,
      },
    );

    expect(result.status).toBe(401);
    expect(result.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });
});
