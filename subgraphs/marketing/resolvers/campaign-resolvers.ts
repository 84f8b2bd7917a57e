import { NotFoundError } from '../../../platform/errors/domain-errors';
import { pageRequest } from '../../../platform/graphql/connection';
import { requireId } from '../../../platform/graphql/input-validation';
import type { Resolvers } from '../generated/resolvers-types';
import { MEMBER_SORT } from '../members/member-pages';
import { listCampaigns } from '../services/campaign-queries';
import { createCampaign, updateCampaign } from '../services/campaign-service';

export const campaignResolvers: Resolvers = {
  Query: {
    campaign: async (_parent, { id }, { loaders }) => {
      const campaign = await loaders.campaignById.load(requireId(id, 'id'));
      if (campaign === null) {
        throw new NotFoundError('Campaign', id, 'id');
      }

      return campaign;
    },
    campaigns: (_parent, args, { dataSource }) => listCampaigns(dataSource, args),
  },
  Mutation: {
    createCampaign: (_parent, { input }, { dataSource }) =>
      dataSource.transaction((manager) => createCampaign(manager, input)),
    updateCampaign: (_parent, { input }, { dataSource }) =>
      dataSource.transaction((manager) => updateCampaign(manager, input)),
  },
  Campaign: {
    __resolveReference: (reference, { loaders }) =>
      loaders.campaignById.load(requireId(reference.id, 'representations.id')),
    parent: (campaign, _args, { loaders }) =>
      campaign.parentId === null ? null : loaders.campaignById.load(campaign.parentId),
    leadCount: (campaign, _args, { loaders }) => loaders.leadCountByCampaignId.load(campaign.id),
    members: (campaign, args, { loaders }) =>
      loaders.memberPage(campaign.id, pageRequest(args, MEMBER_SORT)),
    memberCount: (campaign, _args, { loaders }) =>
      loaders.memberCountByCampaignId.load(campaign.id),
    respondedCount: (campaign, _args, { loaders }) =>
      loaders.respondedCountByCampaignId.load(campaign.id),
    results: (campaign, _args, { loaders }) => loaders.resultsByCampaignId.load(campaign.id),
  },
};
