import { randomUUID } from 'node:crypto';
import { UserErrorCode } from '../../../platform/errors/error-codes';
import type { LeadStatus } from '../entities/lead.entity';
import type { DuplicateRule } from '../duplicates/duplicate-rule';
import type { CaptureOutcome } from '../models';
import { MERGEABLE_FIELDS, type CaptureRow } from './capture-row';

/** A row of the batch that passed its checks, with its position in the input. */
export interface CheckedRow {
  index: number;
  row: CaptureRow;
}

/** A lead already stored whose email a row of the batch repeats. */
export interface KnownLead {
  id: string;
  email: string;
  status: LeadStatus;
  ownerId: string | null;
}

/** A lead the batch will insert; its id is chosen here so later rows can point at it. */
export interface NewLead extends CaptureRow {
  id: string;
  duplicateOf: string | null;
  ownerId: string | null;
  /** A new lead of the same batch whose owner a flagged duplicate takes, once it has one. */
  ownerFrom: NewLead | null;
}

export type MergePatch = Partial<Pick<CaptureRow, (typeof MERGEABLE_FIELDS)[number]>>;

/** What became of one row, before anything is written. */
export interface PlannedOutcome {
  index: number;
  outcome: CaptureOutcome;
  leadId: string | null;
  refusal: { field: string; message: string; code: string } | null;
}

export interface BatchPlan {
  inserts: NewLead[];
  /** Empty fields to fill in, per known lead. */
  merges: Map<string, MergePatch>;
  /** Leads whose capture counts as a form submission. */
  formSubmissions: string[];
  outcomes: PlannedOutcome[];
}

type Original = { kind: 'known'; lead: KnownLead } | { kind: 'new'; lead: NewLead };

/**
 * Decides, row by row in input order, what the batch does: a row whose email no lead has
 * creates one; a row whose email a stored lead or an earlier row has follows the duplicate
 * rule. Pure: the caller writes the plan.
 */
export function planBatch(
  rows: readonly CheckedRow[],
  known: ReadonlyMap<string, KnownLead>,
  rule: DuplicateRule,
): BatchPlan {
  const plan: BatchPlan = { inserts: [], merges: new Map(), formSubmissions: [], outcomes: [] };
  const originals = new Map<string, Original>();
  for (const [email, lead] of known) {
    originals.set(email, { kind: 'known', lead });
  }
  for (const { index, row } of rows) {
    const original = originals.get(row.email);
    if (original === undefined) {
      const lead = newLead(row, null);
      plan.inserts.push(lead);
      originals.set(row.email, { kind: 'new', lead });
      recordSubmission(plan, row, lead.id);
      plan.outcomes.push({ index, outcome: 'CREATED', leadId: lead.id, refusal: null });
    } else if (rule === 'REJECT') {
      plan.outcomes.push({
        index,
        outcome: 'REFUSED',
        leadId: null,
        refusal: {
          field: 'email',
          code: UserErrorCode.Duplicate,
          message:
            original.kind === 'known'
              ? 'A lead with this email already exists'
              : 'An earlier row of this batch has the same email',
        },
      });
    } else if (rule === 'MERGE') {
      plan.outcomes.push({ index, outcome: 'MERGED', leadId: original.lead.id, refusal: null });
      mergeInto(plan, original, row);
    } else {
      const lead = newLead(row, original.lead.id);
      if (original.kind === 'known') {
        lead.ownerId = original.lead.ownerId;
      } else {
        lead.ownerFrom = original.lead;
      }
      plan.inserts.push(lead);
      recordSubmission(plan, row, lead.id);
      plan.outcomes.push({ index, outcome: 'FLAGGED', leadId: lead.id, refusal: null });
    }
  }

  return plan;
}

function newLead(row: CaptureRow, duplicateOf: string | null): NewLead {
  return { ...row, id: randomUUID(), duplicateOf, ownerId: null, ownerFrom: null };
}

/** A converted lead is final: merging into it changes nothing and records no engagement. */
function mergeInto(plan: BatchPlan, original: Original, row: CaptureRow): void {
  if (original.kind === 'new') {
    fillEmpty(original.lead, row);
    recordSubmission(plan, row, original.lead.id);

    return;
  }
  if (original.lead.status === 'CONVERTED') {
    return;
  }
  const patch = plan.merges.get(original.lead.id) ?? {};
  fillEmpty(patch, row);
  plan.merges.set(original.lead.id, patch);
  recordSubmission(plan, row, original.lead.id);
}

/** Gives `target` each mergeable field it lacks and `row` has; the first value seen wins. */
function fillEmpty(target: MergePatch, row: CaptureRow): void {
  const fields = target as Record<string, unknown>;
  for (const field of MERGEABLE_FIELDS) {
    if ((fields[field] === null || fields[field] === undefined) && row[field] !== null) {
      fields[field] = row[field];
    }
  }
}

function recordSubmission(plan: BatchPlan, row: CaptureRow, leadId: string): void {
  if (row.source === 'WEB_FORM') {
    plan.formSubmissions.push(leadId);
  }
}
