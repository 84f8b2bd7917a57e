import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { composeServices } from '@apollo/composition';
import { parse, printSchema } from 'graphql';
import { SCHEMA_DIR } from '../platform/graphql/load-sdl';
import { SUBGRAPHS } from '../platform/config/subgraph-list';

/**
 * Composes the four subgraph schemas in `schema/` into the supergraph the gateway serves
 * (`schema/supergraph.graphql`) and the API schema clients see (`schema/api.graphql`).
 * With `--check` it writes nothing and fails when the committed files are stale.
 */
function compose(): { supergraph: string; api: string } {
  const result = composeServices(
    SUBGRAPHS.map(({ name, port }) => ({
      name,
      url: `http://localhost:${port}/graphql`,
      typeDefs: parse(readFileSync(join(SCHEMA_DIR, `${name}.graphql`), 'utf8')),
    })),
  );
  if (result.errors) {
    throw new Error(
      `Composition failed:\n${result.errors.map((error) => error.message).join('\n')}`,
    );
  }

  return {
    supergraph: `${result.supergraphSdl.trim()}\n`,
    api: `${printSchema(result.schema.toAPISchema().toGraphQLJSSchema())}\n`,
  };
}

function main(): void {
  const outputs = compose();
  const files: [string, string][] = [
    [join(SCHEMA_DIR, 'supergraph.graphql'), outputs.supergraph],
    [join(SCHEMA_DIR, 'api.graphql'), outputs.api],
  ];
  if (process.argv.includes('--check')) {
    const stale = files.filter(([path, content]) => readIfExists(path) !== content);
    if (stale.length > 0) {
      process.stderr.write(
        `Stale: ${stale.map(([path]) => path).join(', ')}. Run \`npm run compose\`.\n`,
      );
      process.exit(1);
    }

    return;
  }
  for (const [path, content] of files) {
    writeFileSync(path, content);
  }
}

function readIfExists(path: string): string | null {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return null;
  }
}

main();
