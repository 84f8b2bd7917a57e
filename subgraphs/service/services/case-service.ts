import type { EntityManager } from 'typeorm';
import { NotFoundError, userError } from '../../../platform/errors/domain-errors';
import { UserErrorCode } from '../../../platform/errors/error-codes';
import type { AccountReferences } from '../../../platform/federation/account-references';
import {
  SupportCaseEntity,
  type CaseStatus,
  type SupportCase,
} from '../entities/support-case.entity';
import type { CasePayload } from '../models';
import { caseChangeTime, caseOpeningTime, followCaseChange, startCaseSla } from '../sla/case-sla';
import type { CaseChanges, NewCase } from './case-input';
import { refusedCaseReferences } from './case-references';
import { canMove, statusChange } from './case-status';

/**
 * Each function below is one mutation's write, run inside the caller's transaction so that
 * whatever else the mutation records commits or rolls back with it. The times they stamp come
 * from the database clock, the one the SLA monitor judges due times by.
 */

/** Opens a case in status NEW, with its SLA targets; the database numbers it. */
export async function openCase(manager: EntityManager, fields: NewCase): Promise<CasePayload> {
  const cases = manager.getRepository(SupportCaseEntity);
  const opened = await cases.save(
    cases.create({
      ...fields,
      status: 'NEW',
      openedAt: await caseOpeningTime(manager),
      firstRespondedAt: null,
      resolvedAt: null,
      closedAt: null,
    }),
  );
  await startCaseSla(manager, opened);

  return { case: opened, userErrors: [] };
}

/**
 * Changes the given fields; a closed case must be reopened before it can be edited. A new
 * account or contact is confirmed with Accounts while the case is locked, so that a change of
 * the case running at the same time cannot pair the contact with an account it was not checked
 * against.
 */
export async function updateCase(
  manager: EntityManager,
  accounts: AccountReferences,
  id: string,
  changes: CaseChanges,
): Promise<CasePayload> {
  const current = await lockCase(manager, id);
  if (current.status === 'CLOSED') {
    return {
      case: null,
      userErrors: [
        userError(UserErrorCode.Invalid, 'A closed case cannot be changed; reopen it first', [
          'input',
          'id',
        ]),
      ],
    };
  }
  const refused = await refusedCaseReferences(accounts, current, { ...current, ...changes });
  if (refused.length > 0) {
    return { case: null, userErrors: refused };
  }
  const before = { ...current };
  const now = await caseChangeTime(manager, id);
  const cases = manager.getRepository(SupportCaseEntity);
  const changed = await cases.save(cases.merge(current, changes));
  await followCaseChange(manager, before, changed, now);

  return { case: changed, userErrors: [] };
}

/** Moves a case to another status when the rules allow it, stamping the times it reaches. */
export async function changeCaseStatus(
  manager: EntityManager,
  id: string,
  status: CaseStatus,
): Promise<CasePayload> {
  const current = await lockCase(manager, id);
  if (!canMove(current.status, status)) {
    const message =
      current.status === status
        ? `The case is already ${status}`
        : `A ${current.status} case cannot move to ${status}`;

    return {
      case: null,
      userErrors: [userError(UserErrorCode.InvalidTransition, message, ['input', 'status'])],
    };
  }
  const before = { ...current };
  const now = await caseChangeTime(manager, id);
  const cases = manager.getRepository(SupportCaseEntity);
  const changed = await cases.save(cases.merge(current, statusChange(current, status, now)));
  await followCaseChange(manager, before, changed, now);

  return { case: changed, userErrors: [] };
}

/** Records the first response to the customer; a case already answered is left as it is. */
export async function respondToCase(manager: EntityManager, id: string): Promise<CasePayload> {
  const current = await lockCase(manager, id);
  if (current.firstRespondedAt !== null) {
    return { case: current, userErrors: [] };
  }
  const before = { ...current };
  const now = await caseChangeTime(manager, id);
  const cases = manager.getRepository(SupportCaseEntity);
  const responded = await cases.save(cases.merge(current, { firstRespondedAt: now }));
  await followCaseChange(manager, before, responded, now);

  return { case: responded, userErrors: [] };
}

/** Reads a case for update, so two concurrent changes to it are applied one after the other. */
async function lockCase(manager: EntityManager, id: string): Promise<SupportCase> {
  const found = await manager.getRepository(SupportCaseEntity).findOne({
    where: { id },
    lock: { mode: 'pessimistic_write' },
  });
  if (found === null) {
    throw new NotFoundError('Case', id, 'input.id');
  }

  return found;
}
