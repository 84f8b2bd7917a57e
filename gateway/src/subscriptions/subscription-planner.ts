import { buildOperationContext } from '@apollo/gateway';
import { operationFromDocument, Supergraph, type Schema } from '@apollo/federation-internals';
import { QueryPlanner, type FetchNode, type PlanNode, type QueryPlan } from '@apollo/query-planner';
import {
  GraphQLError,
  OperationTypeNode,
  parse,
  specifiedRules,
  validate,
  type DocumentNode,
  type GraphQLSchema,
} from 'graphql';
import { ErrorCode } from '../../../platform/errors/error-codes';
import { inputLiteralRule } from '../validation/input-literal-rule';
import { makeResumable, type ResumableOperation } from './resumable-operation';

export type OperationContext = ReturnType<typeof buildOperationContext>;

/** A client's subscription, planned over the supergraph. */
export interface PlannedSubscription {
  document: DocumentNode;
  operationName: string | undefined;
  variables: Record<string, unknown>;
  /** The fetch that opens the subscription at the subgraph owning the root field. */
  primary: FetchNode;
  /** The primary fetch as the gateway sends it: resumable, with the variables it uses. */
  upstream: ResumableOperation & { variables: Record<string, unknown> };
  /** Fetches of other subgraphs' fields, run for every event. */
  rest: PlanNode | undefined;
  operationContext: OperationContext;
  /** `<subgraph>:read` for every subgraph the plan touches. */
  requiredScopes: string[];
}

export interface SubscriptionRequest {
  query: string;
  variables?: Record<string, unknown> | null;
  operationName?: string | null;
}

/**
 * Plans subscriptions with the federation query planner. Stock @apollo/gateway stops at a
 * subscription plan; its primary fetch and the rest of the plan are what the gateway's
 * subscription layer executes itself.
 */
export class SubscriptionPlanner {
  private readonly planner: QueryPlanner;
  readonly apiSchema: Schema;
  readonly apiGraphQLSchema: GraphQLSchema;
  readonly supergraphSchema: GraphQLSchema;

  constructor(supergraphSdl: string) {
    const supergraph = Supergraph.build(supergraphSdl);
    this.planner = new QueryPlanner(supergraph);
    this.apiSchema = supergraph.apiSchema();
    this.apiGraphQLSchema = this.apiSchema.toGraphQLJSSchema();
    this.supergraphSchema = supergraph.schema.toGraphQLJSSchema();
  }

  /** Returns the plan, or the errors that make the request unacceptable. */
  plan(request: SubscriptionRequest): PlannedSubscription | readonly GraphQLError[] {
    let document: DocumentNode;
    try {
      document = parse(request.query);
    } catch (error) {
      return [error instanceof GraphQLError ? error : new GraphQLError('Invalid query')];
    }
    const validationErrors = validate(this.apiGraphQLSchema, document, [
      ...specifiedRules,
      inputLiteralRule,
    ]);
    if (validationErrors.length > 0) {
      return validationErrors;
    }
    const operationName = request.operationName ?? undefined;
    let operationContext: OperationContext;
    try {
      operationContext = buildOperationContext({
        schema: this.apiGraphQLSchema,
        operationDocument: document,
        operationName,
      });
    } catch (error) {
      return [error instanceof GraphQLError ? error : new GraphQLError('Invalid operation')];
    }
    if (operationContext.operation.operation !== OperationTypeNode.SUBSCRIPTION) {
      return [
        new GraphQLError(
          'Only subscriptions run over WebSocket; send queries and mutations over HTTP',
          {
            extensions: { code: ErrorCode.BadUserInput },
          },
        ),
      ];
    }
    const queryPlan = this.planner.buildQueryPlan(
      operationFromDocument(this.apiSchema, document, { operationName }),
    );
    const root = queryPlan.node;
    if (root?.kind !== 'Subscription') {
      return [new GraphQLError('The operation selects no subscription field')];
    }

    const variables = request.variables ?? {};
    const upstreamVariables = Object.fromEntries(
      (root.primary.variableUsages ?? [])
        .filter((name) => name in variables)
        .map((name) => [name, variables[name]]),
    );

    return {
      document,
      operationName,
      variables,
      primary: root.primary,
      upstream: {
        ...makeResumable(root.primary.operation, upstreamVariables),
        variables: upstreamVariables,
      },
      rest: root.rest,
      operationContext,
      requiredScopes: [...fetchServices(queryPlan)].sort().map((service) => `${service}:read`),
    };
  }
}

function fetchServices(plan: QueryPlan): Set<string> {
  const services = new Set<string>();
  const visit = (node: PlanNode | undefined): void => {
    if (node === undefined) {
      return;
    }
    switch (node.kind) {
      case 'Fetch':
        services.add(node.serviceName);
        break;
      case 'Sequence':
      case 'Parallel':
        node.nodes.forEach(visit);
        break;
      case 'Flatten':
        visit(node.node);
        break;
      case 'Condition':
        visit(node.ifClause);
        visit(node.elseClause);
        break;
      case 'Defer':
        visit(node.primary.node);
        node.deferred.forEach((deferred) => visit(deferred.node));
        break;
    }
  };
  const root = plan.node;
  if (root?.kind === 'Subscription') {
    visit(root.primary);
    visit(root.rest);
  } else {
    visit(root);
  }

  return services;
}
