import type { EntityManager } from 'typeorm';
import { NotFoundError, ValidationError } from '../../../platform/errors/domain-errors';
import { requireId } from '../../../platform/graphql/input-validation';
import { LeadEntity } from '../entities/lead.entity';
import { LeadActivityEntity } from '../entities/lead-activity.entity';
import type { RecordLeadActivityInput } from '../generated/resolvers-types';
import type { LeadActivityPayload } from '../models';
import { leadFrozen } from '../status/lead-guards';
import { recomputeScores } from './score-recompute';

/** Clocks differ a little between a client and the database; activities may be this early. */
const CLOCK_SKEW_MS = 5 * 60 * 1000;

/** Records one activity of a lead and rescores the lead in the same transaction. */
export async function recordLeadActivity(
  manager: EntityManager,
  input: RecordLeadActivityInput,
): Promise<LeadActivityPayload> {
  const leadId = requireId(input.leadId, 'input.leadId');
  const occurredAt = input.occurredAt ?? null;
  if (occurredAt !== null && occurredAt.getTime() > Date.now() + CLOCK_SKEW_MS) {
    throw new ValidationError('input.occurredAt', 'input.occurredAt must not be in the future');
  }
  const leads = manager.getRepository(LeadEntity);
  const lead = await leads.findOne({ where: { id: leadId }, lock: { mode: 'pessimistic_write' } });
  if (lead === null) {
    throw new NotFoundError('Lead', leadId, 'input.leadId');
  }
  const frozen = await leadFrozen(manager, lead, 'leadId');
  if (frozen !== null) {
    return { activity: null, lead: null, userErrors: [frozen] };
  }
  const activities = manager.getRepository(LeadActivityEntity);
  const activity = await activities.save(
    activities.create({ leadId, kind: input.kind, occurredAt: occurredAt ?? new Date() }),
  );
  await recomputeScores(manager, { leadIds: [leadId] });

  return { activity, lead: await leads.findOneByOrFail({ id: leadId }), userErrors: [] };
}
