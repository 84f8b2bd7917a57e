import { randomUUID } from 'node:crypto';
import { UserErrorCode } from '../../../platform/errors/error-codes';
import type { KnownContact } from '../contacts/known-contacts';
import type { LeadStatus } from '../entities/lead.entity';
import type { DuplicateRule } from '../duplicates/duplicate-rule';
import type { CampaignResponse } from '../members/capture-responses';
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
  /** The contact in Accounts known to have the lead's email. */
  existingContactId: string | null;
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
  /** The campaigns rows were captured through, each with the person (lead) it reached. */
  responses: CampaignResponse[];
  outcomes: PlannedOutcome[];
}

type Original = { kind: 'known'; lead: KnownLead } | { kind: 'new'; lead: NewLead };

/**
 * Decides, row by row in input order, what the batch does: a row whose email no lead and no
 * contact has creates a lead; a row whose email a stored lead or an earlier row has follows the
 * duplicate rule. A row whose email only a contact of Accounts has is refused under REJECT and
 * otherwise recorded as a new lead pointing at that contact, under MERGE too, since a contact
 * is not Marketing's to change. Every row stored with a campaign is a response to it by the
 * person the row turned out to be: the new lead, or the known lead it was merged into or
 * flagged as a duplicate of. Pure: the caller writes the plan.
 */
export function planBatch(
  rows: readonly CheckedRow[],
  known: ReadonlyMap<string, KnownLead>,
  contacts: ReadonlyMap<string, KnownContact>,
  rule: DuplicateRule,
): BatchPlan {
  const plan: BatchPlan = {
    inserts: [],
    merges: new Map(),
    formSubmissions: [],
    responses: [],
    outcomes: [],
  };
  const originals = new Map<string, Original>();
  for (const [email, lead] of known) {
    originals.set(email, { kind: 'known', lead });
  }
  for (const { index, row } of rows) {
    const original = originals.get(row.email);
    const contactId = contacts.get(row.email)?.id ?? null;
    if (rule === 'REJECT' && (original !== undefined || contactId !== null)) {
      plan.outcomes.push({
        index,
        outcome: 'REFUSED',
        leadId: null,
        refusal: {
          field: 'email',
          code: UserErrorCode.Duplicate,
          message: duplicateMessage(original, contactId),
        },
      });
    } else if (original === undefined) {
      const lead = newLead(row, null, contactId);
      plan.inserts.push(lead);
      originals.set(row.email, { kind: 'new', lead });
      recordSubmission(plan, row, lead.id);
      recordResponse(plan, row, lead.id);
      plan.outcomes.push({
        index,
        outcome: contactId === null ? 'CREATED' : 'FLAGGED',
        leadId: lead.id,
        refusal: null,
      });
    } else if (rule === 'MERGE') {
      plan.outcomes.push({ index, outcome: 'MERGED', leadId: original.lead.id, refusal: null });
      mergeInto(plan, original, row);
      recordResponse(plan, row, original.lead.id);
    } else {
      const lead = newLead(row, original.lead.id, contactId);
      if (original.kind === 'known') {
        lead.ownerId = original.lead.ownerId;
      } else {
        lead.ownerFrom = original.lead;
      }
      plan.inserts.push(lead);
      recordSubmission(plan, row, lead.id);
      recordResponse(plan, row, original.lead.id);
      plan.outcomes.push({ index, outcome: 'FLAGGED', leadId: lead.id, refusal: null });
    }
  }

  return plan;
}

function newLead(
  row: CaptureRow,
  duplicateOf: string | null,
  existingContactId: string | null,
): NewLead {
  return {
    ...row,
    id: randomUUID(),
    duplicateOf,
    existingContactId,
    ownerId: null,
    ownerFrom: null,
  };
}

function duplicateMessage(original: Original | undefined, contactId: string | null): string {
  if (original?.kind === 'known') {
    return 'A lead with this email already exists';
  }
  if (original?.kind === 'new') {
    return 'An earlier row of this batch has the same email';
  }

  return `Contact ${contactId} in Accounts already has this email`;
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

function recordResponse(plan: BatchPlan, row: CaptureRow, personId: string): void {
  if (row.campaignId !== null) {
    plan.responses.push({ campaignId: row.campaignId, leadId: personId });
  }
}
