import { NotFoundError } from '../../../platform/errors/domain-errors';
import { requireId } from '../../../platform/graphql/input-validation';
import { captureLead, captureLeads } from '../capture/capture-service';
import type { Resolvers } from '../generated/resolvers-types';
import { recordLeadActivity } from '../scoring/activity-service';
import { listLeads } from '../services/lead-queries';
import { updateLead } from '../services/lead-service';
import { disqualifyLead, qualifyLead } from '../status/qualification-service';

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
    captureLeads: (_parent, { input }, { dataSource }) =>
      dataSource.transaction((manager) => captureLeads(manager, input)),
    updateLead: (_parent, { input }, { dataSource }) =>
      dataSource.transaction((manager) => updateLead(manager, input)),
    qualifyLead: (_parent, { input }, { dataSource }) =>
      dataSource.transaction((manager) => qualifyLead(manager, input)),
    disqualifyLead: (_parent, { input }, { dataSource }) =>
      dataSource.transaction((manager) => disqualifyLead(manager, input)),
    recordLeadActivity: (_parent, { input }, { dataSource }) =>
      dataSource.transaction((manager) => recordLeadActivity(manager, input)),
  },
  Lead: {
    __resolveReference: (reference, { loaders }) =>
      loaders.leadById.load(requireId(reference.id, 'representations.id')),
    campaign: (lead, _args, { loaders }) =>
      lead.campaignId === null ? null : loaders.campaignById.load(lead.campaignId),
    duplicateOf: (lead, _args, { loaders }) =>
      lead.duplicateOf === null ? null : loaders.leadById.load(lead.duplicateOf),
    existingContact: (lead) =>
      lead.existingContactId === null ? null : { id: lead.existingContactId },
    scoreBreakdown: (lead, _args, { loaders }) => loaders.scoreBreakdownByLeadId.load(lead.id),
    qualification: (lead) =>
      lead.qualifiedAt === null ||
      lead.bantBudget === null ||
      lead.bantAuthority === null ||
      lead.bantNeed === null ||
      lead.bantTimeline === null
        ? null
        : {
            budget: lead.bantBudget,
            authority: lead.bantAuthority,
            need: lead.bantNeed,
            timeline: lead.bantTimeline,
            qualifiedAt: lead.qualifiedAt,
          },
    disqualificationReason: (lead) =>
      lead.status === 'UNQUALIFIED' ? lead.disqualificationReason : null,
    conversion: (lead, _args, { loaders }) => loaders.conversionByLeadId.load(lead.id),
  },
  CaptureLeadResult: {
    lead: (result, _args, { loaders }) =>
      result.leadId === null ? null : loaders.leadById.load(result.leadId),
  },
  LeadActivity: {
    lead: async (activity, _args, { loaders }) => (await loaders.leadById.load(activity.leadId))!,
  },
};
