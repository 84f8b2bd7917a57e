import type { DataSource, EntityManager } from 'typeorm';
import { NotFoundError, ValidationError, userError } from '../../../platform/errors/domain-errors';
import { UserErrorCode } from '../../../platform/errors/error-codes';
import {
  integerInRange,
  money,
  optionalId,
  optionalText,
  optionalUrl,
  requireId,
  requireText,
} from '../../../platform/graphql/input-validation';
import { AccountEntity, type Account } from '../entities/account.entity';
import type { CreateAccountInput, UpdateAccountInput } from '../generated/resolvers-types';
import type { AccountPayload } from '../models';

type AccountFields = Omit<Account, 'id' | 'createdAt' | 'updatedAt'>;

/** Creates an account after checking every field; nothing is written when a check fails. */
export async function createAccount(
  dataSource: DataSource,
  input: CreateAccountInput,
): Promise<AccountPayload> {
  const fields: AccountFields = {
    name: requireText(input.name, 'input.name', 200),
    industry: optionalText(input.industry, 'input.industry', 100),
    website: optionalUrl(input.website, 'input.website'),
    annualRevenue: money(input.annualRevenue ?? null, 'input.annualRevenue'),
    employeeCount: integerInRange(input.employeeCount, 'input.employeeCount', 0, 10_000_000),
    tier: input.tier ?? 'SMALL_BUSINESS',
    ownerId: optionalText(input.ownerId, 'input.ownerId', 200),
    parentId: optionalId(input.parentId, 'input.parentId'),
  };
  const accounts = dataSource.getRepository(AccountEntity);
  if (fields.parentId !== null && !(await accounts.existsBy({ id: fields.parentId }))) {
    return {
      account: null,
      userErrors: [
        userError(UserErrorCode.NotFound, 'The parent account does not exist', [
          'input',
          'parentId',
        ]),
      ],
    };
  }
  const account = await accounts.save(accounts.create(fields));

  return { account, userErrors: [] };
}

/**
 * Changes the fields present in the input. Moving an account under one of its own descendants
 * is refused, so the hierarchy always stays a tree.
 */
export async function updateAccount(
  dataSource: DataSource,
  input: UpdateAccountInput,
): Promise<AccountPayload> {
  const id = requireId(input.id, 'input.id');
  const changes = accountChanges(input);
  const newParentId = changes.parentId ?? null;

  return dataSource.transaction(async (manager) => {
    if (newParentId !== null) {
      await lockHierarchy(manager);
    }
    const accounts = manager.getRepository(AccountEntity);
    const account = await accounts.findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
    if (account === null) {
      throw new NotFoundError('Account', id, 'input.id');
    }
    if (newParentId !== null) {
      const problem = await parentProblem(manager, id, newParentId);
      if (problem !== null) {
        return { account: null, userErrors: [problem] };
      }
    }
    const updated = await accounts.save(accounts.merge(account, changes));

    return { account: updated, userErrors: [] };
  });
}

/**
 * Two moves that are each fine alone can close a cycle together (A under B while B goes under A),
 * so every move under a parent takes this one transaction-scoped lock before it reads the
 * hierarchy: moves happen one after the other, and each checks the tree as the previous one left
 * it (under READ COMMITTED, every statement after the lock sees the moves committed before it).
 * Clearing a parent cannot close a cycle and needs no lock; other changes never wait for it.
 */
async function lockHierarchy(manager: EntityManager): Promise<void> {
  await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', ['accounts:hierarchy']);
}

function accountChanges(input: UpdateAccountInput): Partial<AccountFields> {
  const changes: Partial<AccountFields> = {};
  if (input.name !== undefined) {
    if (input.name === null) {
      throw new ValidationError('input.name', 'input.name cannot be cleared');
    }
    changes.name = requireText(input.name, 'input.name', 200);
  }
  if (input.tier !== undefined) {
    if (input.tier === null) {
      throw new ValidationError('input.tier', 'input.tier cannot be cleared');
    }
    changes.tier = input.tier;
  }
  if (input.industry !== undefined) {
    changes.industry = optionalText(input.industry, 'input.industry', 100);
  }
  if (input.website !== undefined) {
    changes.website = optionalUrl(input.website, 'input.website');
  }
  if (input.annualRevenue !== undefined) {
    changes.annualRevenue = money(input.annualRevenue, 'input.annualRevenue');
  }
  if (input.employeeCount !== undefined) {
    changes.employeeCount = integerInRange(
      input.employeeCount,
      'input.employeeCount',
      0,
      10_000_000,
    );
  }
  if (input.ownerId !== undefined) {
    changes.ownerId = optionalText(input.ownerId, 'input.ownerId', 200);
  }
  if (input.parentId !== undefined) {
    changes.parentId = optionalId(input.parentId, 'input.parentId');
  }

  return changes;
}

/** Why `parentId` cannot become the parent of `id`, read in the caller's transaction. */
async function parentProblem(manager: EntityManager, id: string, parentId: string) {
  const field = ['input', 'parentId'];
  if (parentId === id) {
    return userError(UserErrorCode.HierarchyCycle, 'An account cannot be its own parent', field);
  }
  const rows: { found: boolean; cycle: boolean }[] = await manager.query(
    `WITH RECURSIVE ancestors(id, parent_id) AS (
       SELECT id, parent_id FROM accounts.account WHERE id = $1
       UNION
       SELECT a.id, a.parent_id FROM accounts.account a JOIN ancestors p ON a.id = p.parent_id
     )
     SELECT EXISTS (SELECT 1 FROM ancestors WHERE id = $1) AS found,
            EXISTS (SELECT 1 FROM ancestors WHERE id = $2) AS cycle`,
    [parentId, id],
  );
  if (!rows[0].found) {
    return userError(UserErrorCode.NotFound, 'The parent account does not exist', field);
  }
  if (rows[0].cycle) {
    return userError(
      UserErrorCode.HierarchyCycle,
      'The parent account is below this account in the hierarchy',
      field,
    );
  }

  return null;
}
