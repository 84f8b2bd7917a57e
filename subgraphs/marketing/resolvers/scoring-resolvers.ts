import { loadConnection } from '../../../platform/graphql/connection';
import { ScoringRuleEntity } from '../entities/scoring-rule.entity';
import type { Resolvers } from '../generated/resolvers-types';
import {
  createScoringRule,
  deleteScoringRule,
  updateScoringRule,
} from '../scoring/scoring-rule-service';

export const scoringResolvers: Resolvers = {
  Query: {
    scoringRules: (_parent, args, { dataSource }) =>
      loadConnection(
        dataSource.getRepository(ScoringRuleEntity).createQueryBuilder('rule'),
        {
          property: 'createdAt',
          column: 'rule.created_at',
          idColumn: 'rule.id',
          direction: 'ASC',
          kind: 'timestamp',
        },
        args,
      ),
  },
  Mutation: {
    createScoringRule: (_parent, { input }, { dataSource }) =>
      dataSource.transaction((manager) => createScoringRule(manager, input)),
    updateScoringRule: (_parent, { input }, { dataSource }) =>
      dataSource.transaction((manager) => updateScoringRule(manager, input)),
    deleteScoringRule: (_parent, { input }, { dataSource }) =>
      dataSource.transaction((manager) => deleteScoringRule(manager, input)),
  },
};
