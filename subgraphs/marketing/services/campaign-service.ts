import type { EntityManager } from 'typeorm';
import {
  NotFoundError,
  ValidationError,
  userError,
  type UserError,
} from '../../../platform/errors/domain-errors';
import { UserErrorCode } from '../../../platform/errors/error-codes';
import {
  dateOrder,
  money,
  optionalId,
  optionalText,
  requireId,
  requireText,
} from '../../../platform/graphql/input-validation';
import { CampaignEntity, type Campaign } from '../entities/campaign.entity';
import type { CreateCampaignInput, UpdateCampaignInput } from '../generated/resolvers-types';
import type { CampaignPayload } from '../models';

type CampaignFields = Omit<Campaign, 'id' | 'createdAt' | 'updatedAt'>;

const PARENT_FIELD = ['input', 'parentId'];

/** Creates a campaign after checking every field; nothing is written when a check fails. */
export async function createCampaign(
  manager: EntityManager,
  input: CreateCampaignInput,
): Promise<CampaignPayload> {
  const fields: CampaignFields = {
    name: requireText(input.name, 'input.name', 200),
    channel: input.channel,
    status: input.status ?? 'PLANNED',
    budget: money(input.budget ?? null, 'input.budget'),
    actualCost: money(input.actualCost ?? null, 'input.actualCost'),
    startDate: input.startDate ?? null,
    endDate: input.endDate ?? null,
    parentId: optionalId(input.parentId, 'input.parentId'),
    ownerId: optionalText(input.ownerId, 'input.ownerId', 200),
  };
  dateOrder(fields.startDate, fields.endDate, 'input.endDate');
  const campaigns = manager.getRepository(CampaignEntity);
  if (fields.parentId !== null && !(await campaigns.existsBy({ id: fields.parentId }))) {
    return { campaign: null, userErrors: [missingParent()] };
  }
  const { id } = await campaigns.save(campaigns.create(fields));

  return { campaign: await storedCampaign(manager, id), userErrors: [] };
}

/**
 * Changes the fields present in the input. Moving a campaign under one of its own descendants
 * is refused, so the hierarchy always stays a tree.
 */
export async function updateCampaign(
  manager: EntityManager,
  input: UpdateCampaignInput,
): Promise<CampaignPayload> {
  const id = requireId(input.id, 'input.id');
  const changes = campaignChanges(input);
  const newParentId = changes.parentId ?? null;
  if (newParentId !== null) {
    // Two concurrent moves could each pass the cycle check and together close a loop.
    await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [
      'marketing:campaign-hierarchy',
    ]);
  }
  const campaigns = manager.getRepository(CampaignEntity);
  const campaign = await campaigns.findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  if (campaign === null) {
    throw new NotFoundError('Campaign', id, 'input.id');
  }
  checkDatesAfterChange(campaign, changes);
  if (newParentId !== null) {
    const problem = await parentProblem(manager, id, newParentId);
    if (problem !== null) {
      return { campaign: null, userErrors: [problem] };
    }
  }
  await campaigns.save(campaigns.merge(campaign, changes));

  return { campaign: await storedCampaign(manager, id), userErrors: [] };
}

/** The campaign as PostgreSQL stored it, so amounts read `500.00` however they were sent. */
function storedCampaign(manager: EntityManager, id: string): Promise<Campaign> {
  return manager.getRepository(CampaignEntity).findOneByOrFail({ id });
}

function campaignChanges(input: UpdateCampaignInput): Partial<CampaignFields> {
  const changes: Partial<CampaignFields> = {};
  if (input.name !== undefined) {
    changes.name = requireText(required(input.name, 'input.name'), 'input.name', 200);
  }
  if (input.channel !== undefined) {
    changes.channel = required(input.channel, 'input.channel');
  }
  if (input.status !== undefined) {
    changes.status = required(input.status, 'input.status');
  }
  if (input.budget !== undefined) {
    changes.budget = money(input.budget, 'input.budget');
  }
  if (input.actualCost !== undefined) {
    changes.actualCost = money(input.actualCost, 'input.actualCost');
  }
  if (input.startDate !== undefined) {
    changes.startDate = input.startDate ?? null;
  }
  if (input.endDate !== undefined) {
    changes.endDate = input.endDate ?? null;
  }
  if (input.parentId !== undefined) {
    changes.parentId = optionalId(input.parentId, 'input.parentId');
  }
  if (input.ownerId !== undefined) {
    changes.ownerId = optionalText(input.ownerId, 'input.ownerId', 200);
  }

  return changes;
}

function required<T>(value: T | null, field: string): T {
  if (value === null) {
    throw new ValidationError(field, `${field} cannot be cleared`);
  }

  return value;
}

/** The dates after the change must still be in order; the field blamed is the one sent. */
function checkDatesAfterChange(campaign: Campaign, changes: Partial<CampaignFields>): void {
  const start = changes.startDate !== undefined ? changes.startDate : campaign.startDate;
  const end = changes.endDate !== undefined ? changes.endDate : campaign.endDate;
  if (changes.endDate !== undefined) {
    dateOrder(start, end, 'input.endDate');
  } else if (start !== null && end !== null && end < start) {
    throw new ValidationError('input.startDate', 'input.startDate must not be after the end date');
  }
}

async function parentProblem(
  manager: EntityManager,
  id: string,
  parentId: string,
): Promise<UserError | null> {
  if (parentId === id) {
    return userError(
      UserErrorCode.HierarchyCycle,
      'A campaign cannot be its own parent',
      PARENT_FIELD,
    );
  }
  const rows: { found: boolean; cycle: boolean }[] = await manager.query(
    `WITH RECURSIVE ancestors(id, parent_id) AS (
       SELECT id, parent_id FROM marketing.campaign WHERE id = $1
       UNION
       SELECT c.id, c.parent_id FROM marketing.campaign c JOIN ancestors a ON c.id = a.parent_id
     )
     SELECT EXISTS (SELECT 1 FROM ancestors WHERE id = $1) AS found,
            EXISTS (SELECT 1 FROM ancestors WHERE id = $2) AS cycle`,
    [parentId, id],
  );
  if (!rows[0].found) {
    return missingParent();
  }
  if (rows[0].cycle) {
    return userError(
      UserErrorCode.HierarchyCycle,
      'The parent campaign is below this campaign in the hierarchy',
      PARENT_FIELD,
    );
  }

  return null;
}

function missingParent(): UserError {
  return userError(UserErrorCode.NotFound, 'The parent campaign does not exist', PARENT_FIELD);
}
