import type { GraphQLFieldResolver } from 'graphql';
import { requireScope, scopeFor, type Domain } from './scopes';
import type { SubgraphContext } from '../graphql/subgraph-context';

type ResolverMap = Record<string, unknown>;

/**
 * Wraps a subgraph's resolver map so that every resolver checks the caller's scope before it
 * runs: mutations need `<domain>:write`, everything else (queries, subscriptions, entity
 * references and fields this subgraph adds to other types) needs `<domain>:read`. Fields
 * without a resolver are reachable only through a guarded one, so they need no check.
 */
export function guardResolvers<T extends ResolverMap>(domain: Domain, resolvers: T): T {
  const guarded: ResolverMap = {};
  for (const [typeName, fields] of Object.entries(resolvers)) {
    if (typeof fields !== 'object' || fields === null || isScalar(fields)) {
      guarded[typeName] = fields;
      continue;
    }
    const scope = scopeFor(domain, typeName === 'Mutation' ? 'write' : 'read');
    guarded[typeName] = Object.fromEntries(
      Object.entries(fields as Record<string, unknown>).map(([field, resolver]) => [
        field,
        field === '__resolveReference'
          ? guardReferenceResolver(resolver, scope)
          : guardField(resolver, scope),
      ]),
    );
  }

  return guarded as T;
}

function guardField(resolver: unknown, scope: string): unknown {
  if (typeof resolver === 'function') {
    return guardFunction(resolver as GraphQLFieldResolver<unknown, SubgraphContext>, scope);
  }
  if (typeof resolver === 'object' && resolver !== null && 'subscribe' in resolver) {
    const { subscribe, resolve } = resolver as {
      subscribe: GraphQLFieldResolver<unknown, SubgraphContext>;
      resolve?: GraphQLFieldResolver<unknown, SubgraphContext>;
    };

    return {
      subscribe: guardFunction(subscribe, scope),
      ...(resolve ? { resolve } : {}),
    };
  }

  return resolver;
}

function guardFunction(
  resolver: GraphQLFieldResolver<unknown, SubgraphContext>,
  scope: string,
): GraphQLFieldResolver<unknown, SubgraphContext> {
  return (parent, args, context, info) => {
    requireScope(context.identity, scope);

    return resolver(parent, args, context, info);
  };
}

/** `__resolveReference` receives the context as its second argument, not its third. */
function guardReferenceResolver(resolver: unknown, scope: string): unknown {
  if (typeof resolver !== 'function') {
    return resolver;
  }
  const resolve = resolver as (
    reference: unknown,
    context: SubgraphContext,
    info: unknown,
  ) => unknown;

  return (reference: unknown, context: SubgraphContext, info: unknown) => {
    requireScope(context.identity, scope);

    return resolve(reference, context, info);
  };
}

function isScalar(value: object): boolean {
  return 'serialize' in value && 'parseValue' in value;
}
