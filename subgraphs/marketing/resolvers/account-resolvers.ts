import { pageRequest, pageSize } from '../../../platform/graphql/connection';
import { requireId } from '../../../platform/graphql/input-validation';
import { CONVERTED_LEAD_SORT } from '../accounts/converted-leads';
import type { Resolvers } from '../generated/resolvers-types';

/** Fields Marketing adds to the Accounts subgraph's `Account`, resolved from its id alone. */
export const accountResolvers: Resolvers = {
  Account: {
    // Async, so a malformed id fails its own representation rather than the whole batch.
    __resolveReference: async (reference) => ({ id: requireId(reference.id, 'id') }),
    convertedLeads: (account, args, { loaders }) =>
      loaders.convertedLeadPage(account.id, pageRequest(args, CONVERTED_LEAD_SORT)),
    campaignInfluence: (account, { first }, { loaders }) =>
      loaders.campaignInfluenceByAccount.load({ accountId: account.id, limit: pageSize(first) }),
  },
  AccountCampaignInfluence: {
    campaign: async (influence, _args, { loaders }) =>
      (await loaders.campaignById.load(influence.campaignId))!,
  },
};
