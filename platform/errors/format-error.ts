import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { DomainError } from './domain-errors';
import { ErrorCode } from './error-codes';
import type { Logger } from '../logging/logger';

/** Codes produced by GraphQL itself or Apollo Server that are safe to show as they are. */
const REQUEST_ERROR_CODES = [
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  ErrorCode.Unauthenticated,
  ErrorCode.Forbidden,
  ErrorCode.NotFound,
  ErrorCode.EventsExpired,
];

export interface ErrorFormatterOptions {
  /** Further codes to pass through unchanged, such as masked errors relayed from a subgraph. */
  extraSafeCodes?: string[];
}

/**
 * Builds Apollo Server's `formatError`: domain errors keep their code and extensions, GraphQL's
 * own request errors pass through, and everything else is logged and replaced by a bare
 * internal error so that no stack trace, SQL text or driver message reaches a client.
 */
export function createErrorFormatter(logger: Logger, options: ErrorFormatterOptions = {}) {
  const safeCodes = new Set([...REQUEST_ERROR_CODES, ...(options.extraSafeCodes ?? [])]);

  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const cause = classifyCause(error);
    const location = {
      ...(formatted.locations ? { locations: formatted.locations } : {}),
      ...(formatted.path ? { path: formatted.path } : {}),
    };
    if (cause instanceof DomainError) {
      return {
        message: cause.message,
        ...location,
        extensions: { code: cause.code, ...cause.extensions },
      };
    }
    const code = formatted.extensions?.code;
    if (cause === 'graphql' && typeof code === 'string' && safeCodes.has(code)) {
      const {
        stacktrace: _stacktrace,
        exception: _exception,
        ...extensions
      } = formatted.extensions ?? {};
      const field = code === ErrorCode.BadUserInput ? variableField(formatted.message) : null;

      return { ...formatted, extensions: field ? { ...extensions, field } : extensions };
    }
    logger.error('unexpected error', { error, path: formatted.path });

    return {
      message: 'Internal server error',
      ...location,
      extensions: { code: ErrorCode.Internal },
    };
  };
}

/**
 * GraphQL reports a variable that fails its type as `Variable "$input" got invalid value … at
 * "input.closeDate"; …`; the path is lifted into `extensions.field` like every other input error.
 */
function variableField(message: string): string | null {
  const match = /^Variable "\$(\w+)" got invalid value .*? at "([^"]+)"/.exec(message);
  if (match) {
    return match[2];
  }
  const whole = /^Variable "\$(\w+)" got invalid value/.exec(message);

  return whole ? whole[1] : null;
}

/**
 * Follows the chain of wrapped errors: the first domain error found wins; a chain made only of
 * GraphQL errors is a request error; anything else (a driver error, a bug) is unexpected.
 */
function classifyCause(error: unknown): DomainError | 'graphql' | 'unexpected' {
  let current: unknown = error;
  while (current !== undefined && current !== null) {
    if (current instanceof DomainError) {
      return current;
    }
    if (!(current instanceof GraphQLError)) {
      return 'unexpected';
    }
    current = current.originalError;
  }

  return 'graphql';
}
