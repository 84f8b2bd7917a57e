import type { Resolvers } from '../generated/resolvers-types';
import { addCampaignMember, updateCampaignMember } from '../members/member-service';

export const memberResolvers: Resolvers = {
  Mutation: {
    addCampaignMember: (_parent, { input }, { dataSource }) =>
      dataSource.transaction((manager) => addCampaignMember(manager, input)),
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
