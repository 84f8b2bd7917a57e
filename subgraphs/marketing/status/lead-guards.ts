import type { EntityManager } from 'typeorm';
import { userError, type UserError } from '../../../platform/errors/domain-errors';
import { UserErrorCode } from '../../../platform/errors/error-codes';
import type { Lead } from '../entities/lead.entity';

/**
 * Why a lead cannot change, or null when it can: a converted lead is final, and a lead being
 * converted keeps what the conversion was started with. `field` names the id input field.
 */
export async function leadFrozen(
  manager: EntityManager,
  lead: Lead,
  field: string,
): Promise<UserError | null> {
  if (lead.status === 'CONVERTED') {
    return userError(UserErrorCode.InvalidTransition, 'A converted lead can no longer be edited', [
      'input',
      field,
    ]);
  }
  const pending: { id: string }[] = await manager.query(
    `SELECT id FROM marketing.lead_conversion WHERE lead_id = $1 AND status = 'PENDING'`,
    [lead.id],
  );
  if (pending.length > 0) {
    return userError(
      UserErrorCode.InvalidTransition,
      'The lead is being converted and cannot change until the conversion completes',
      ['input', field],
    );
  }

  return null;
}
