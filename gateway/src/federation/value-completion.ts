import type { ApolloGateway } from '@apollo/gateway';
import { GraphQLError, type ExecutionResult } from 'graphql';
import { IncompleteDataError } from '../../../platform/errors/domain-errors';
import type { Logger } from '../../../platform/logging/logger';
import type { GatewayContext } from '../gateway-context';

/** The part of ApolloGateway that Apollo Server uses. */
export type ServedGateway = Pick<ApolloGateway, 'load' | 'onSchemaLoadOrUpdate' | 'stop'>;

/**
 * After the last fetch of a plan, @apollo/gateway completes the merged subgraph results against
 * the schema. A non-null field it finds without a value (an entity a subgraph refers to that the
 * subgraph owning it does not have, say an opportunity's account) is set to null up to the
 * nearest nullable field, as GraphQL requires, possibly `data` itself. But the gateway reports
 * that only in `extensions.valueCompletion`, and only when no fetch failed, so a client would
 * get `data: null` without any error. This moves each report into `errors` as INCOMPLETE_DATA,
 * with its path, and logs it: the data behind it needs repairing.
 */
export function reportValueCompletion(result: ExecutionResult, logger: Logger): ExecutionResult {
  const { valueCompletion, ...extensions } = result.extensions ?? {};
  if (!Array.isArray(valueCompletion) || valueCompletion.length === 0) {
    return result;
  }
  const incomplete = (valueCompletion as GraphQLError[]).map(
    (error) =>
      new GraphQLError(error.message, {
        path: error.path,
        originalError: new IncompleteDataError(error.message),
      }),
  );
  logger.warn('incomplete result', {
    fields: incomplete.map((error) => ({ path: error.path, message: error.message })),
  });
  const { extensions: _extensions, ...rest } = result;

  return {
    ...rest,
    errors: [...(result.errors ?? []), ...incomplete],
    ...(Object.keys(extensions).length > 0 ? { extensions } : {}),
  };
}

/** Serves `gateway` with every result passed through `reportValueCompletion`. */
export function reportingValueCompletion(gateway: ApolloGateway): ServedGateway {
  return {
    load: async (options) => {
      const loaded = await gateway.load(options);

      return {
        ...loaded,
        executor: async (requestContext) =>
          reportValueCompletion(
            await loaded.executor(requestContext),
            (requestContext.context as GatewayContext).logger,
          ),
      };
    },
    onSchemaLoadOrUpdate: (callback) => gateway.onSchemaLoadOrUpdate(callback),
    stop: () => gateway.stop(),
  };
}
