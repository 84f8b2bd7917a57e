import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { createErrorFormatter } from '../../../platform/errors/format-error';
import type { Logger } from '../../../platform/logging/logger';
import { literalFieldPath } from '../validation/input-literal-rule';

/** The field through which the gateway fetches entities from a subgraph. */
const ENTITIES_FIELD = '_entities';

/** Codes a subgraph may send that the gateway relays unchanged. */
const SUBGRAPH_CODES = new Set([
  'BAD_USER_INPUT',
  'GRAPHQL_VALIDATION_FAILED',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'SERVICE_UNAVAILABLE',
  'INTERNAL_SERVER_ERROR',
]);

/**
 * Errors relayed from a subgraph were already formatted (and masked) there, so they keep their
 * code and extensions; anything raised by the gateway itself goes through the same masking as a
 * subgraph's, so that a failed connection never shows an internal address to a client. A
 * validation error about an argument literal names the literal's path in `extensions.field`.
 * Every path is one of the client's operation, never one of the query plan.
 */
export function createGatewayErrorFormatter(logger: Logger) {
  const formatOwnError = createErrorFormatter(logger);

  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const extensions = formatted.extensions ?? {};
    const code = extensions.code;
    if (
      typeof extensions.serviceName === 'string' &&
      typeof code === 'string' &&
      SUBGRAPH_CODES.has(code)
    ) {
      const { stacktrace: _stacktrace, ...safeExtensions } = extensions;

      return withClientPath({ ...formatted, extensions: safeExtensions }, error);
    }

    return withClientPath(withLiteralField(formatOwnError(formatted, error), error), error);
  };
}

/**
 * An error a subgraph reports for a whole entity fetch (a missing scope, say) has no item index,
 * so the gateway places it at the fetch's path in the query plan, such as
 * `["opportunities", "edges", "@", "node", "account", "_entities"]`, where `@` stands for every
 * item of a list and `_entities` for the fetch. The error concerns every item, so it is reported
 * at the list itself (the path up to the first `@`), or at the entity the fetch was for when no
 * list is involved. A client's alias can never be `@`, so no path of its own is cut. (The real
 * item paths are not known here: the data they would be read from is gone once the error nulled
 * it.)
 */
function withClientPath(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const path = formatted.path;
  if (path === undefined) {
    return formatted;
  }
  const everyItem = path.indexOf('@');
  if (everyItem !== -1) {
    return { ...formatted, path: path.slice(0, everyItem) };
  }
  const fromSubgraph = error instanceof GraphQLError && error.extensions.serviceName !== undefined;
  if (fromSubgraph && path.at(-1) === ENTITIES_FIELD) {
    return { ...formatted, path: path.slice(0, -1) };
  }

  return formatted;
}

function withLiteralField(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const extensions = formatted.extensions ?? {};
  if (extensions.code !== 'GRAPHQL_VALIDATION_FAILED' || extensions.field !== undefined) {
    return formatted;
  }
  const field = error instanceof GraphQLError ? literalFieldPath(error.nodes?.[0]) : null;

  return field === null ? formatted : { ...formatted, extensions: { ...extensions, field } };
}
