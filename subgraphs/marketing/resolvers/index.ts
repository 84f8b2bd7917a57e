import type { AccountReferences } from '../../../platform/federation/account-references';
import { guardResolvers } from '../../../platform/identity/resolver-guard';
import { mergeResolvers } from '../../../platform/graphql/merge-resolvers';
import { scalarResolvers } from '../../../platform/graphql/scalars';
import type { ConversionContext } from '../conversion/conversion-context';
import type { Resolvers } from '../generated/resolvers-types';
import { accountResolvers } from './account-resolvers';
import { assignmentResolvers } from './assignment-resolvers';
import { campaignResolvers } from './campaign-resolvers';
import { createConversionResolvers } from './conversion-resolvers';
import { leadResolvers } from './lead-resolvers';
import { createMemberResolvers } from './member-resolvers';
import { scoringResolvers } from './scoring-resolvers';
import { settingsResolvers } from './settings-resolvers';

/**
 * Every resolver of the Marketing subgraph, each behind its scope check.
 *
 * @param conversion what converting a lead needs
 * @param accounts asks Accounts whether a contact added to a campaign exists; null when
 *   Marketing runs without Accounts
 */
export function createMarketingResolvers(
  conversion: ConversionContext,
  accounts: AccountReferences | null,
): Resolvers {
  return {
    ...scalarResolvers,
    ...guardResolvers(
      'marketing',
      mergeResolvers([
        campaignResolvers,
        leadResolvers,
        createMemberResolvers(accounts),
        accountResolvers,
        scoringResolvers,
        assignmentResolvers,
        settingsResolvers,
        createConversionResolvers(conversion),
      ]),
    ),
  };
}
