import { guardResolvers } from '../../../platform/identity/resolver-guard';
import { mergeResolvers } from '../../../platform/graphql/merge-resolvers';
import { scalarResolvers } from '../../../platform/graphql/scalars';
import type { Resolvers } from '../generated/resolvers-types';
import { campaignResolvers } from './campaign-resolvers';
import { leadResolvers } from './lead-resolvers';

/** Every resolver of the Marketing subgraph, each behind its scope check. */
export const marketingResolvers: Resolvers = {
  ...scalarResolvers,
  ...guardResolvers('marketing', mergeResolvers([campaignResolvers, leadResolvers])),
};
