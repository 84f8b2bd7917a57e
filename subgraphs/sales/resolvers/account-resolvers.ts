import { requireId } from '../../../platform/graphql/input-validation';
import type { Resolvers } from '../generated/resolvers-types';
import { accountOpportunities } from '../services/opportunity-queries';

/** Fields Sales adds to the Accounts subgraph's `Account`, resolved from its id alone. */
export const accountResolvers: Resolvers = {
  Account: {
    // Async, so a malformed id fails its own representation rather than the whole batch.
    __resolveReference: async (reference) => ({ id: requireId(reference.id, 'id') }),
    opportunities: (account, args, { dataSource, loaders }) =>
      loaders.opportunitiesOfAccount.load(account.id, accountOpportunities(dataSource, args)),
    openPipelineAmount: (account, _args, { loaders }) =>
      loaders.openPipelineAmountByAccountId.load(account.id),
  },
};
