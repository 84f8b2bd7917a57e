import { listAssignmentRules, listAssignmentTeams } from '../assignment/assignment-queries';
import {
  createAssignmentRule,
  deleteAssignmentRule,
  updateAssignmentRule,
} from '../assignment/assignment-rule-service';
import { createAssignmentTeam, updateAssignmentTeam } from '../assignment/team-service';
import type { Resolvers } from '../generated/resolvers-types';

export const assignmentResolvers: Resolvers = {
  Query: {
    assignmentTeams: (_parent, args, { dataSource }) => listAssignmentTeams(dataSource, args),
    assignmentRules: (_parent, args, { dataSource }) => listAssignmentRules(dataSource, args),
  },
  Mutation: {
    createAssignmentTeam: (_parent, { input }, { dataSource }) =>
      dataSource.transaction((manager) => createAssignmentTeam(manager, input)),
    updateAssignmentTeam: (_parent, { input }, { dataSource }) =>
      dataSource.transaction((manager) => updateAssignmentTeam(manager, input)),
    createAssignmentRule: (_parent, { input }, { dataSource }) =>
      dataSource.transaction((manager) => createAssignmentRule(manager, input)),
    updateAssignmentRule: (_parent, { input }, { dataSource }) =>
      dataSource.transaction((manager) => updateAssignmentRule(manager, input)),
    deleteAssignmentRule: (_parent, { input }, { dataSource }) =>
      dataSource.transaction((manager) => deleteAssignmentRule(manager, input)),
  },
  AssignmentRule: {
    team: async (rule, _args, { loaders }) => (await loaders.teamById.load(rule.teamId))!,
  },
};
