import { userError, type UserError } from '../errors/domain-errors';
import { UserErrorCode } from '../errors/error-codes';
import { FORWARDED_IDENTITY_HEADER, signForwardedIdentity } from '../identity/forwarded-identity';
import type { Identity } from '../identity/identity';

/**
 * Another subgraph one subgraph calls: the name it is reported under (such as `Accounts`), and
 * where it serves GraphQL.
 */
export interface RemoteSubgraph {
  name: string;
  url: string;
}

/** The other subgraph could not be reached or failed on its side; trying again later may work. */
export class SubgraphUnavailableError extends Error {
  /**
   * @param reason what went wrong in words a client may see, without addresses or internals
   * @param detail what the log needs besides
   */
  constructor(
    readonly subgraph: RemoteSubgraph,
    readonly reason: string,
    detail: string,
  ) {
    super(`${reason} (${subgraph.url}: ${detail})`);
  }
}

/** The other subgraph refused the request as it is; sending it again would change nothing. */
export class SubgraphRefusalError extends Error {
  constructor(
    readonly subgraph: RemoteSubgraph,
    readonly userErrors: UserError[],
  ) {
    super(`${subgraph.name} refused the request: ${userErrors.map((e) => e.message).join('; ')}`);
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
  subgraph: RemoteSubgraph,
  query: string,
  variables: Record<string, unknown>,
  identity: Identity,
  identitySecret: string,
): Promise<T> {
  const { name } = subgraph;
  let response: Response;
  try {
    response = await fetch(subgraph.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        [FORWARDED_IDENTITY_HEADER]: await signForwardedIdentity(identity, identitySecret),
      },
      body: JSON.stringify({ query, variables }),
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
  } catch (error) {
    const timedOut = error instanceof Error && error.name === 'TimeoutError';
    throw new SubgraphUnavailableError(
      subgraph,
      timedOut
        ? `${name} did not answer within ${TIMEOUT_MS / 1000} seconds`
        : `${name} could not be reached`,
      String(error),
    );
  }
  let body: GraphQLBody<T>;
  try {
    body = (await response.json()) as GraphQLBody<T>;
  } catch (error) {
    throw new SubgraphUnavailableError(
      subgraph,
      `${name} answered HTTP ${response.status} without a GraphQL result`,
      String(error),
    );
  }
  const errors = body.errors ?? [];
  if (
    errors.length > 0 &&
    errors.every((error) => REFUSAL_CODES.has(error.extensions?.code ?? ''))
  ) {
    throw new SubgraphRefusalError(
      subgraph,
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
    const codes = [...new Set(errors.map((error) => error.extensions?.code ?? 'an error'))];
    throw new SubgraphUnavailableError(
      subgraph,
      codes.length > 0 ? `${name} answered with ${codes.join(', ')}` : `${name} answered no data`,
      `HTTP ${response.status}: ${errors.map((error) => error.message).join('; ')}`,
    );
  }

  return body.data;
}
