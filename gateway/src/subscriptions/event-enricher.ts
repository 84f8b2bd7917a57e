import { executeQueryPlan, type GraphQLDataSource, type ServiceMap } from '@apollo/gateway';
import type { Schema } from '@apollo/federation-internals';
import type { ExecutionResult, GraphQLSchema } from 'graphql';
import type { Logger } from '../../../platform/logging/logger';
import { reportValueCompletion } from '../federation/value-completion';
import type { GatewayContext } from '../gateway-context';
import type { PlannedSubscription } from './subscription-planner';

/**
 * Hands the event received from the primary subscription to the query plan as if the primary
 * fetch had just returned it, so the gateway's own executor runs the rest of the plan (the other
 * subgraphs' fields) and shapes the result exactly as for a query. Any later fetch of the plan
 * to the same subgraph (an entity field it owns, reached through another subgraph) goes to that
 * subgraph as usual.
 */
class EventDataSource implements GraphQLDataSource {
  constructor(
    private readonly data: Record<string, unknown>,
    private readonly primaryOperation: string,
    private readonly subgraph: GraphQLDataSource,
  ) {}

  process(
    options: Parameters<GraphQLDataSource['process']>[0],
  ): ReturnType<GraphQLDataSource['process']> {
    if (options.request.query === this.primaryOperation) {
      return Promise.resolve({ data: this.data });
    }

    return this.subgraph.process(options);
  }
}

export interface EnrichmentSchemas {
  supergraphSchema: GraphQLSchema;
  apiSchema: Schema;
}

export async function enrichEvent(
  subscription: PlannedSubscription,
  event: Record<string, unknown>,
  services: ServiceMap,
  context: GatewayContext,
  schemas: EnrichmentSchemas,
  logger: Logger,
): Promise<ExecutionResult> {
  const primary = subscription.primary;
  const plan = {
    kind: 'QueryPlan' as const,
    node:
      subscription.rest === undefined
        ? primary
        : { kind: 'Sequence' as const, nodes: [primary, subscription.rest] },
  };
  const serviceMap: ServiceMap = {
    ...services,
    [primary.serviceName]: new EventDataSource(
      event,
      primary.operation,
      services[primary.serviceName],
    ),
  };
  const requestContext = {
    request: {
      query: '',
      variables: subscription.variables,
      operationName: subscription.operationName,
    },
    context,
    logger: {
      debug: (message: unknown) => logger.debug(String(message)),
      info: (message: unknown) => logger.debug(String(message)),
      warn: (message: unknown) => logger.warn(String(message)),
      error: (message: unknown) => logger.error(String(message)),
    },
    metrics: {},
  } as unknown as Parameters<typeof executeQueryPlan>[2];

  const result = await executeQueryPlan(
    plan,
    serviceMap,
    requestContext,
    subscription.operationContext,
    schemas.supergraphSchema,
    schemas.apiSchema,
  );

  return reportValueCompletion(result as ExecutionResult, context.logger);
}
