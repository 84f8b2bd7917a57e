import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { GraphQLError, visit } from 'graphql';
import { ErrorCode } from '../errors/error-codes';
import { findNul } from './input-validation';

/**
 * PostgreSQL cannot store the NUL character in text. This plugin refuses any operation whose
 * variables or inline strings hold one, naming the offending field, before a resolver runs.
 */
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
          throw new GraphQLError(`${field} must not contain the NUL character`, {
            extensions: { code: ErrorCode.BadUserInput, field },
          });
        }
      },
    }),
  };
}
