import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import {
  GraphQLError,
  Kind,
  TypeInfo,
  getNamedType,
  isInputObjectType,
  isListType,
  isNonNullType,
  parse,
  typeFromAST,
  visit,
  visitWithTypeInfo,
  type DocumentNode,
  type GraphQLInputType,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import { ErrorCode } from '../errors/error-codes';
import { findNul } from './input-validation';

/**
 * PostgreSQL cannot store the NUL character in text. Every request is screened for it before a
 * resolver runs and refused naming the offending field: over HTTP by the plugin below, over
 * WebSocket by `nulCharacterErrors` in the subscribe hook.
 *
 * One exception is declared in the schema rather than here: an input field marked with
 * `@checkedPerRow` is a list whose resolver checks every item on its own, the NUL character
 * included, and refuses a bad item in that item's result while storing the others (as
 * `captureLeads` does with its rows). The plugin leaves the values inside such a field to the
 * resolver and screens everything else. The gateway reads the marks from the supergraph, where
 * `@composeDirective` keeps them; a subgraph reads them from its own schema.
 */
export const CHECKED_PER_ROW_DIRECTIVE = 'checkedPerRow';

/** Input fields marked `@checkedPerRow`, as `InputType.field`. */
type RowCheckedFields = ReadonlySet<string>;

function nulCharacterError(field: string): GraphQLError {
  return new GraphQLError(`${field} must not contain the NUL character`, {
    extensions: { code: ErrorCode.BadUserInput, field },
  });
}

export function nulCharacterPlugin<TContext extends BaseContext>(): ApolloServerPlugin<TContext> {
  let rowChecked: RowCheckedFields = new Set();

  return {
    serverWillStart: async () => ({
      schemaDidLoadOrUpdate: ({ apiSchema, coreSupergraphSdl }) => {
        rowChecked =
          coreSupergraphSdl === undefined
            ? rowCheckedFieldsOfSchema(apiSchema)
            : rowCheckedFieldsOfDocument(parse(coreSupergraphSdl));
      },
    }),
    requestDidStart: async () => ({
      didResolveOperation: async ({ request, document, operation, schema }) => {
        const field = findNulOutsideRows(
          schema,
          document,
          operation,
          request.variables ?? {},
          rowChecked,
        );
        if (field !== null) {
          throw nulCharacterError(field);
        }
      },
    }),
  };
}

/**
 * The path (`input.name`, or `query` for a literal of the document) of the first string holding
 * a NUL character outside the values of `rowChecked` input fields; null when there is none.
 * Values are followed along the types the operation declares for its variables; a variable the
 * operation does not declare is screened whole.
 */
export function findNulOutsideRows(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode | undefined,
  variables: Record<string, unknown>,
  rowChecked: RowCheckedFields,
): string | null {
  const declared = new Map(
    (operation?.variableDefinitions ?? []).map((definition) => [
      definition.variable.name.value,
      typeFromAST(schema, definition.type) as GraphQLInputType | undefined,
    ]),
  );
  for (const [name, value] of Object.entries(variables)) {
    if (name.includes('\u0000')) {
      return name;
    }
    const found = declared.has(name)
      ? nulInValue(value, declared.get(name), name, rowChecked)
      : findNul(value, name);
    if (found !== null) {
      return found;
    }
  }

  return nulInLiterals(schema, document, rowChecked) ? 'query' : null;
}

/** Follows `value` along `type`, skipping what `rowChecked` fields hold. */
function nulInValue(
  value: unknown,
  type: GraphQLInputType | undefined,
  path: string,
  rowChecked: RowCheckedFields,
): string | null {
  const nullable = type !== undefined && isNonNullType(type) ? type.ofType : type;
  if (nullable !== undefined && isListType(nullable)) {
    // A single value where a list is expected is coerced to a list of one.
    const items: unknown[] = Array.isArray(value) ? value : [value];
    for (const [index, item] of items.entries()) {
      const itemPath = Array.isArray(value) ? `${path}.${index}` : path;
      const found = nulInValue(item, nullable.ofType, itemPath, rowChecked);
      if (found !== null) {
        return found;
      }
    }

    return null;
  }
  if (
    nullable !== undefined &&
    isInputObjectType(nullable) &&
    value !== null &&
    typeof value === 'object'
  ) {
    const fields = nullable.getFields();
    for (const [key, item] of Object.entries(value)) {
      const itemPath = `${path}.${key}`;
      if (key.includes('\u0000')) {
        return itemPath;
      }
      if (fields[key] !== undefined && rowChecked.has(`${nullable.name}.${key}`)) {
        continue;
      }
      const found = nulInValue(item, fields[key]?.type, itemPath, rowChecked);
      if (found !== null) {
        return found;
      }
    }

    return null;
  }

  return findNul(value, path);
}

/** Whether a string literal of the document, outside `rowChecked` fields, holds a NUL. */
function nulInLiterals(
  schema: GraphQLSchema,
  document: DocumentNode,
  rowChecked: RowCheckedFields,
): boolean {
  const typeInfo = new TypeInfo(schema);
  let found = false;
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      ObjectField: (node) => {
        const parent = getNamedType(typeInfo.getParentInputType());

        return isInputObjectType(parent) && rowChecked.has(`${parent.name}.${node.name.value}`)
          ? false
          : undefined;
      },
      StringValue: (node) => {
        found ||= node.value.includes('\u0000');
      },
    }),
  );

  return found;
}

/** The `@checkedPerRow` input fields of a subgraph schema built from SDL. */
function rowCheckedFieldsOfSchema(schema: GraphQLSchema): Set<string> {
  const fields = new Set<string>();
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isInputObjectType(type)) {
      continue;
    }
    for (const field of Object.values(type.getFields())) {
      if (field.astNode?.directives?.some(isCheckedPerRow)) {
        fields.add(`${type.name}.${field.name}`);
      }
    }
  }

  return fields;
}

/** The `@checkedPerRow` input fields of an SDL document, such as the supergraph. */
export function rowCheckedFieldsOfDocument(document: DocumentNode): Set<string> {
  const fields = new Set<string>();
  for (const definition of document.definitions) {
    if (
      definition.kind !== Kind.INPUT_OBJECT_TYPE_DEFINITION &&
      definition.kind !== Kind.INPUT_OBJECT_TYPE_EXTENSION
    ) {
      continue;
    }
    for (const field of definition.fields ?? []) {
      if (field.directives?.some(isCheckedPerRow)) {
        fields.add(`${definition.name.value}.${field.name.value}`);
      }
    }
  }

  return fields;
}

function isCheckedPerRow(directive: { name: { value: string } }): boolean {
  return directive.name.value === CHECKED_PER_ROW_DIRECTIVE;
}

/**
 * The errors refusing a graphql-ws subscribe payload that holds a NUL character, or null. The
 * whole payload is screened, `@checkedPerRow` fields included: batches are sent over HTTP.
 */
export function nulCharacterErrors(payload: {
  query: string;
  variables?: Record<string, unknown> | null;
}): GraphQLError[] | null {
  const field =
    findNul(payload.variables ?? {}) ?? (payload.query.includes('\u0000') ? 'query' : null);

  return field === null ? null : [nulCharacterError(field)];
}
