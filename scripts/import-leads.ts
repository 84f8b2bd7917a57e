import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { parseCsv, type CsvRecord } from './support/csv';

/**
 * Imports leads from a CSV file through the gateway's `captureLeads`, a batch at a time:
 *
 *   npm run import-leads -- leads.csv --campaign <id> --gateway http://localhost:4000/graphql \
 *     --token <jwt> [--batch-size 1000] [--source IMPORT]
 *
 * The first row names the columns: firstName, lastName, email (required), company, title,
 * phone, industry, country, employeeCount, source, campaignId, in any letter case and with or
 * without spaces, dashes or underscores (`First Name`, `first_name`). Fields may be quoted;
 * a quoted field may hold commas, line breaks and doubled quotes. Progress goes to stderr, the
 * summary and every refused row with its reasons to stdout. Exit code: 0 when every batch was
 * sent (refused rows included), 1 when the import stopped, 2 for a bad command line or file.
 */

const USAGE =
  'Usage: npm run import-leads -- <file.csv> [--campaign <id>] [--gateway <url>] ' +
  '--token <jwt> [--batch-size <1-10000>] [--source <LeadSource>]';

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

  return {
    file: positionals[0],
    campaignId: values.campaign ?? null,
    gateway: values.gateway,
    token,
    batchSize,
    source: values.source,
  };
}

/** A data row ready to send, or refused before sending, with the line it came from. */
type Row = { line: number; input: Record<string, unknown> } | { line: number; problem: string };

interface Refusal {
  line: number;
  reasons: string[];
}

function toRows(records: CsvRecord[], options: Options): Row[] {
  const [header, ...data] = records;
  if (header === undefined) {
    throw new UsageError('The file is empty: it needs a header row');
  }
  const fields = header.fields.map((name) => COLUMNS[name.toLowerCase().replace(/[^a-z0-9]/g, '')]);
  const missing = REQUIRED_FIELDS.filter((field) => !fields.includes(field));
  if (missing.length > 0) {
    throw new UsageError(`The header has no column for ${missing.join(', ')}`);
  }
  header.fields.forEach((name, index) => {
    if (fields[index] === undefined) {
      process.stderr.write(`Ignoring column "${name}": it is not a lead field\n`);
    }
  });

  return data.map((record) => toRow(record, fields, header.fields.length, options));
}

function toRow(
  record: CsvRecord,
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

async function sendBatch(options: Options, leads: Record<string, unknown>[]): Promise<BatchResult> {
  const response = await fetch(options.gateway, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      authorization: `Bearer ${options.token}`,
    },
    body: JSON.stringify({ query: CAPTURE_LEADS, variables: { input: { leads } } }),
  });
  const body = (await response.json().catch(() => null)) as {
    data?: { captureLeads: BatchResult } | null;
    errors?: { message: string; extensions?: { code?: string } }[];
  } | null;
  if (body?.data?.captureLeads) {
    return body.data.captureLeads;
  }
  const reason =
    body?.errors
      ?.map((error) => `${error.message} (${error.extensions?.code ?? 'error'})`)
      .join('; ') ?? `HTTP ${response.status}`;
  throw new Error(reason);
}

/** Shows progress on stderr: one line rewritten in place on a terminal, a line per batch elsewhere. */
function progress(done: number, total: number, accepted: number, refused: number): void {
  const percent = total === 0 ? 100 : Math.floor((done / total) * 100);
  const text = `${done}/${total} rows (${percent}%): ${accepted} accepted, ${refused} refused`;
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

async function main(argv: string[]): Promise<number> {
  const options = readOptions(argv);
  let text: string;
  try {
    text = readFileSync(options.file, 'utf8');
  } catch (error) {
    throw new UsageError(`Cannot read ${options.file}: ${(error as Error).message}`);
  }
  let records: CsvRecord[];
  try {
    records = parseCsv(text);
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const rows = toRows(records, options);
  const refusals: Refusal[] = [];
  const totals = { accepted: 0, created: 0, merged: 0, flagged: 0, refused: 0 };
  for (const row of rows) {
    if ('problem' in row) {
      refusals.push({ line: row.line, reasons: [row.problem] });
      totals.refused += 1;
    }
  }
  const sendable = rows.filter((row): row is Extract<Row, { input: unknown }> => 'input' in row);
  let done = rows.length - sendable.length;
  let stopped: string | null = null;
  for (let start = 0; start < sendable.length; start += options.batchSize) {
    const batch = sendable.slice(start, start + options.batchSize);
    let result: BatchResult;
    try {
      result = await sendBatch(
        options,
        batch.map((row) => row.input),
      );
    } catch (error) {
      stopped =
        `The batch starting at line ${batch[0].line} failed: ${(error as Error).message}. ` +
        'Rows before it were imported; nothing from it or after it was.';
      break;
    }
    for (const key of Object.keys(totals) as (keyof typeof totals)[]) {
      totals[key] += result[key];
    }
    for (const item of result.results) {
      if (item.outcome === 'REFUSED') {
        refusals.push({ line: batch[item.index].line, reasons: item.errors.map(reasonOf) });
      }
    }
    done += batch.length;
    progress(done, rows.length, totals.accepted, totals.refused);
  }
  if (sendable.length === 0) {
    progress(done, rows.length, totals.accepted, totals.refused);
  }
  const out = (line: string) => process.stdout.write(`${line}\n`);
  out(`${basename(options.file)}: ${rows.length} rows`);
  out(
    `  accepted: ${totals.accepted} (${totals.created} created, ${totals.merged} merged, ` +
      `${totals.flagged} flagged)`,
  );
  out(`  refused:  ${totals.refused}`);
  if (refusals.length > 0) {
    out('Refused rows:');
    for (const refusal of refusals.sort((a, b) => a.line - b.line)) {
      out(`  line ${refusal.line}: ${refusal.reasons.join('; ')}`);
    }
  }
  if (stopped !== null) {
    process.stderr.write(`${stopped}\n`);

    return 1;
  }

  return 0;
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
