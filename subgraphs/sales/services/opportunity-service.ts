import type { DataSource, EntityManager } from 'typeorm';
import { NotFoundError } from '../../../platform/errors/domain-errors';
import {
  integerInRange,
  money,
  optionalId,
  requireId,
} from '../../../platform/graphql/input-validation';
import { OpportunityEntity, type Opportunity } from '../entities/opportunity.entity';
import type { CreateOpportunityInput, UpdateOpportunityInput } from '../generated/resolvers-types';
import type { OpportunityPayload } from '../models';
import {
  calendarDay,
  currencyCode,
  notCleared,
  optionalPlainText,
  requirePlainText,
  requireStageName,
} from './input-rules';
import { findStageByName } from './stage-queries';
import { enterStage, isUserError, unknownStage, type StageFields } from './stage-rules';

type OpportunityFields = Omit<Opportunity, 'id' | 'createdAt' | 'updatedAt' | keyof StageFields>;
type EditableFields = Pick<
  OpportunityFields,
  'name' | 'amount' | 'currency' | 'closeDate' | 'type' | 'ownerId'
>;

const NAME_LENGTH = 200;
const OWNER_LENGTH = 200;

/**
 * Creates an opportunity in the named stage (Prospecting by default), owned by the caller unless
 * an owner is given. The account id is checked for form only: accounts live in another subgraph.
 */
export async function createOpportunity(
  dataSource: DataSource,
  input: CreateOpportunityInput,
  callerId: string,
): Promise<OpportunityPayload> {
  const fields: OpportunityFields = {
    name: requirePlainText(input.name, 'input.name', NAME_LENGTH),
    accountId: requireId(input.accountId, 'input.accountId'),
    amount: money(input.amount ?? '0', 'input.amount'),
    currency: currencyCode(input.currency ?? 'USD', 'input.currency'),
    closeDate: calendarDay(input.closeDate, 'input.closeDate'),
    type: input.type ?? 'NEW_BUSINESS',
    ownerId: optionalPlainText(input.ownerId, 'input.ownerId', OWNER_LENGTH) ?? callerId,
    campaignId: optionalId(input.campaignId, 'input.campaignId'),
    leadId: optionalId(input.leadId, 'input.leadId'),
  };
  const stageName = requireStageName(input.stage ?? 'Prospecting', 'input.stage');
  const probability = integerInRange(input.probability, 'input.probability', 0, 100);

  return dataSource.transaction((manager) =>
    insertOpportunity(manager, fields, stageName, probability),
  );
}

/** Writes a new opportunity; everything written through `manager` commits or rolls back together. */
async function insertOpportunity(
  manager: EntityManager,
  fields: OpportunityFields,
  stageName: string,
  probability: number | null,
): Promise<OpportunityPayload> {
  const stage = await findStageByName(manager, stageName);
  if (stage === null) {
    return { opportunity: null, userErrors: [unknownStage(stageName)] };
  }
  const stageFields = enterStage(stage, probability, new Date());
  if (isUserError(stageFields)) {
    return { opportunity: null, userErrors: [stageFields] };
  }
  const opportunities = manager.getRepository(OpportunityEntity);
  const { id } = await opportunities.save(opportunities.create({ ...fields, ...stageFields }));

  return { opportunity: await opportunities.findOneByOrFail({ id }), userErrors: [] };
}

/** Changes the fields present in the input; the stage changes through `changeOpportunityStage`. */
export async function updateOpportunity(
  dataSource: DataSource,
  input: UpdateOpportunityInput,
): Promise<OpportunityPayload> {
  const id = requireId(input.id, 'input.id');
  const changes = opportunityChanges(input);

  return dataSource.transaction((manager) => saveOpportunityChanges(manager, id, changes));
}

/** Writes the changes; everything written through `manager` commits or rolls back together. */
async function saveOpportunityChanges(
  manager: EntityManager,
  id: string,
  changes: Partial<EditableFields>,
): Promise<OpportunityPayload> {
  const opportunities = manager.getRepository(OpportunityEntity);
  const opportunity = await opportunities.findOne({
    where: { id },
    lock: { mode: 'pessimistic_write' },
  });
  if (opportunity === null) {
    throw new NotFoundError('Opportunity', id, 'input.id');
  }
  await opportunities.save(opportunities.merge(opportunity, changes));

  return { opportunity: await opportunities.findOneByOrFail({ id }), userErrors: [] };
}

function opportunityChanges(input: UpdateOpportunityInput): Partial<EditableFields> {
  const changes: Partial<EditableFields> = {};
  if (input.name !== undefined) {
    changes.name = requirePlainText(
      notCleared(input.name, 'input.name'),
      'input.name',
      NAME_LENGTH,
    );
  }
  if (input.amount !== undefined) {
    changes.amount = money(notCleared(input.amount, 'input.amount'), 'input.amount');
  }
  if (input.currency !== undefined) {
    changes.currency = currencyCode(notCleared(input.currency, 'input.currency'), 'input.currency');
  }
  if (input.closeDate !== undefined) {
    changes.closeDate = calendarDay(
      notCleared(input.closeDate, 'input.closeDate'),
      'input.closeDate',
    );
  }
  if (input.type !== undefined) {
    changes.type = notCleared(input.type, 'input.type');
  }
  if (input.ownerId !== undefined) {
    changes.ownerId = requirePlainText(
      notCleared(input.ownerId, 'input.ownerId'),
      'input.ownerId',
      OWNER_LENGTH,
    );
  }

  return changes;
}
