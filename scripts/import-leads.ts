import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { parseCsv, type CsvRecord } from './support/csv';

/**
 * Imports leads from a CSV file through the gateway's `captureLeads`, a batch at a time. HELP
 * below (`npm run import-leads -- --help`) documents the options, the file, the summary and the
 * exit codes.
 */

const USAGE =
  'Usage: npm run import-leads -- <file.csv> [--campaign <id>] [--gateway <url>] ' +
  '--token <jwt> [--batch-size <1-10000>] [--source <LeadSource>] [--delimiter <char|tab>]';

const HELP = `${USAGE}

Sends the leads of a CSV file to the gateway's captureLeads, --batch-size rows at a time
(default 1000), with --campaign as every lead's campaign and --source (default IMPORT) as its
source unless a column gives one. --token defaults to $CRM_TOKEN, --gateway to
http://localhost:4000/graphql.

The file: the first row names the columns: firstName, lastName, email (required), company,
title, phone, industry, country, employeeCount, source, campaignId, in any letter case and with
or without spaces, dashes or underscores ("First Name", "first_name"); other columns are
ignored. Fields are separated by commas, or by --delimiter (";" as many European spreadsheets
write, or "tab"). Fields may be quoted as in RFC 4180: a quoted field may hold delimiters, line
breaks and doubled quotes (""), and spaces around it are dropped; text after a closing quote
makes the row malformed, and it is refused with its line.

The summary puts every row in exactly one group: accepted (created, merged or flagged), refused
(by the checks of the file or, row by row, by the gateway; each listed with its line and
reasons), in a refused batch, or not sent. When the gateway refuses a whole batch (an error for
the request rather than for its rows), the batch's lines are listed with the reason and the
import goes on with the next batch. It stops, leaving the later rows not sent, when the gateway
cannot be reached (no answer, or an HTTP 5xx error without a GraphQL answer) or refuses the
token (UNAUTHENTICATED, FORBIDDEN), as no later batch could fare better. Progress goes to stderr,
the summary to stdout.

Exit code: 0 when every row was accepted or refused on its own, 1 when some rows were not
imported because their batch was refused or the import stopped, 2 for a bad command line or
file.`;

const MAX_BATCH = 10_000;

const LEAD_SOURCES = ['WEB_FORM', 'IMPORT', 'REFERRAL', 'PARTNER', 'EVENT', 'CAMPAIGN', 'OTHER'];

/** CSV column (normalised: lower case, letters and digits only) → CaptureLeadInput field. */
const COLUMNS: Record<string, string> = {
  firstname: 'firstName',
  lastname: 'lastName',
  email: 'email',
  company: 'company',
  title: 'title',
  phone: 'phone',
  industry: 'industry',
  country: 'country',
  employeecount: 'employeeCount',
  employees: 'employeeCount',
  source: 'source',
  campaignid: 'campaignId',
  campaign: 'campaignId',
};

const REQUIRED_FIELDS = ['firstName', 'lastName', 'email'];

/** Error codes meaning the caller, not the batch, is refused: no later batch can succeed. */
const STOPPING_CODES = ['UNAUTHENTICATED', 'FORBIDDEN'];

const CAPTURE_LEADS = `mutation ($input: CaptureLeadsInput!) {
  captureLeads(input: $input) {
    accepted created merged flagged refused
    results { index outcome errors { field message code } }
  }
}`;

class UsageError extends Error {}

interface Options {
  file: string;
  campaignId: string | null;
  gateway: string;
  token: string;
  batchSize: number;
  source: string;
  delimiter: string;
}

