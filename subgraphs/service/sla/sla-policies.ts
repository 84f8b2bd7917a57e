import type { DataSource, EntityManager } from 'typeorm';
import { ValidationError } from '../../../platform/errors/domain-errors';
import { SlaPolicyEntity, type SlaPolicyRecord } from '../entities/sla-policy.entity';
import type { UpdateSlaPolicyInput } from '../generated/resolvers-types';
import type { SlaPolicyPayload } from '../models';

/** Longest time a policy may allow; it keeps every due time far inside what PostgreSQL holds. */
const MAX_SECONDS = 365 * 24 * 60 * 60;

const PRIORITY_ORDER: Record<SlaPolicyRecord['priority'], number> = {
  LOW: 1,
  MEDIUM: 2,
  HIGH: 3,
  URGENT: 4,
};

/** Every SLA policy, from LOW to URGENT. */
export async function listSlaPolicies(dataSource: DataSource): Promise<SlaPolicyRecord[]> {
  const policies = await dataSource.getRepository(SlaPolicyEntity).find();

  return policies.sort((a, b) => PRIORITY_ORDER[a.priority] - PRIORITY_ORDER[b.priority]);
}

/**
 * Checks a policy change: whole positive seconds up to a year, and a warning shorter than both
 * targets, so that every warning falls after the moment its target starts.
 */
export function parseSlaPolicyInput(input: UpdateSlaPolicyInput): UpdateSlaPolicyInput {
  const firstResponseSeconds = seconds(input.firstResponseSeconds, 'input.firstResponseSeconds');
  const resolutionSeconds = seconds(input.resolutionSeconds, 'input.resolutionSeconds');
  const warningSeconds = seconds(input.warningSeconds, 'input.warningSeconds');
  if (warningSeconds >= Math.min(firstResponseSeconds, resolutionSeconds)) {
    throw new ValidationError(
      'input.warningSeconds',
      'input.warningSeconds must be shorter than both firstResponseSeconds and resolutionSeconds',
    );
  }

  return { priority: input.priority, firstResponseSeconds, resolutionSeconds, warningSeconds };
}

/** Replaces the policy of one priority; targets already running keep their times. */
export async function updateSlaPolicy(
  manager: EntityManager,
  input: UpdateSlaPolicyInput,
): Promise<SlaPolicyPayload> {
  const policies = manager.getRepository(SlaPolicyEntity);
  await policies.upsert(
    {
      priority: input.priority,
      firstResponseSeconds: input.firstResponseSeconds,
      resolutionSeconds: input.resolutionSeconds,
      warningSeconds: input.warningSeconds,
      updatedAt: new Date(),
    },
    ['priority'],
  );

  return {
    policy: await policies.findOneByOrFail({ priority: input.priority }),
    userErrors: [],
  };
}

function seconds(value: number, field: string): number {
  if (!Number.isInteger(value) || value < 1 || value > MAX_SECONDS) {
    throw new ValidationError(
      field,
      `${field} must be a whole number of seconds from 1 to ${MAX_SECONDS}`,
    );
  }

  return value;
}
