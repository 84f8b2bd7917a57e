import { NotFoundError } from '../../../platform/errors/domain-errors';
import type { AccountReferences } from '../../../platform/federation/account-references';
import { requireId } from '../../../platform/graphql/input-validation';
import type { Resolvers } from '../generated/resolvers-types';
import { parseOpenCaseInput, parseUpdateCaseInput } from '../services/case-input';
import { listCases } from '../services/case-queries';
import { refusedCaseReferences } from '../services/case-references';
import { changeCaseStatus, openCase, respondToCase, updateCase } from '../services/case-service';
import { isOpenStatus } from '../services/case-status';

/**
 * Root fields and mutations of cases, and the fields of `Case` that are not plain columns;
 * `accounts` confirms the account and contact a case is given.
 */
export function createCaseResolvers(accounts: AccountReferences): Resolvers {
  return {
    Query: {
      case: async (_parent, { id }, { loaders }) => {
        const found = await loaders.caseById.load(requireId(id, 'id'));
        if (found === null) {
          throw new NotFoundError('Case', id, 'id');
        }

        return found;
      },
      cases: (_parent, args, { dataSource }) => listCases(dataSource, args),
    },
    Mutation: {
      openCase: async (_parent, { input }, { dataSource, identity }) => {
        const fields = parseOpenCaseInput(input, identity.subject);
        // Asked before the transaction opens: a new case has no row to keep locked meanwhile.
        const refused = await refusedCaseReferences(accounts, null, fields);
        if (refused.length > 0) {
          return { case: null, userErrors: refused };
        }

        return dataSource.transaction((manager) => openCase(manager, fields));
      },
      updateCase: (_parent, { input }, { dataSource }) => {
        const { id, changes } = parseUpdateCaseInput(input);

        return dataSource.transaction((manager) => updateCase(manager, accounts, id, changes));
      },
      changeCaseStatus: (_parent, { input }, { dataSource }) => {
        const id = requireId(input.id, 'input.id');

        return dataSource.transaction((manager) => changeCaseStatus(manager, id, input.status));
      },
      respondToCase: (_parent, { input }, { dataSource }) => {
        const id = requireId(input.id, 'input.id');

        return dataSource.transaction((manager) => respondToCase(manager, id));
      },
    },
    Case: {
      __resolveReference: (reference, { loaders }) =>
        loaders.caseById.load(requireId(reference.id, 'representations.id')),
      isOpen: (supportCase) => isOpenStatus(supportCase.status),
      account: (supportCase) =>
        supportCase.accountId === null ? null : { id: supportCase.accountId },
      contact: (supportCase) =>
        supportCase.contactId === null ? null : { id: supportCase.contactId },
    },
  };
}
