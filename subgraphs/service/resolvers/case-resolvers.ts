import { NotFoundError } from '../../../platform/errors/domain-errors';
import { requireId } from '../../../platform/graphql/input-validation';
import type { Resolvers } from '../generated/resolvers-types';
import { parseOpenCaseInput, parseUpdateCaseInput } from '../services/case-input';
import { listCases } from '../services/case-queries';
import { changeCaseStatus, openCase, respondToCase, updateCase } from '../services/case-service';
import { isOpenStatus } from '../services/case-status';

/** Root fields and mutations of cases, and the fields of `Case` that are not plain columns. */
export const caseResolvers: Resolvers = {
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
    openCase: (_parent, { input }, { dataSource, identity }) => {
      const fields = parseOpenCaseInput(input, identity.subject);

      return dataSource.transaction((manager) => openCase(manager, fields));
    },
    updateCase: (_parent, { input }, { dataSource }) => {
      const { id, changes } = parseUpdateCaseInput(input);

      return dataSource.transaction((manager) => updateCase(manager, id, changes));
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
