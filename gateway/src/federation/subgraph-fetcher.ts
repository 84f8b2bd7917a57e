import type { RemoteGraphQLDataSource } from '@apollo/gateway';

type Fetcher = RemoteGraphQLDataSource['fetcher'];

/**
 * A subgraph answers a request whose variables fail their types with HTTP 400 and a GraphQL
 * body (`errors` with code BAD_USER_INPUT and the field). The stock data source would turn that
 * into an opaque transport failure; this fetcher hands such a body on as an ordinary GraphQL
 * response, so the client sees the subgraph's own error, code and field.
 */
export function relayingGraphQLErrors(fetcher: Fetcher): Fetcher {
  return (async (url: string, init: Parameters<Fetcher>[1]) => {
    const response = await fetcher(url, init);
    const isJson = response.headers.get('content-type')?.includes('json') ?? false;
    if (response.status !== 400 || !isJson) {
      return response;
    }
    const body = await response.text();
    const parsed = safeParse(body);
    const hasErrors =
      typeof parsed === 'object' &&
      parsed !== null &&
      Array.isArray((parsed as { errors?: unknown }).errors);

    return new Response(body, {
      status: hasErrors ? 200 : 400,
      headers: { 'content-type': 'application/json' },
    });
  }) as Fetcher;
}

function safeParse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
