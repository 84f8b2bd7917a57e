import {
  GraphQLError,
  type ExecutionResult,
  type FormattedExecutionResult,
  type GraphQLFormattedError,
} from 'graphql';

export type ErrorFormatter = (
  formatted: GraphQLFormattedError,
  error: unknown,
) => GraphQLFormattedError;

/**
 * graphql-ws hooks that pass every error through the process's error formatter, as HTTP does.
 * Errors relayed from elsewhere arrive already formatted and are kept as they are; errors raised
 * before execution (parsing, validation) carry no code of their own and get the one GraphQL's
 * validation errors have over HTTP.
 */
export function webSocketErrorHooks(formatError: ErrorFormatter) {
  const format = (error: GraphQLError | GraphQLFormattedError): GraphQLFormattedError =>
    error instanceof GraphQLError ? formatError(error.toJSON(), error) : error;

  return {
    onNext: (
      _ctx: unknown,
      _id: string,
      _payload: unknown,
      _args: unknown,
      result: ExecutionResult,
    ): FormattedExecutionResult | undefined =>
      result.errors
        ? {
            ...result,
            errors: (result.errors as readonly (GraphQLError | GraphQLFormattedError)[]).map(
              format,
            ),
          }
        : undefined,
    onError: (
      _ctx: unknown,
      _id: string,
      _payload: unknown,
      errors: readonly GraphQLError[],
    ): GraphQLFormattedError[] =>
      errors.map((error) =>
        format(
          error.extensions.code === undefined && error.originalError === undefined
            ? new GraphQLError(error.message, {
                nodes: error.nodes,
                extensions: { ...error.extensions, code: 'GRAPHQL_VALIDATION_FAILED' },
              })
            : error,
        ),
      ),
  };
}
