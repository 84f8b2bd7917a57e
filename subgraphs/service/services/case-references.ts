import { userError, type UserError } from '../../../platform/errors/domain-errors';
import { UserErrorCode } from '../../../platform/errors/error-codes';
import type { AccountReferences } from '../../../platform/federation/account-references';
import type { SupportCase } from '../entities/support-case.entity';

/** The account and contact a case refers to; both are records of the Accounts subgraph. */
export type CaseReferences = Pick<SupportCase, 'accountId' | 'contactId'>;

/**
 * What Accounts refuses of a write that makes a case refer to `after`, `before` being what the
 * case referred to until then (null for a new case), with one request to Accounts at most:
 * NOT_FOUND on each reference the write sets that Accounts does not have, and INVALID when the
 * case would have a contact of another account than its own. References the write leaves as
 * they were are not looked up again, unless their pairing with a changed one must be checked.
 */
export async function refusedCaseReferences(
  accounts: AccountReferences,
  before: CaseReferences | null,
  after: CaseReferences,
): Promise<UserError[]> {
  const { accountId, contactId } = after;
  const accountSet = accountId !== null && accountId !== before?.accountId;
  const contactSet = contactId !== null && contactId !== before?.contactId;
  if (!accountSet && !contactSet) {
    return [];
  }
  const found = await accounts.lookUp({
    accountIds: accountSet ? [accountId] : [],
    // A contact kept while the account changes is looked up too, for the account it belongs to.
    contactIds: contactId !== null && (contactSet || accountId !== null) ? [contactId] : [],
  });
  const refused: UserError[] = [];
  if (accountSet && !found.accounts.has(accountId)) {
    refused.push(notFound('Account', accountId, 'accountId'));
  }
  if (contactSet && !found.contacts.has(contactId)) {
    refused.push(notFound('Contact', contactId, 'contactId'));
  }
  if (
    refused.length === 0 &&
    accountId !== null &&
    contactId !== null &&
    found.contacts.get(contactId) !== accountId
  ) {
    refused.push(
      userError(
        UserErrorCode.Invalid,
        `Contact ${contactId} is not a contact of account ${accountId}`,
        ['input', contactSet ? 'contactId' : 'accountId'],
      ),
    );
  }

  return refused;
}

function notFound(entity: string, id: string, field: keyof CaseReferences): UserError {
  return userError(UserErrorCode.NotFound, `${entity} ${id} was not found`, ['input', field]);
}
