import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { GraphQLError, visit } from 'graphql';
import { ErrorCode } from '../errors/error-codes';
import { findNul } from './input-validation';

/**
 * PostgreSQL cannot store the NUL character in text. Every request is screened for it before a
 * resolver runs and refused naming the offending field: over HTTP by the plugin below, over
 * WebSocket by `nulCharacterErrors` in the subscribe hook.
 */
function nulCharacterError(field: string): GraphQLError {
  return new GraphQLError(`${field} must not contain the NUL character`, {
    extensions: { code: ErrorCode.BadUserInput, field },
  });
}

export function nulCharacterPlugin<TContext extends BaseContext>(): ApolloServerPlugin<TContext> {
  return {
    requestDidStart: async () => ({
      didResolveOperation: async ({ request, document }) => {
        let field = findNul(request.variables ?? {});
        if (field === null) {
          visit(document, {
            StringValue: (node) => {
              if (field === null && node.value.includes('\u0000')) {
                field = 'query';
              }
            },
          });
        }
        if (field !== null) {
          throw nulCharacterError(field);
        }
      },
    }),
  };
}

/** The errors refusing a graphql-ws subscribe payload that holds a NUL character, or null. */
export function nulCharacterErrors(payload: {
  query: string;
  variables?: Record<string, unknown> | null;
}): GraphQLError[] | null {
  const field =
    findNul(payload.variables ?? {}) ?? (payload.query.includes('\u0000') ? 'query' : null);

  return field === null ? null : [nulCharacterError(field)];
}
