import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { createErrorFormatter } from '../../../platform/errors/format-error';
import type { Logger } from '../../../platform/logging/logger';
import { literalFieldPath } from '../validation/input-literal-rule';

/** Codes a subgraph may send that the gateway relays unchanged. */
const SUBGRAPH_CODES = new Set([
  'BAD_USER_INPUT',
  'GRAPHQL_VALIDATION_FAILED',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'INTERNAL_SERVER_ERROR',
]);

/**
 * Errors relayed from a subgraph were already formatted (and masked) there, so they keep their
 * code and extensions; anything raised by the gateway itself goes through the same masking as a
 * subgraph's, so that a failed connection never shows an internal address to a client. A
 * validation error about an argument literal names the literal's path in `extensions.field`.
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

      return { ...formatted, extensions: safeExtensions };
    }

    return withLiteralField(formatOwnError(formatted, error), error);
  };
}

function withLiteralField(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const extensions = formatted.extensions ?? {};
  if (extensions.code !== 'GRAPHQL_VALIDATION_FAILED' || extensions.field !== undefined) {
    return formatted;
  }
  const field = error instanceof GraphQLError ? literalFieldPath(error.nodes?.[0]) : null;

  return field === null ? formatted : { ...formatted, extensions: { ...extensions, field } };
}
