import type { EntityManager } from 'typeorm';
import { NotFoundError } from '../../../platform/errors/domain-errors';
import { money, requireId, requireText } from '../../../platform/graphql/input-validation';
import { LeadEntity, type Lead } from '../entities/lead.entity';
import type { DisqualifyLeadInput, QualifyLeadInput } from '../generated/resolvers-types';
import type { LeadPayload } from '../models';
import { leadFrozen } from './lead-guards';
import { transitionProblem } from './lead-transitions';

/**
 * Records the BANT answers and moves the lead to QUALIFIED: budget is an amount, authority and
 * timeline are chosen from fixed lists, need is a short text. Requalifying a qualified lead
 * replaces its answers.
 */
export async function qualifyLead(
  manager: EntityManager,
  input: QualifyLeadInput,
): Promise<LeadPayload> {
  const leadId = requireId(input.leadId, 'input.leadId');
  const changes: Partial<Lead> & { status: Lead['status'] } = {
    bantBudget: money(input.budget, 'input.budget'),
    bantAuthority: input.authority,
    bantNeed: requireText(input.need, 'input.need', 500),
    bantTimeline: input.timeline,
    qualifiedAt: new Date(),
    disqualificationReason: null,
    status: 'QUALIFIED',
    ...(input.rating ? { rating: input.rating } : {}),
  };

  return moveLead(manager, leadId, changes);
}

/** Moves the lead to UNQUALIFIED, recording the reason. */
export async function disqualifyLead(
  manager: EntityManager,
  input: DisqualifyLeadInput,
): Promise<LeadPayload> {
  const leadId = requireId(input.leadId, 'input.leadId');
  const reason = requireText(input.reason, 'input.reason', 500);

  return moveLead(manager, leadId, { status: 'UNQUALIFIED', disqualificationReason: reason });
}

async function moveLead(
  manager: EntityManager,
  leadId: string,
  changes: Partial<Lead> & { status: Lead['status'] },
): Promise<LeadPayload> {
  const leads = manager.getRepository(LeadEntity);
  const lead = await leads.findOne({ where: { id: leadId }, lock: { mode: 'pessimistic_write' } });
  if (lead === null) {
    throw new NotFoundError('Lead', leadId, 'input.leadId');
  }
  const problem =
    (await leadFrozen(manager, lead, 'leadId')) ??
    transitionProblem(lead.status, changes.status, 'leadId');
  if (problem !== null) {
    return { lead: null, userErrors: [problem] };
  }

  return { lead: await leads.save(leads.merge(lead, changes)), userErrors: [] };
}
