import { buildSchema, getOperationAST, parse } from 'graphql';
import { findNulOutsideRows, rowCheckedFieldsOfDocument } from '../nul-characters';

const SDL = `
  directive @checkedPerRow on INPUT_FIELD_DEFINITION
  input Row { name: String, tags: [String!] }
  input Batch { label: String, rows: [Row!]! @checkedPerRow }
  type Query { ok: Boolean }
  type Mutation { store(input: Batch!): Boolean, rename(name: String!): Boolean }
`;
const schema = buildSchema(SDL);
const rowChecked = rowCheckedFieldsOfDocument(parse(SDL));

function nulPath(query: string, variables: Record<string, unknown> = {}): string | null {
  const document = parse(query);

  return findNulOutsideRows(schema, document, getOperationAST(document)!, variables, rowChecked);
}

const STORE = 'mutation ($input: Batch!) { store(input: $input) }';

describe('the NUL character guard', () => {
  it('reads the @checkedPerRow fields from SDL', () => {
    expect([...rowChecked]).toEqual(['Batch.rows']);
  });

  it('leaves the rows of a @checkedPerRow field to their resolver', () => {
    const input = { label: 'ok', rows: [{ name: 'fine' }, { name: 'b\u0000d', tags: ['\u0000'] }] };

    expect(nulPath(STORE, { input })).toBeNull();
  });

  it('still refuses a NUL anywhere else in the same input, naming its path', () => {
    expect(nulPath(STORE, { input: { label: 'l\u0000', rows: [] } })).toBe('input.label');
    expect(nulPath(STORE, { input: { rows: [], ['k\u0000']: 1 } })).toBe('input.k\u0000');
    expect(nulPath('mutation ($n: String!) { rename(name: $n) }', { n: 'x\u0000' })).toBe('n');
  });

  it('screens a variable the operation does not declare as a whole', () => {
    expect(nulPath(STORE, { input: { rows: [] }, extra: { rows: ['\u0000'] } })).toBe(
      'extra.rows.0',
    );
  });

  it('screens a variable used inside a row literal, as it may be used elsewhere too', () => {
    const query = 'mutation ($n: String) { store(input: { rows: [{ name: $n }] }) }';

    expect(nulPath(query, { n: 'x\u0000' })).toBe('n');
  });

  it('leaves literals inside rows to the resolver and refuses them elsewhere', () => {
    expect(nulPath('mutation { store(input: { rows: [{ name: "b\\u0000d" }] }) }')).toBeNull();
    expect(nulPath('mutation { store(input: { label: "b\\u0000d", rows: [] }) }')).toBe('query');
    expect(nulPath('mutation { rename(name: "b\\u0000d") }')).toBe('query');
  });
});
