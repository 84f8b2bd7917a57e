import type { SlaTargetRecord } from '../entities/sla-target.entity';
import type { SlaTargetStatus } from '../generated/resolvers-types';

/**
 * Where a target stands at `now`, an instant of the database clock (the SLA monitor's). A target
 * is breached when it was not met by its due time, even before the monitor has recorded the
 * breach or when it was met late; a running target is warned from its warning time on.
 */
export function slaTargetStatus(target: SlaTargetRecord, now: Date): SlaTargetStatus {
  const dueAt = target.dueAt.getTime();
  if (target.breachedAt !== null || (target.metAt ?? now).getTime() > dueAt) {
    return 'BREACHED';
  }
  if (target.metAt !== null) {
    return 'MET';
  }

  return target.warnedAt !== null || now.getTime() >= target.warnAt.getTime()
    ? 'WARNED'
    : 'PENDING';
}
