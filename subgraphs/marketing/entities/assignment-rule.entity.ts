import { EntitySchema } from 'typeorm';
import { AssignmentTeamEntity } from './assignment-team.entity';

export interface AssignmentRule {
  id: string;
  /** Lower is tried first. */
  priority: number;
  /** ISO 3166 alpha-2, upper-case; null matches any country. */
  country: string | null;
  /** Compared in any letter case; null matches any industry. */
  industry: string | null;
  teamId: string;
  createdAt: Date;
  updatedAt: Date;
}

export const AssignmentRuleEntity = new EntitySchema<AssignmentRule>({
  name: 'AssignmentRule',
  tableName: 'assignment_rule',
  columns: {
    id: {
      type: 'uuid',
      primary: true,
      generated: 'uuid',
      primaryKeyConstraintName: 'assignment_rule_pkey',
    },
    priority: { type: 'integer' },
    country: { type: 'text', nullable: true },
    industry: { type: 'text', nullable: true },
    teamId: {
      name: 'team_id',
      type: 'uuid',
      foreignKey: { target: AssignmentTeamEntity, name: 'assignment_rule_team_id_fkey' },
    },
    createdAt: { name: 'created_at', type: 'timestamptz', createDate: true },
    updatedAt: { name: 'updated_at', type: 'timestamptz', updateDate: true },
  },
  uniques: [{ name: 'assignment_rule_priority_key', columns: ['priority'] }],
  checks: [
    { name: 'assignment_rule_priority_check', expression: 'priority BETWEEN 0 AND 1000000' },
    { name: 'assignment_rule_country_check', expression: "country ~ '^[A-Z]{2}$'" },
  ],
});
