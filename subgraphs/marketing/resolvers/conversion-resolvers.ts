import type { ConversionContext } from '../conversion/conversion-context';
import { convertLead } from '../conversion/conversion-service';
import type { Resolvers } from '../generated/resolvers-types';

/** Resolvers of lead conversion, which talks to Accounts and Sales through `conversion`. */
export function createConversionResolvers(conversion: ConversionContext): Resolvers {
  const reference = (id: string | null) => (id === null ? null : { id });

  return {
    Mutation: {
      convertLead: (_parent, { input }, { identity }) => convertLead(conversion, identity, input),
    },
    LeadConversion: {
      lead: async (record, _args, { loaders }) => (await loaders.leadById.load(record.leadId))!,
      account: (record) => reference(record.accountId),
      contact: (record) => reference(record.contactId),
      opportunity: (record) => reference(record.opportunityId),
    },
  };
}
