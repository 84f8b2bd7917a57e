import { NotFoundError } from '../../../platform/errors/domain-errors';
import type { AccountReferences } from '../../../platform/federation/account-references';
import { requireId } from '../../../platform/graphql/input-validation';
import type { Resolvers } from '../generated/resolvers-types';
import { listOpportunities } from '../services/opportunity-queries';
import { createOpportunity, updateOpportunity } from '../services/opportunity-service';
import { changeOpportunityStage } from '../services/stage-change-service';

/** Resolvers of opportunities; `accounts` confirms the account an opportunity is written with. */
export function createOpportunityResolvers(accounts: AccountReferences): Resolvers {
  return {
    Query: {
      opportunity: async (_parent, { id }, { loaders }) => {
        const opportunity = await loaders.opportunityById.load(requireId(id, 'id'));
        if (opportunity === null) {
          throw new NotFoundError('Opportunity', id, 'id');
        }

        return opportunity;
      },
      opportunities: (_parent, args, { dataSource }) => listOpportunities(dataSource, args),
    },
    Mutation: {
      createOpportunity: (_parent, { input }, { dataSource, identity }) =>
        createOpportunity(dataSource, accounts, input, identity.subject),
      updateOpportunity: (_parent, { input }, { dataSource }) =>
        updateOpportunity(dataSource, accounts, input),
      changeOpportunityStage: (_parent, { input }, { dataSource }) =>
        changeOpportunityStage(dataSource, input),
    },
    Opportunity: {
      // Async, so a malformed id fails its own representation rather than the whole batch.
      __resolveReference: async (reference, { loaders }) =>
        loaders.opportunityById.load(requireId(reference.id, 'id')),
      account: (opportunity) => ({ id: opportunity.accountId }),
      stage: async (opportunity, _args, { loaders }) => {
        const stage = await loaders.stageById.load(opportunity.stageId);
        if (stage === null) {
          throw new Error(
            `Stage ${opportunity.stageId} of opportunity ${opportunity.id} is missing`,
          );
        }

        return stage;
      },
    },
  };
}
