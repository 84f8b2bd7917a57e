import type { AccountReferences } from '../../../platform/federation/account-references';
import type { Resolvers } from '../generated/resolvers-types';
import { addCampaignMember, updateCampaignMember } from '../members/member-service';

/** Campaign members; `accounts` checks the contacts added, null when Accounts is not known. */
export function createMemberResolvers(accounts: AccountReferences | null): Resolvers {
  return {
    Mutation: {
      addCampaignMember: (_parent, { input }, { dataSource }) =>
        addCampaignMember(dataSource, accounts, input),
      updateCampaignMember: (_parent, { input }, { dataSource }) =>
        dataSource.transaction((manager) => updateCampaignMember(manager, input)),
    },
    CampaignMember: {
      campaign: async (member, _args, { loaders }) =>
        (await loaders.campaignById.load(member.campaignId))!,
      lead: (member, _args, { loaders }) =>
        member.leadId === null ? null : loaders.leadById.load(member.leadId),
      contact: (member) => (member.contactId === null ? null : { id: member.contactId }),
    },
  };
}
