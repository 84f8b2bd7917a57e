import { guardResolvers } from '../../../platform/identity/resolver-guard';
import { mergeResolvers } from '../../../platform/graphql/merge-resolvers';
import { scalarResolvers } from '../../../platform/graphql/scalars';
import type { ConversionContext } from '../conversion/conversion-context';
import type { Resolvers } from '../generated/resolvers-types';
import { assignmentResolvers } from './assignment-resolvers';
import { campaignResolvers } from './campaign-resolvers';
import { createConversionResolvers } from './conversion-resolvers';
import { leadResolvers } from './lead-resolvers';
import { memberResolvers } from './member-resolvers';
import { scoringResolvers } from './scoring-resolvers';
import { settingsResolvers } from './settings-resolvers';

/** Every resolver of the Marketing subgraph, each behind its scope check. */
export function createMarketingResolvers(conversion: ConversionContext): Resolvers {
  return {
    ...scalarResolvers,
    ...guardResolvers(
      'marketing',
      mergeResolvers([
        campaignResolvers,
        leadResolvers,
        memberResolvers,
        scoringResolvers,
        assignmentResolvers,
        settingsResolvers,
        createConversionResolvers(conversion),
      ]),
    ),
  };
}
