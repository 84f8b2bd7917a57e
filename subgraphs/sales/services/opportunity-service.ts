import type { DataSource, EntityManager } from 'typeorm';
import { NotFoundError, userError, type UserError } from '../../../platform/errors/domain-errors';
import { UserErrorCode } from '../../../platform/errors/error-codes';
import type { AccountReferences } from '../../../platform/federation/account-references';
import {
  calendarDay,
  integerInRange,
  money,
  optionalId,
  optionalText,
  requireId,
  requireText,
} from '../../../platform/graphql/input-validation';
import { OpportunityEntity, type Opportunity } from '../entities/opportunity.entity';
import { toSnapshot } from '../events/opportunity-snapshot';
import type { CreateOpportunityInput, UpdateOpportunityInput } from '../generated/resolvers-types';
import type { OpportunityPayload } from '../models';
import { currencyCode, notCleared, optionalIdempotencyKey, requireStageName } from './input-rules';
import { recordPipelineChange, stageOf } from './pipeline-events';
import { findStageByName } from './stage-queries';
import { enterStage, isUserError, unknownStage, type StageFields } from './stage-rules';

type OpportunityFields = Omit<
  Opportunity,
  'id' | 'createdAt' | 'updatedAt' | 'idempotencyKey' | keyof StageFields
>;
type EditableFields = Pick<
  OpportunityFields,
  'name' | 'accountId' | 'amount' | 'currency' | 'closeDate' | 'type' | 'ownerId'
>;

const NAME_LENGTH = 200;
const OWNER_LENGTH = 200;

/** What a create request asks for, once its input is checked. */
interface NewOpportunity {
  fields: OpportunityFields;
  stageName: string;
  probability: number | null;
  idempotencyKey: string | null;
}

/**
 * Creates an opportunity in the named stage (Prospecting by default), owned by the caller unless
 * an owner is given, once Accounts has confirmed its account. With an idempotency key, a
 * repeated request returns the opportunity the first one created.
 */
export async function createOpportunity(
  dataSource: DataSource,
  accounts: AccountReferences,
  input: CreateOpportunityInput,
  callerId: string,
): Promise<OpportunityPayload> {
  const request: NewOpportunity = {
    fields: {
      name: requireText(input.name, 'input.name', NAME_LENGTH),
      accountId: requireId(input.accountId, 'input.accountId'),
      amount: money(input.amount ?? '0', 'input.amount'),
      currency: currencyCode(input.currency ?? 'USD', 'input.currency'),
      closeDate: calendarDay(input.closeDate, 'input.closeDate'),
      type: input.type ?? 'NEW_BUSINESS',
      ownerId: optionalText(input.ownerId, 'input.ownerId', OWNER_LENGTH) ?? callerId,
      campaignId: optionalId(input.campaignId, 'input.campaignId'),
      leadId: optionalId(input.leadId, 'input.leadId'),
    },
    stageName: requireStageName(input.stage ?? 'Prospecting', 'input.stage'),
    probability: integerInRange(input.probability, 'input.probability', 0, 100),
    idempotencyKey: optionalIdempotencyKey(input.idempotencyKey, 'input.idempotencyKey'),
  };
  const unknownAccount = await findUnknownAccount(accounts, request.fields.accountId);
  if (unknownAccount !== null) {
    return { opportunity: null, userErrors: [unknownAccount] };
  }

  return dataSource.transaction((manager) => insertOpportunity(manager, request));
}

/**
 * NOT_FOUND on `input.accountId` when Accounts has no account `accountId`, else null. Asked
 * before the transaction opens, so no row stays locked while Accounts answers; accounts are
 * never deleted, so the answer still holds when the row is written.
 */
async function findUnknownAccount(
  accounts: AccountReferences,
  accountId: string,
): Promise<UserError | null> {
  const found = await accounts.lookUp({ accountIds: [accountId], contactIds: [] });

  return found.accounts.has(accountId)
    ? null
    : userError(UserErrorCode.NotFound, `Account ${accountId} was not found`, [
        'input',
        'accountId',
      ]);
}

