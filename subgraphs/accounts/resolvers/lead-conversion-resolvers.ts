import type { Resolvers } from '../generated/resolvers-types';
import { registerLeadConversion } from '../services/lead-conversion-service';

export const leadConversionResolvers: Resolvers = {
  Mutation: {
    registerLeadConversion: (_parent, { input }, { dataSource }) =>
      registerLeadConversion(dataSource, input),
  },
};
