import { guardResolvers } from '../../../platform/identity/resolver-guard';
import { mergeResolvers } from '../../../platform/graphql/merge-resolvers';
import { scalarResolvers } from '../../../platform/graphql/scalars';
import type { Resolvers } from '../generated/resolvers-types';
import { accountResolvers } from './account-resolvers';
import { opportunityResolvers } from './opportunity-resolvers';
import { pipelineResolvers } from './pipeline-resolvers';

/** Every resolver of the Sales subgraph, each behind its scope check. */
export const salesResolvers: Resolvers = {
  ...scalarResolvers,
  ...guardResolvers(
    'sales',
    mergeResolvers([opportunityResolvers, accountResolvers, pipelineResolvers]),
  ),
};