/** Writes a new opportunity; everything written through `manager` commits or rolls back together. */
async function insertOpportunity(
  manager: EntityManager,
  request: NewOpportunity,
): Promise<OpportunityPayload> {
  const { idempotencyKey } = request;
  const earlier = idempotencyKey === null ? null : await findByKey(manager, idempotencyKey);
  if (earlier !== null) {
    return { opportunity: earlier, userErrors: [] };
  }
  const stage = await findStageByName(manager, request.stageName);
  if (stage === null) {
    return { opportunity: null, userErrors: [unknownStage(request.stageName)] };
  }
  const stageFields = enterStage(stage, request.probability, new Date());
  if (isUserError(stageFields)) {
    return { opportunity: null, userErrors: [stageFields] };
  }
  const id = await insertUnlessKeyTaken(manager, {
    ...request.fields,
    ...stageFields,
    idempotencyKey,
  });
  if (id === null) {
    // A concurrent request with the same key committed first (the insert waited for it).
    return { opportunity: await findByKeyOrFail(manager, idempotencyKey), userErrors: [] };
  }
  const opportunity = await manager.getRepository(OpportunityEntity).findOneByOrFail({ id });
  await recordPipelineChange(manager, null, toSnapshot(opportunity, stage));

  return { opportunity, userErrors: [] };
}

/**
 * Inserts the row and returns its id, or null when another opportunity already has its
 * idempotency key. The id is generated, so the key is the only unique value that can collide.
 */
async function insertUnlessKeyTaken(
  manager: EntityManager,
  row: Omit<Opportunity, 'id' | 'createdAt' | 'updatedAt'>,
): Promise<string | null> {
  const result = await manager
    .createQueryBuilder()
    .insert()
    .into(OpportunityEntity)
    .values(row)
    .orIgnore()
    .returning('id')
    .updateEntity(false)
    .execute();
  const rows = result.raw as { id: string }[];

  return rows[0]?.id ?? null;
}

function findByKey(manager: EntityManager, idempotencyKey: string): Promise<Opportunity | null> {
  return manager.getRepository(OpportunityEntity).findOneBy({ idempotencyKey });
}

async function findByKeyOrFail(
  manager: EntityManager,
  idempotencyKey: string | null,
): Promise<Opportunity> {
  const opportunity = idempotencyKey === null ? null : await findByKey(manager, idempotencyKey);
  if (opportunity === null) {
    throw new Error('An insert was skipped although no opportunity has its idempotency key');
  }

  return opportunity;
}

/**
 * Changes the fields present in the input; the stage changes through `changeOpportunityStage`.
 * A new account must be one Accounts has.
 */
export async function updateOpportunity(
  dataSource: DataSource,
  accounts: AccountReferences,
  input: UpdateOpportunityInput,
): Promise<OpportunityPayload> {
  const id = requireId(input.id, 'input.id');
  const changes = opportunityChanges(input);
  if (changes.accountId !== undefined) {
    const unknownAccount = await findUnknownAccount(accounts, changes.accountId);
    if (unknownAccount !== null) {
      return { opportunity: null, userErrors: [unknownAccount] };
    }
  }

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
  const stage = await stageOf(manager, opportunity);
  const before = toSnapshot(opportunity, stage);
  await opportunities.save(opportunities.merge(opportunity, changes));
  const updated = await opportunities.findOneByOrFail({ id });
  await recordPipelineChange(manager, before, toSnapshot(updated, stage));

  return { opportunity: updated, userErrors: [] };
}

function opportunityChanges(input: UpdateOpportunityInput): Partial<EditableFields> {
  const changes: Partial<EditableFields> = {};
  if (input.name !== undefined) {
    changes.name = requireText(notCleared(input.name, 'input.name'), 'input.name', NAME_LENGTH);
  }
  if (input.accountId !== undefined) {
    changes.accountId = requireId(
      notCleared(input.accountId, 'input.accountId'),
      'input.accountId',
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
    changes.ownerId = requireText(
      notCleared(input.ownerId, 'input.ownerId'),
      'input.ownerId',
      OWNER_LENGTH,
    );
  }

  return changes;
}
