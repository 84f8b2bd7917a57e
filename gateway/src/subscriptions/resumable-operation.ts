import {
  Kind,
  parse,
  print,
  visit,
  type ArgumentNode,
  type FieldNode,
  type OperationDefinitionNode,
} from 'graphql';

/** Variable the gateway adds to an upstream subscription to resume after an event id. */
export const RESUME_VARIABLE = 'crmResumeAfter';
/** Alias under which the gateway asks for each event's id. */
export const EVENT_ID_ALIAS = 'crmEventId';

/**
 * An upstream subscription operation rewritten so it can be re-opened after a dropped
 * connection without losing events. Every subscription field of the graph takes `after: ID`
 * and returns an event with `eventId: ID!`; the rewrite passes `after` through a variable the
 * gateway controls and selects `eventId`, keeping whatever resume point the client gave.
 */
export interface ResumableOperation {
  query: string;
  /** Key of the root field in each event's `data`. */
  responseKey: string;
  /** The resume point the client asked for, if any. */
  initialAfter: string | null;
}

export function makeResumable(
  operation: string,
  variables: Record<string, unknown>,
): ResumableOperation {
  const document = parse(operation);
  const definition = document.definitions.find(
    (node): node is OperationDefinitionNode => node.kind === Kind.OPERATION_DEFINITION,
  );
  const rootField = definition?.selectionSet.selections.find(
    (node): node is FieldNode => node.kind === Kind.FIELD,
  );
  if (definition === undefined || rootField === undefined) {
    throw new Error('A subscription operation must select one root field');
  }
  const clientAfter = rootField.arguments?.find((argument) => argument.name.value === 'after');
  const resumeArgument: ArgumentNode = {
    kind: Kind.ARGUMENT,
    name: { kind: Kind.NAME, value: 'after' },
    value: { kind: Kind.VARIABLE, name: { kind: Kind.NAME, value: RESUME_VARIABLE } },
  };
  const rewrittenField: FieldNode = {
    ...rootField,
    arguments: [
      ...(rootField.arguments ?? []).filter((argument) => argument !== clientAfter),
      resumeArgument,
    ],
    selectionSet: {
      kind: Kind.SELECTION_SET,
      selections: [
        {
          kind: Kind.FIELD,
          alias: { kind: Kind.NAME, value: EVENT_ID_ALIAS },
          name: { kind: Kind.NAME, value: 'eventId' },
        },
        ...(rootField.selectionSet?.selections ?? []),
      ],
    },
  };
  const rewritten: OperationDefinitionNode = {
    ...definition,
    variableDefinitions: [
      ...(definition.variableDefinitions ?? []),
      {
        kind: Kind.VARIABLE_DEFINITION,
        variable: { kind: Kind.VARIABLE, name: { kind: Kind.NAME, value: RESUME_VARIABLE } },
        type: { kind: Kind.NAMED_TYPE, name: { kind: Kind.NAME, value: 'ID' } },
      },
    ],
    selectionSet: {
      ...definition.selectionSet,
      selections: definition.selectionSet.selections.map((node) =>
        node === rootField ? rewrittenField : node,
      ),
    },
  };

  return {
    query: print({ ...document, definitions: [withoutUnusedVariables(rewritten)] }),
    responseKey: rootField.alias?.value ?? rootField.name.value,
    initialAfter: clientAfter ? afterValue(clientAfter, variables) : null,
  };
}

/** The client's `after` variable may no longer be used once the argument is replaced. */
function withoutUnusedVariables(definition: OperationDefinitionNode): OperationDefinitionNode {
  const used = new Set<string>();
  visit(definition.selectionSet, {
    Variable: (node) => {
      used.add(node.name.value);
    },
  });

  return {
    ...definition,
    variableDefinitions: definition.variableDefinitions?.filter((variable) =>
      used.has(variable.variable.name.value),
    ),
  };
}

function afterValue(argument: ArgumentNode, variables: Record<string, unknown>): string | null {
  const { value } = argument;
  if (value.kind === Kind.STRING || value.kind === Kind.INT) {
    return value.value;
  }
  if (value.kind === Kind.VARIABLE) {
    const provided = variables[value.name.value];

    return typeof provided === 'string' || typeof provided === 'number' ? String(provided) : null;
  }

  return null;
}
