import { FORWARDED_IDENTITY_HEADER } from '../../platform/identity/forwarded-identity';
import { forwardedIdentityHeader } from './identities';

export interface GraphQLResponse<T = Record<string, unknown>> {
  status: number;
  data?: T | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[];
}

/** Posts one GraphQL operation and returns the HTTP status with the parsed body. */
export async function postGraphQL<T = Record<string, unknown>>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<GraphQLResponse<T>> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as Omit<GraphQLResponse<T>, 'status'>;

  return { status: response.status, ...body };
}

/** Queries one subgraph directly, as the gateway would, with the given scopes. */
export async function querySubgraph<T = Record<string, unknown>>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  scopes: string[] = ['crm:admin'],
): Promise<GraphQLResponse<T>> {
  return postGraphQL<T>(url, query, variables, {
    [FORWARDED_IDENTITY_HEADER]: await forwardedIdentityHeader(scopes),
  });
}
