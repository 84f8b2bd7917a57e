import { userError, type UserError } from '../../../platform/errors/domain-errors';
import { UserErrorCode } from '../../../platform/errors/error-codes';
import {
  FORWARDED_IDENTITY_HEADER,
  signForwardedIdentity,
} from '../../../platform/identity/forwarded-identity';
import type { Identity } from '../../../platform/identity/identity';

/** The other subgraph could not be reached or failed on its side; trying again later may work. */
export class SubgraphUnavailableError extends Error {
  constructor(
    readonly url: string,
    detail: string,
  ) {
    super(`Subgraph ${url} is unavailable: ${detail}`);
  }
}

/** The other subgraph refused the request as it is; sending it again would change nothing. */
export class SubgraphRefusalError extends Error {
  constructor(
    readonly url: string,
    readonly userErrors: UserError[],
  ) {
    super(`Subgraph ${url} refused the request: ${userErrors.map((e) => e.message).join('; ')}`);
  }
}

interface GraphQLBody<T> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string; field?: string } }[];
}

/** Error codes that say the request itself is at fault, as opposed to the subgraph. */
const REFUSAL_CODES = new Set(['BAD_USER_INPUT', 'FORBIDDEN', 'NOT_FOUND']);

const TIMEOUT_MS = 15_000;

/**
 * Sends one GraphQL operation straight to another subgraph as `identity`, signed as the gateway
 * would sign it, so the other subgraph applies that identity's scopes. Returns `data`; throws
 * SubgraphRefusalError when the request is refused for what it is, SubgraphUnavailableError for
 * anything that may pass on a later attempt.
 */
export async function callSubgraph<T>(
  url: string,
  query: string,
  variables: Record<string, unknown>,
  identity: Identity,
  identitySecret: string,
): Promise<T> {
  let response: Response;
  try {
    response = await fetch(url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        [FORWARDED_IDENTITY_HEADER]: await signForwardedIdentity(identity, identitySecret),
      },
      body: JSON.stringify({ query, variables }),
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
  } catch (error) {
    throw new SubgraphUnavailableError(url, String(error));
  }
  let body: GraphQLBody<T>;
  try {
    body = (await response.json()) as GraphQLBody<T>;
  } catch {
    throw new SubgraphUnavailableError(url, `HTTP ${response.status} without a GraphQL body`);
  }
  const errors = body.errors ?? [];
  if (
    errors.length > 0 &&
    errors.every((error) => REFUSAL_CODES.has(error.extensions?.code ?? ''))
  ) {
    throw new SubgraphRefusalError(
      url,
      errors.map((error) =>
        userError(
          error.extensions?.code === 'NOT_FOUND' ? UserErrorCode.NotFound : UserErrorCode.Invalid,
          error.message,
          error.extensions?.field?.split('.'),
        ),
      ),
    );
  }
  if (errors.length > 0 || body.data === null || body.data === undefined) {
    const codes = errors.map((error) => error.extensions?.code ?? 'unknown').join(', ');
    throw new SubgraphUnavailableError(url, `HTTP ${response.status}, errors: ${codes}`);
  }

  return body.data;
}
