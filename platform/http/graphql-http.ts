import type { IncomingMessage, ServerResponse } from 'node:http';
import { HeaderMap, type ApolloServer, type BaseContext, type ContextThunk } from '@apollo/server';

/** Largest request body accepted; a batch of 10,000 leads fits comfortably. */
const MAX_BODY_BYTES = 16 * 1024 * 1024;

class PayloadTooLarge extends Error {}

/**
 * Serves one HTTP request with Apollo Server's transport-neutral entry point, so each process
 * needs no web framework: plain `node:http` carries GraphQL, health checks and WebSockets.
 */
export async function serveGraphQL<TContext extends BaseContext>(
  server: ApolloServer<TContext>,
  request: IncomingMessage,
  response: ServerResponse,
  context: ContextThunk<TContext>,
): Promise<void> {
  let body: unknown;
  try {
    body = await readJsonBody(request);
  } catch (error) {
    const tooLarge = error instanceof PayloadTooLarge;
    const message = tooLarge ? 'Request body is too large' : 'Request body is not valid JSON';
    writeJson(response, tooLarge ? 413 : 400, {
      errors: [{ message, extensions: { code: 'BAD_REQUEST' } }],
    });

    return;
  }
  const headers = new HeaderMap();
  for (const [name, value] of Object.entries(request.headers)) {
    if (value !== undefined) {
      headers.set(name, Array.isArray(value) ? value.join(', ') : value);
    }
  }
  const url = new URL(request.url ?? '/', 'http://localhost');
  const result = await server.executeHTTPGraphQLRequest({
    httpGraphQLRequest: { method: request.method ?? 'GET', headers, search: url.search, body },
    context,
  });
  response.statusCode = result.status ?? 200;
  for (const [name, value] of result.headers) {
    response.setHeader(name, value);
  }
  if (result.body.kind === 'complete') {
    response.end(result.body.string);

    return;
  }
  for await (const chunk of result.body.asyncIterator) {
    response.write(chunk);
  }
  response.end();
}

export function writeJson(response: ServerResponse, status: number, payload: unknown): void {
  response.statusCode = status;
  response.setHeader('content-type', 'application/json');
  response.end(JSON.stringify(payload));
}

async function readJsonBody(request: IncomingMessage): Promise<unknown> {
  if (request.method !== 'POST') {
    return undefined;
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) {
      throw new PayloadTooLarge();
    }
    chunks.push(chunk as Buffer);
  }
  const text = Buffer.concat(chunks).toString('utf8');

  return text === '' ? undefined : JSON.parse(text);
}