function readOptions(argv: string[]): Options {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        campaign: { type: 'string' },
        gateway: { type: 'string', default: 'http://localhost:4000/graphql' },
        token: { type: 'string' },
        'batch-size': { type: 'string', default: '1000' },
        source: { type: 'string', default: 'IMPORT' },
        delimiter: { type: 'string', default: ',' },
      },
    });
  } catch (error) {
    throw new UsageError(`${(error as Error).message}\n${USAGE}`);
  }
  const { values, positionals } = parsed;
  if (positionals.length !== 1) {
    throw new UsageError(USAGE);
  }
  const token = values.token ?? process.env.CRM_TOKEN;
  if (!token) {
    throw new UsageError(`--token is required (or set CRM_TOKEN)\n${USAGE}`);
  }
  const batchSize = Number(values['batch-size']);
  if (!Number.isInteger(batchSize) || batchSize < 1 || batchSize > MAX_BATCH) {
    throw new UsageError(`--batch-size must be a whole number from 1 to ${MAX_BATCH}`);
  }
  if (!LEAD_SOURCES.includes(values.source)) {
    throw new UsageError(`--source must be one of ${LEAD_SOURCES.join(', ')}`);
  }
  const delimiter = ['tab', '\\t'].includes(values.delimiter.toLowerCase())
    ? '\t'
    : values.delimiter;
  if (delimiter.length !== 1 || '"\r\n'.includes(delimiter)) {
    throw new UsageError('--delimiter must be one character other than a quote, or "tab"');
  }

  return {
    file: positionals[0],
    campaignId: values.campaign ?? null,
    gateway: values.gateway,
    token,
    batchSize,
    source: values.source,
    delimiter,
  };
}

/** A data row ready to send, or refused before sending, with the line it came from. */
type Row = { line: number; input: Record<string, unknown> } | { line: number; problem: string };

type SendableRow = Extract<Row, { input: unknown }>;

function toRows(records: CsvRecord[], options: Options): Row[] {
  const [header, ...data] = records;
  if (header === undefined) {
    throw new UsageError('The file is empty: it needs a header row');
  }
  if ('malformed' in header) {
    throw new UsageError(`The header row is malformed: ${header.malformed}`);
  }
  const fields = header.fields.map((name) => COLUMNS[name.toLowerCase().replace(/[^a-z0-9]/g, '')]);
  const missing = REQUIRED_FIELDS.filter((field) => !fields.includes(field));
  if (missing.length > 0) {
    throw new UsageError(
      `The header has no column for ${missing.join(', ')}${delimiterHint(header.fields, options)}`,
    );
  }
  header.fields.forEach((name, index) => {
    if (fields[index] === undefined) {
      process.stderr.write(`Ignoring column "${name}": it is not a lead field\n`);
    }
  });

  return data.map((record) =>
    'malformed' in record
      ? { line: record.line, problem: `is malformed: ${record.malformed}` }
      : toRow(record, fields, header.fields.length, options),
  );
}

/** Suggests --delimiter when a header read as one column looks split by another character. */
function delimiterHint(header: string[], options: Options): string {
  const other = [';', '\t', ','].find(
    (candidate) => candidate !== options.delimiter && header.join('').includes(candidate),
  );
  if (header.length > 1 || other === undefined) {
    return '';
  }
  const option = other === '\t' ? 'tab' : `'${other}'`;

  return `; if its fields are separated by ${option}, pass --delimiter ${option}`;
}

function toRow(
  record: Extract<CsvRecord, { fields: string[] }>,
  fields: (string | undefined)[],
  width: number,
  options: Options,
): Row {
  if (record.fields.length !== width) {
    return {
      line: record.line,
      problem: `has ${record.fields.length} fields where the header has ${width}`,
    };
  }
  const input: Record<string, unknown> = { source: options.source };
  if (options.campaignId !== null) {
    input.campaignId = options.campaignId;
  }
  for (const [index, raw] of record.fields.entries()) {
    const field = fields[index];
    const value = raw.trim();
    if (field === undefined || (value === '' && !REQUIRED_FIELDS.includes(field))) {
      continue;
    }
    if (field === 'employeeCount') {
      if (!/^\d{1,9}$/.test(value)) {
        return { line: record.line, problem: `employeeCount "${value}" is not a whole number` };
      }
      input.employeeCount = Number(value);
    } else if (field === 'source') {
      const source = value.toUpperCase().replace(/[\s-]+/g, '_');
      if (!LEAD_SOURCES.includes(source)) {
        return {
          line: record.line,
          problem: `source "${value}" is not one of ${LEAD_SOURCES.join(', ')}`,
        };
      }
      input.source = source;
    } else {
      input[field] = raw;
    }
  }

  return { line: record.line, input };
}

