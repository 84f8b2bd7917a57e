import type { Resolvers } from '../generated/resolvers-types';
import { listSlaPolicies, parseSlaPolicyInput, updateSlaPolicy } from '../sla/sla-policies';
import { slaTargetStatus } from '../sla/sla-target-status';

/** SLA policies, and the SLA targets of a case. */
export const slaResolvers: Resolvers = {
  Query: {
    slaPolicies: (_parent, _args, { dataSource }) => listSlaPolicies(dataSource),
  },
  Mutation: {
    updateSlaPolicy: (_parent, { input }, { dataSource }) => {
      const policy = parseSlaPolicyInput(input);

      return dataSource.transaction((manager) => updateSlaPolicy(manager, policy));
    },
  },
  Case: {
    slaTargets: (supportCase, _args, { loaders }) =>
      loaders.slaTargetsByCaseId.load(supportCase.id),
  },
  SlaTarget: {
    status: (target) => slaTargetStatus(target, target.observedAt),
  },
};
