import {
  GraphQLError,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  Kind,
  type ASTNode,
  type ASTVisitor,
  type GraphQLInputType,
  type GraphQLScalarType,
  type ValidationContext,
  type ValueNode,
} from 'graphql';
import { scalarResolvers } from '../../../platform/graphql/scalars';

/**
 * The supergraph only names the subgraphs' custom scalars, so the gateway would pass a literal
 * such as `amount: "12abc"` on to a subgraph unchecked. Parsing them here with the subgraphs'
 * own scalars refuses such a literal at the edge, before any subgraph is called.
 */
const CUSTOM_SCALARS: ReadonlyMap<string, GraphQLScalarType> = new Map(
  Object.entries(scalarResolvers),
);

/** Where each literal of an argument sits (`input.amount`, `input.leads.3.email`). */
const literalPaths = new WeakMap<ASTNode, string>();

/**
 * The argument path of a literal the input-literal rule visited, so that GraphQL's own
 * validation errors about that literal can name the offending field too.
 */
export function literalFieldPath(node: ASTNode | undefined): string | null {
  return node === undefined ? null : (literalPaths.get(node) ?? null);
}

/**
 * A validation rule that walks every argument literal with its input type: it records each
 * literal's path and refuses custom scalar literals the subgraphs would reject, naming the
 * field in `extensions.field`.
 */
export function inputLiteralRule(context: ValidationContext): ASTVisitor {
  const visit = (value: ValueNode, type: GraphQLInputType, path: string): void => {
    literalPaths.set(value, path);
    if (value.kind === Kind.VARIABLE || value.kind === Kind.NULL) {
      return;
    }
    const nullable = isNonNullType(type) ? type.ofType : type;
    if (isListType(nullable)) {
      if (value.kind === Kind.LIST) {
        value.values.forEach((item, index) => visit(item, nullable.ofType, `${path}.${index}`));
      } else {
        visit(value, nullable.ofType, path);
      }
    } else if (isInputObjectType(nullable) && value.kind === Kind.OBJECT) {
      const fields = nullable.getFields();
      for (const field of value.fields) {
        const definition = fields[field.name.value];
        literalPaths.set(field, `${path}.${field.name.value}`);
        if (definition !== undefined) {
          visit(field.value, definition.type, `${path}.${field.name.value}`);
        }
      }
    } else if (isScalarType(nullable)) {
      checkCustomScalar(value, nullable.name, path);
    }
  };

  const checkCustomScalar = (value: ValueNode, scalarName: string, path: string): void => {
    const scalar = CUSTOM_SCALARS.get(scalarName);
    if (scalar === undefined) {
      return;
    }
    try {
      scalar.parseLiteral(value, undefined);
    } catch (error) {
      const reason = error instanceof GraphQLError ? error.message : `${scalarName} is invalid`;
      context.reportError(
        new GraphQLError(`${path}: ${reason}`, {
          nodes: value,
          extensions: { field: path },
        }),
      );
    }
  };

  return {
    Argument(node) {
      const argument = context.getArgument();
      if (argument) {
        literalPaths.set(node, node.name.value);
        visit(node.value, argument.type, node.name.value);
      }
    },
  };
}
