import type { DataSource } from 'typeorm';
import { loadConnection, type PageArgs } from '../../../platform/graphql/connection';
import { AssignmentRuleEntity } from '../entities/assignment-rule.entity';
import { AssignmentTeamEntity } from '../entities/assignment-team.entity';
import type { AssignmentRuleConnection, AssignmentTeamConnection } from '../models';

/** Teams by name, a page at a time. */
export function listAssignmentTeams(
  dataSource: DataSource,
  args: PageArgs,
): Promise<AssignmentTeamConnection> {
  return loadConnection(
    dataSource.getRepository(AssignmentTeamEntity).createQueryBuilder('team'),
    { property: 'name', column: 'team.name', idColumn: 'team.id', direction: 'ASC', kind: 'text' },
    args,
  );
}

/** Rules in the order they are tried: by priority, which no two rules share. */
export function listAssignmentRules(
  dataSource: DataSource,
  args: PageArgs,
): Promise<AssignmentRuleConnection> {
  return loadConnection(
    dataSource.getRepository(AssignmentRuleEntity).createQueryBuilder('rule'),
    {
      property: 'priority',
      column: 'rule.priority::numeric',
      idColumn: 'rule.id',
      direction: 'ASC',
      kind: 'decimal',
    },
    args,
  );
}
