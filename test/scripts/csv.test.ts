import { CsvSyntaxError, parseCsv } from '../../scripts/support/csv';

const fieldsOf = (text: string, delimiter?: string) =>
  parseCsv(text, { delimiter }).map((record) => ('fields' in record ? record.fields : record));

describe('the CSV reader of the lead import', () => {
  it('reads quoted fields with delimiters, doubled quotes and line breaks inside', () => {
    expect(fieldsOf('a,"b, c","say ""hi""","two\nlines"\r\nd,,"" \n')).toEqual([
      ['a', 'b, c', 'say "hi"', 'two\nlines'],
      ['d', '', ''],
    ]);
  });

  it('drops spaces and tabs around a quoted field', () => {
    expect(fieldsOf('1, "x, y",3\n1,\t"x" ,3\n')).toEqual([
      ['1', 'x, y', '3'],
      ['1', 'x', '3'],
    ]);
  });

  it('keeps unquoted fields verbatim, a stray quote included', () => {
    expect(fieldsOf(' a , 5\'11" ,b"c\n')).toEqual([[' a ', ' 5\'11" ', 'b"c']]);
  });

  it('reports text after a closing quote as a malformed record with its line and reads on', () => {
    const records = parseCsv('name,company\n"ab"cd,x\n"multi\nline"z,y\nok,"fine"\n');

    expect(records).toEqual([
      { line: 1, fields: ['name', 'company'] },
      { line: 2, malformed: expect.stringContaining('field 1 has text after its closing quote') },
      { line: 3, malformed: expect.stringContaining('field 1') },
      { line: 5, fields: ['ok', 'fine'] },
    ]);
  });

  it('splits on the delimiter it is given, such as a semicolon or a tab', () => {
    expect(fieldsOf('a;"b; c";d,e\n', ';')).toEqual([['a', 'b; c', 'd,e']]);
    expect(fieldsOf('a\t "b"\t c\n', '\t')).toEqual([['a', 'b', ' c']]);
  });

  it('ignores a byte order mark and empty lines, and counts lines across CRLF and CR', () => {
    const records = parseCsv('\uFEFFh1,h2\r\n\r\nv1,v2\rw1,w2');

    expect(records).toEqual([
      { line: 1, fields: ['h1', 'h2'] },
      { line: 3, fields: ['v1', 'v2'] },
      { line: 4, fields: ['w1', 'w2'] },
    ]);
  });

  it('refuses a quoted field that is never closed, naming the line it opens on', () => {
    expect(() => parseCsv('a,b\nc,"open\nstill open\n')).toThrow(
      new CsvSyntaxError('The quoted field opened on line 2 is never closed'),
    );
  });

  it('refuses a delimiter that cannot separate fields', () => {
    expect(() => parseCsv('a', { delimiter: '"' })).toThrow(CsvSyntaxError);
    expect(() => parseCsv('a', { delimiter: ';;' })).toThrow(CsvSyntaxError);
  });
});