interface BatchResult {
  accepted: number;
  created: number;
  merged: number;
  flagged: number;
  refused: number;
  results: {
    index: number;
    outcome: string;
    errors: { field: string[] | null; message: string; code: string }[];
  }[];
}

interface GraphQLErrorBody {
  message: string;
  extensions?: { code?: string; field?: string };
}

/**
 * What became of one batch: answered row by row; refused as a whole, so the next batch is
 * worth sending; or refused in a way that stops the import.
 */
type BatchAnswer =
  | { kind: 'answered'; result: BatchResult }
  | { kind: 'refused'; reason: string }
  | { kind: 'stop'; reason: string };

async function sendBatch(options: Options, batch: SendableRow[]): Promise<BatchAnswer> {
  let response: Response;
  try {
    response = await fetch(options.gateway, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${options.token}`,
      },
      body: JSON.stringify({
        query: CAPTURE_LEADS,
        variables: { input: { leads: batch.map((row) => row.input) } },
      }),
    });
  } catch (error) {
    const cause = (error as Error & { cause?: Error }).cause?.message ?? (error as Error).message;

    return { kind: 'stop', reason: `cannot reach ${options.gateway}: ${cause}` };
  }
  const body = (await response.json().catch(() => null)) as {
    data?: { captureLeads: BatchResult } | null;
    errors?: GraphQLErrorBody[];
  } | null;
  if (body?.data?.captureLeads) {
    return { kind: 'answered', result: body.data.captureLeads };
  }
  const errors = body?.errors ?? [];
  const reason =
    errors.length > 0
      ? errors.map((error) => describeError(error, batch)).join('; ')
      : `HTTP ${response.status} without a GraphQL answer`;
  const stops =
    response.status === 401 ||
    response.status === 403 ||
    (errors.length === 0 && response.status >= 500) ||
    errors.some((error) => STOPPING_CODES.includes(error.extensions?.code ?? ''));

  return { kind: stops ? 'stop' : 'refused', reason };
}

/** An error refusing a batch, naming the row's line when it points at one. */
function describeError(error: GraphQLErrorBody, batch: SendableRow[]): string {
  const row = /^input\.leads\.(\d+)(\.|$)/.exec(error.extensions?.field ?? '');
  const at =
    row === null || batch[Number(row[1])] === undefined
      ? ''
      : ` (line ${batch[Number(row[1])].line})`;

  return `${error.message}${at} (${error.extensions?.code ?? 'error'})`;
}

/** Shows progress on stderr: one line rewritten in place on a terminal, a line per batch elsewhere. */
function progress(done: number, total: number, tally: Tally): void {
  const percent = total === 0 ? 100 : Math.floor((done / total) * 100);
  const batchRefused = tally.batchRefused > 0 ? `, ${tally.batchRefused} in refused batches` : '';
  const text =
    `${done}/${total} rows (${percent}%): ${tally.accepted} accepted, ${tally.refused} refused` +
    batchRefused;
  if (process.stderr.isTTY) {
    process.stderr.write(`\r\x1b[K${text}${done === total ? '\n' : ''}`);
  } else {
    process.stderr.write(`${text}\n`);
  }
}

function reasonOf(error: BatchResult['results'][number]['errors'][number]): string {
  const field = error.field?.at(-1) ?? 'row';
  const message = error.message.replace(/input\.leads\.\d+\./g, '');

  return `${field}: ${message} (${error.code})`;
}

interface Tally {
  accepted: number;
  created: number;
  merged: number;
  flagged: number;
  refused: number;
  batchRefused: number;
  notSent: number;
}

/** What the summary lists under the counts: each line with the reasons it was not imported. */
interface Report {
  refusedRows: { line: number; reasons: string[] }[];
  refusedBatches: { lines: string; reason: string }[];
  stopped: { rows: SendableRow[]; reason: string } | null;
}

function lineRange(rows: SendableRow[]): string {
  const first = rows[0].line;
  const last = rows[rows.length - 1].line;

  return first === last ? `line ${first}` : `lines ${first}-${last}`;
}

async function sendAll(options: Options, rows: Row[], tally: Tally, report: Report) {
  const sendable = rows.filter((row): row is SendableRow => 'input' in row);
  let done = rows.length - sendable.length;
  for (let start = 0; start < sendable.length; start += options.batchSize) {
    const batch = sendable.slice(start, start + options.batchSize);
    const answer = await sendBatch(options, batch);
    if (answer.kind === 'stop') {
      const unsent = sendable.slice(start);
      tally.notSent = unsent.length;
      report.stopped = { rows: unsent, reason: answer.reason };
      break;
    }
    if (answer.kind === 'refused') {
      tally.batchRefused += batch.length;
      report.refusedBatches.push({ lines: lineRange(batch), reason: answer.reason });
    } else {
      for (const key of ['accepted', 'created', 'merged', 'flagged', 'refused'] as const) {
        tally[key] += answer.result[key];
      }
      for (const item of answer.result.results) {
        if (item.outcome === 'REFUSED') {
          report.refusedRows.push({
            line: batch[item.index].line,
            reasons: item.errors.map(reasonOf),
          });
        }
      }
    }
    done += batch.length;
    progress(done, rows.length, tally);
  }
  if (sendable.length === 0) {
    progress(done, rows.length, tally);
  }
}

function printSummary(file: string, total: number, tally: Tally, report: Report): void {
  const out = (line: string) => process.stdout.write(`${line}\n`);
  out(`${basename(file)}: ${total} rows`);
  out(
    `  accepted: ${tally.accepted} (${tally.created} created, ${tally.merged} merged, ` +
      `${tally.flagged} flagged)`,
  );
  out(`  refused:  ${tally.refused}`);
  out(`  in refused batches: ${tally.batchRefused}`);
  out(`  not sent: ${tally.notSent}`);
  if (report.refusedRows.length > 0) {
    out('Refused rows:');
    for (const refusal of report.refusedRows.sort((a, b) => a.line - b.line)) {
      out(`  line ${refusal.line}: ${refusal.reasons.join('; ')}`);
    }
  }
  if (report.refusedBatches.length > 0) {
    out('Batches the gateway refused as a whole (nothing of them was imported):');
    for (const batch of report.refusedBatches) {
      out(`  ${batch.lines}: ${batch.reason}`);
    }
  }
  if (report.stopped !== null) {
    out(
      `Not sent (the import stopped): ${lineRange(report.stopped.rows)}: ${report.stopped.reason}`,
    );
  }
}

async function main(argv: string[]): Promise<number> {
  if (argv.includes('--help') || argv.includes('-h')) {
    process.stdout.write(`${HELP}\n`);

    return 0;
  }
  const options = readOptions(argv);
  let text: string;
  try {
    text = readFileSync(options.file, 'utf8');
  } catch (error) {
    throw new UsageError(`Cannot read ${options.file}: ${(error as Error).message}`);
  }
  let records: CsvRecord[];
  try {
    records = parseCsv(text, { delimiter: options.delimiter });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const rows = toRows(records, options);
  const tally: Tally = {
    accepted: 0,
    created: 0,
    merged: 0,
    flagged: 0,
    refused: 0,
    batchRefused: 0,
    notSent: 0,
  };
  const report: Report = { refusedRows: [], refusedBatches: [], stopped: null };
  for (const row of rows) {
    if ('problem' in row) {
      report.refusedRows.push({ line: row.line, reasons: [row.problem] });
      tally.refused += 1;
    }
  }
  await sendAll(options, rows, tally, report);
  printSummary(options.file, rows.length, tally, report);
  if (report.stopped !== null) {
    process.stderr.write(
      `The import stopped at line ${report.stopped.rows[0].line}: ${report.stopped.reason}. ` +
        `Rows before it were handled; ${tally.notSent} were not sent.\n`,
    );
  }

  return tally.batchRefused + tally.notSent === 0 ? 0 : 1;
}

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (error: unknown) => {
      process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
      process.exit(error instanceof UsageError ? 2 : 1);
    },
  );
}
