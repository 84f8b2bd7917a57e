import { NotFoundError } from '../../../platform/errors/domain-errors';
import { requireId } from '../../../platform/graphql/input-validation';
import type { Resolvers } from '../generated/resolvers-types';
import { listLeads } from '../services/lead-queries';
import { captureLead, updateLead } from '../services/lead-service';

export const leadResolvers: Resolvers = {
  Query: {
    lead: async (_parent, { id }, { loaders }) => {
      const lead = await loaders.leadById.load(requireId(id, 'id'));
      if (lead === null) {
        throw new NotFoundError('Lead', id, 'id');
      }

      return lead;
    },
    leads: (_parent, args, { dataSource }) => listLeads(dataSource, args),
  },
  Mutation: {
    captureLead: (_parent, { input }, { dataSource }) =>
      dataSource.transaction((manager) => captureLead(manager, input)),
    updateLead: (_parent, { input }, { dataSource }) =>
      dataSource.transaction((manager) => updateLead(manager, input)),
  },
  Lead: {
    __resolveReference: (reference, { loaders }) =>
      loaders.leadById.load(requireId(reference.id, 'representations.id')),
    campaign: (lead, _args, { loaders }) =>
      lead.campaignId === null ? null : loaders.campaignById.load(lead.campaignId),
  },
};
