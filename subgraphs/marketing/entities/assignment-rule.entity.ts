import { EntitySchema } from 'typeorm';

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
    id: { type: 'uuid', primary: true, generated: 'uuid' },
    priority: { type: 'integer' },
    country: { type: 'text', nullable: true },
    industry: { type: 'text', nullable: true },
    teamId: { name: 'team_id', type: 'uuid' },
    createdAt: { name: 'created_at', type: 'timestamptz', createDate: true },
    updatedAt: { name: 'updated_at', type: 'timestamptz', updateDate: true },
  },
});
