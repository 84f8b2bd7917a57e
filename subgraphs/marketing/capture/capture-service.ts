import type { EntityManager } from 'typeorm';
import { ValidationError, userError } from '../../../platform/errors/domain-errors';
import { UserErrorCode, type UserErrorCode as Code } from '../../../platform/errors/error-codes';
import { assignOwners } from '../assignment/lead-assignment';
import { findKnownContacts } from '../contacts/known-contacts';
import { readDuplicateRule } from '../duplicates/duplicate-rule';
import type { CaptureLeadInput, CaptureLeadsInput } from '../generated/resolvers-types';
import type {
  CaptureLeadResult,
  CaptureLeadsPayload,
  CaptureRowError,
  LeadPayload,
} from '../models';
import { insertActivities } from '../scoring/activities';
import { recomputeScores } from '../scoring/score-recompute';
import { planBatch, type CheckedRow, type PlannedOutcome } from './batch-plan';
import { normaliseCaptureRow } from './capture-row';
import { lockEmails } from './email-locks';
import { LeadEntity } from '../entities/lead.entity';
import { recordCaptureResponses } from '../members/capture-responses';
import {
  existingCampaignIds,
  findKnownLeads,
  insertLeads,
  lockLeads,
  mergeIntoLeads,
} from './lead-rows';

/** Most leads one captureLeads call takes. */
export const MAX_CAPTURE_BATCH = 10_000;

/** A row refused before the batch is planned: malformed, or naming an unknown campaign. */
interface EarlyRefusal {
  index: number;
  field: string[] | null;
  message: string;
  code: string;
}

/** Turns a row's index and the name of one of its fields into the field's input path. */
type FieldPath = (index: number, field: string) => string[];

/**
 * Captures a batch of leads in the caller's transaction. Each malformed row is refused with
 * the problems of that row; the others are stored together, in a fixed number of statements
 * however many there are. Nothing is written for a refused row. A row stored with a campaign
 * makes its lead a RESPONDED member of that campaign.
 */
export async function captureLeads(
  manager: EntityManager,
  input: CaptureLeadsInput,
): Promise<CaptureLeadsPayload> {
  const count = input.leads.length;
  if (count === 0 || count > MAX_CAPTURE_BATCH) {
    throw new ValidationError(
      'input.leads',
      `input.leads must hold from 1 to ${MAX_CAPTURE_BATCH} leads, not ${count}`,
    );
  }
  const checked: CheckedRow[] = [];
  const refusals: EarlyRefusal[] = [];
  input.leads.forEach((lead, index) => {
    try {
      checked.push({ index, row: normaliseCaptureRow(lead, `input.leads.${index}`) });
    } catch (error) {
      if (!(error instanceof ValidationError)) {
        throw error;
      }
      refusals.push({
        index,
        field: error.field.split('.'),
        message: error.message,
        code: UserErrorCode.Invalid,
      });
    }
  });
  const results = await storeCheckedRows(manager, checked, refusals, (index, field) => [
    'input',
    'leads',
    String(index),
    field,
  ]);
  const tally = (outcome: CaptureLeadResult['outcome']) =>
    results.filter((result) => result.outcome === outcome).length;
  const refused = tally('REFUSED');

  return {
    accepted: count - refused,
    created: tally('CREATED'),
    merged: tally('MERGED'),
    flagged: tally('FLAGGED'),
    refused,
    results,
    userErrors: [],
  };
}

/**
 * Captures one lead exactly as a batch of one would, except that malformed input is thrown
 * (BAD_USER_INPUT) and refusals come back as `userErrors`.
 */
export async function captureLead(
  manager: EntityManager,
  input: CaptureLeadInput,
): Promise<LeadPayload> {
  const row = normaliseCaptureRow(input, 'input');
  const [result] = await storeCheckedRows(manager, [{ index: 0, row }], [], (_index, field) => [
    'input',
    field,
  ]);
  if (result.outcome === 'REFUSED') {
    return {
      lead: null,
      userErrors: result.errors.map((error) =>
        userError(error.code as Code, error.message, error.field ?? undefined),
      ),
    };
  }

  return {
    lead: await manager.getRepository(LeadEntity).findOneByOrFail({ id: result.leadId as string }),
    userErrors: [],
  };
}

async function storeCheckedRows(
  manager: EntityManager,
  rows: CheckedRow[],
  refusals: EarlyRefusal[],
  fieldPath: FieldPath,
): Promise<CaptureLeadResult[]> {
  const campaigns = await existingCampaignIds(manager, [
    ...new Set(rows.flatMap(({ row }) => (row.campaignId === null ? [] : [row.campaignId]))),
  ]);
  const storable: CheckedRow[] = [];
  for (const checked of rows) {
    if (checked.row.campaignId !== null && !campaigns.has(checked.row.campaignId)) {
      refusals.push({
        index: checked.index,
        field: fieldPath(checked.index, 'campaignId'),
        message: 'The campaign does not exist',
        code: UserErrorCode.NotFound,
      });
    } else {
      storable.push(checked);
    }
  }
  const emails = [...new Set(storable.map(({ row }) => row.email))];
  const rule = await readDuplicateRule(manager);
  await lockEmails(manager, emails);
  const plan = planBatch(
    storable,
    await findKnownLeads(manager, emails),
    await findKnownContacts(manager, emails),
    rule,
  );

  const routed = plan.inserts.filter((lead) => lead.ownerId === null && lead.ownerFrom === null);
  await assignOwners(manager, routed);
  for (const lead of plan.inserts) {
    if (lead.ownerFrom !== null) {
      lead.ownerId = lead.ownerFrom.ownerId;
    }
  }
  const knownTouched = [...plan.merges.keys(), ...plan.responses.map(({ leadId }) => leadId)];
  await lockLeads(manager, knownTouched);
  await insertLeads(manager, plan.inserts);
  await mergeIntoLeads(manager, plan.merges);
  await insertActivities(manager, plan.formSubmissions, 'FORM_SUBMITTED');
  await recordCaptureResponses(manager, plan.responses);
  // New leads are this transaction's own and the known ones were locked above.
  await recomputeScores(manager, {
    leadIds: [...plan.inserts.map((lead) => lead.id), ...knownTouched],
    locked: true,
  });

  const results: CaptureLeadResult[] = [
    ...refusals.map((refusal) => refusedResult(refusal.index, [{ ...refusal }])),
    ...plan.outcomes.map((outcome) => plannedResult(outcome, fieldPath)),
  ];

  return results.sort((a, b) => a.index - b.index);
}

function plannedResult(outcome: PlannedOutcome, fieldPath: FieldPath): CaptureLeadResult {
  if (outcome.refusal !== null) {
    return refusedResult(outcome.index, [
      {
        index: outcome.index,
        field: fieldPath(outcome.index, outcome.refusal.field),
        message: outcome.refusal.message,
        code: outcome.refusal.code,
      },
    ]);
  }

  return {
    index: outcome.index,
    outcome: outcome.outcome,
    leadId: outcome.leadId,
    errors: [],
  };
}

function refusedResult(index: number, errors: CaptureRowError[]): CaptureLeadResult {
  return { index, outcome: 'REFUSED', leadId: null, errors };
}
