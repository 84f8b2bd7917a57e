import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type DocumentNode } from 'graphql';

/** Folder holding every subgraph's SDL and the composed supergraph. */
export const SCHEMA_DIR = join(__dirname, '..', '..', 'schema');

/** Reads and parses `schema/<name>.graphql`. */
export function loadSchemaDocument(name: string): DocumentNode {
  return parse(readFileSync(join(SCHEMA_DIR, `${name}.graphql`), 'utf8'));
}
