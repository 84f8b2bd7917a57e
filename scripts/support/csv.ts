/** A CSV file that cannot be read as records at all: a quoted field that is never closed. */
export class CsvSyntaxError extends Error {}

/**
 * One record of the file, with the line it starts on: its fields, or why it is malformed (its
 * fields cannot be told apart then, so none are given).
 */
export type CsvRecord = { line: number; fields: string[] } | { line: number; malformed: string };

export interface CsvOptions {
  /** The character between fields: a comma unless told otherwise, such as `;` or a tab. */
  delimiter?: string;
}

type FieldState =
  /** Nothing but spaces or tabs read yet: a quote may still open the field. */
  | 'start'
  | 'unquoted'
  | 'quoted'
  /** After the closing quote of a quoted field. */
  | 'closed';

/**
 * Splits CSV text into records, following RFC 4180: fields separated by the delimiter, records
 * by CRLF, LF or CR, fields optionally enclosed in double quotes, inside which delimiters and
 * line breaks are literal and `""` stands for one quote. With the common leniencies: spaces and
 * tabs before an opening or after a closing quote are dropped (`1, "x, y" ,3` has three
 * fields); a quote inside an unquoted field is kept as it is (`5'11"`); a leading byte order
 * mark and empty lines are ignored. Unquoted fields are kept verbatim, spaces included.
 *
 * Text after a closing quote other than the delimiter (`"ab"cd`) makes that record malformed:
 * it is returned with the reason, and reading goes on at the next line. A quoted field never
 * closed swallows the rest of the file, so it throws a CsvSyntaxError.
 */
export function parseCsv(text: string, options: CsvOptions = {}): CsvRecord[] {
  const delimiter = options.delimiter ?? ',';
  if (delimiter.length !== 1 || delimiter === '"' || delimiter === '\r' || delimiter === '\n') {
    throw new CsvSyntaxError(
      `The delimiter must be one character other than a quote or a line break, not ${JSON.stringify(delimiter)}`,
    );
  }
  const isBlank = (char: string) => (char === ' ' || char === '\t') && char !== delimiter;
  const source = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const records: CsvRecord[] = [];
  let fields: string[] = [];
  let field = '';
  let state: FieldState = 'start';
  let malformed: string | null = null;
  let line = 1;
  let recordLine = 1;
  let quoteLine = 1;

  const endField = (): void => {
    fields.push(field);
    field = '';
    state = 'start';
  };
  const endRecord = (): void => {
    endField();
    if (malformed !== null) {
      records.push({ line: recordLine, malformed });
    } else if (fields.length > 1 || fields[0] !== '') {
      records.push({ line: recordLine, fields });
    }
    fields = [];
    malformed = null;
  };
  const isLineBreak = (char: string) => char === '\n' || char === '\r';

  for (let i = 0; i < source.length; i += 1) {
    const char = source[i];
    if (state === 'quoted') {
      if (char === '"' && source[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (char === '"') {
        state = 'closed';
      } else {
        if (char === '\n') {
          line += 1;
        }
        field += char;
      }
      continue;
    }
    if (isLineBreak(char)) {
      if (char === '\r' && source[i + 1] === '\n') {
        i += 1;
      }
      endRecord();
      line += 1;
      recordLine = line;
    } else if (char === delimiter) {
      endField();
    } else if (state === 'start' && char === '"') {
      field = '';
      state = 'quoted';
      quoteLine = line;
    } else if (state === 'start' && isBlank(char)) {
      field += char;
    } else if (state === 'closed') {
      if (!isBlank(char)) {
        malformed =
          `field ${fields.length + 1} has text after its closing quote; ` +
          'a quote inside a quoted field must be doubled ("")';
        while (i + 1 < source.length && !isLineBreak(source[i + 1])) {
          i += 1;
        }
      }
    } else {
      field += char;
      state = 'unquoted';
    }
  }
  if (state === 'quoted') {
    throw new CsvSyntaxError(`The quoted field opened on line ${quoteLine} is never closed`);
  }
  if (field !== '' || fields.length > 0 || state !== 'start' || malformed !== null) {
    endRecord();
  }

  return records;
}
