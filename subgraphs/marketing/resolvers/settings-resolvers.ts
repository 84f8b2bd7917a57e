import { readDuplicateRule, writeDuplicateRule } from '../duplicates/duplicate-rule';
import type { Resolvers } from '../generated/resolvers-types';

export const settingsResolvers: Resolvers = {
  Query: {
    duplicateRule: (_parent, _args, { dataSource }) => readDuplicateRule(dataSource.manager),
  },
  Mutation: {
    setDuplicateRule: async (_parent, { input }, { dataSource }) => ({
      rule: await writeDuplicateRule(dataSource.manager, input.rule),
      userErrors: [],
    }),
  },
};
