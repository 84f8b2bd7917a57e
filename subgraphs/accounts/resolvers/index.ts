import { guardResolvers } from '../../../platform/identity/resolver-guard';
import { mergeResolvers } from '../../../platform/graphql/merge-resolvers';
import { scalarResolvers } from '../../../platform/graphql/scalars';
import type { Resolvers } from '../generated/resolvers-types';
import { accountResolvers } from './account-resolvers';
import { contactResolvers } from './contact-resolvers';
import { leadConversionResolvers } from './lead-conversion-resolvers';

/** Every resolver of the Accounts subgraph, each behind its scope check. */
export const accountsResolvers: Resolvers = {
  ...scalarResolvers,
  ...guardResolvers(
    'accounts',
    mergeResolvers([accountResolvers, contactResolvers, leadConversionResolvers]),
  ),
};
