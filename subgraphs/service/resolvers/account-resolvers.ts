import { requireId } from '../../../platform/graphql/input-validation';
import type { Resolvers } from '../generated/resolvers-types';
import { accountCases } from '../services/case-queries';

/** Fields this subgraph adds to the accounts of the Accounts subgraph. */
export const accountResolvers: Resolvers = {
  Account: {
    // Any well-formed id is accepted: whether the account exists is for the Accounts subgraph.
    __resolveReference: (reference) => ({ id: requireId(reference.id, 'representations.id') }),
    cases: (account, args, { dataSource, loaders }) =>
      loaders.casesOfAccount.load(account.id, accountCases(dataSource, args)),
    openCaseCount: (account, _args, { loaders }) =>
      loaders.openCaseCountByAccountId.load(account.id),
  },
};
