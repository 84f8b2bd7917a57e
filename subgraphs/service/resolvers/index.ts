import { guardResolvers } from '../../../platform/identity/resolver-guard';
import { mergeResolvers } from '../../../platform/graphql/merge-resolvers';
import { scalarResolvers } from '../../../platform/graphql/scalars';
import type { Resolvers } from '../generated/resolvers-types';
import { accountResolvers } from './account-resolvers';
import { caseResolvers } from './case-resolvers';

/** Every resolver of the Service subgraph, each behind its scope check. */
export const serviceResolvers: Resolvers = {
  ...scalarResolvers,
  ...guardResolvers('service', mergeResolvers([caseResolvers, accountResolvers])),
};
