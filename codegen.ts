import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Generates, for each subgraph, the TypeScript types of its resolvers (from its SDL in
 * `schema/`), and typed operations for the tests and clients (from the composed API schema).
 * `npm run codegen` writes them; `npm run codegen:check` fails when they are stale.
 */
const SUBGRAPHS = ['accounts', 'sales', 'service', 'marketing'] as const;

const SCALARS = {
  ID: { input: 'string', output: 'string' },
  Decimal: { input: 'string', output: 'string | number' },
  DateTime: { input: 'Date', output: 'Date | string' },
  Date: { input: 'string', output: 'string' },
};

/**
 * Types whose resolvers receive and return a model of ours (an entity, a connection, a payload)
 * rather than the GraphQL shape: every type exported by a subgraph's `models.ts` under the name
 * of a GraphQL type is mapped to that model.
 */
function modelNames(name: string): string[] {
  const source = readFileSync(join(__dirname, 'subgraphs', name, 'models.ts'), 'utf8');
  const names = new Set<string>();
  for (const match of source.matchAll(/export (?:type|interface) (\w+)/g)) {
    names.add(match[1]);
  }
  for (const match of source.matchAll(/export type \{([^}]+)\}/g)) {
    match[1].split(',').forEach((part) => names.add(part.trim()));
  }

  return [...names].filter(Boolean).sort();
}

function subgraphTarget(name: (typeof SUBGRAPHS)[number]) {
  return {
    schema: `schema/${name}.graphql`,
    plugins: ['typescript', 'typescript-resolvers'],
    config: {
      federation: true,
      useIndexSignature: false,
      contextType: '../context#ResolverContext',
      mapperTypeSuffix: 'Model',
      mappers: Object.fromEntries(modelNames(name).map((type) => [type, `../models#${type}`])),
      scalars: SCALARS,
      enumsAsTypes: true,
      maybeValue: 'T | null',
      inputMaybeValue: 'T | null | undefined',
    },
  };
}

const config: CodegenConfig = {
  overwrite: true,
  silent: true,
  generates: {
    ...Object.fromEntries(
      SUBGRAPHS.filter((name) => existsSync(join(__dirname, 'schema', `${name}.graphql`))).map(
        (name) => [`subgraphs/${name}/generated/resolvers-types.ts`, subgraphTarget(name)],
      ),
    ),
    'test/generated/operations.ts': {
      schema: 'schema/api.graphql',
      documents: 'test/operations/*.graphql',
      plugins: ['typescript-operations', 'typed-document-node'],
      config: {
        scalars: SCALARS,
        enumsAsTypes: true,
        avoidOptionals: true,
        onlyOperationTypes: true,
      },
    },
  },
};

export default config;
