import { EntitySchema } from 'typeorm';
import type { LeadActivityKind } from './lead-activity.entity';

export type ScoringRuleKind = 'FIT' | 'ENGAGEMENT';

export type FitField = 'INDUSTRY' | 'EMPLOYEE_COUNT' | 'TITLE' | 'COUNTRY';

export interface ScoringRule {
  id: string;
  name: string;
  kind: ScoringRuleKind;
  /** FIT rules only. */
  field: FitField | null;
  /** FIT rules on INDUSTRY, TITLE and COUNTRY. */
  value: string | null;
  /** FIT rules on EMPLOYEE_COUNT; at least one bound is set. */
  minEmployees: number | null;
  maxEmployees: number | null;
  /** ENGAGEMENT rules only. */
  activityKind: LeadActivityKind | null;
  points: number;
  /** ENGAGEMENT rules only. */
  halfLifeDays: number | null;
  createdAt: Date;
  updatedAt: Date;
}

export const ScoringRuleEntity = new EntitySchema<ScoringRule>({
  name: 'ScoringRule',
  tableName: 'scoring_rule',
  columns: {
    id: {
      type: 'uuid',
      primary: true,
      generated: 'uuid',
      primaryKeyConstraintName: 'scoring_rule_pkey',
    },
    name: { type: 'text' },
    kind: { type: 'text' },
    field: { type: 'text', nullable: true },
    value: { type: 'text', nullable: true },
    minEmployees: { name: 'min_employees', type: 'integer', nullable: true },
    maxEmployees: { name: 'max_employees', type: 'integer', nullable: true },
    activityKind: { name: 'activity_kind', type: 'text', nullable: true },
    points: { type: 'integer' },
    halfLifeDays: { name: 'half_life_days', type: 'integer', nullable: true },
    createdAt: { name: 'created_at', type: 'timestamptz', createDate: true },
    updatedAt: { name: 'updated_at', type: 'timestamptz', updateDate: true },
  },
  // Checks the migrations left unnamed carry the names PostgreSQL gave them.
  checks: [
    { name: 'scoring_rule_kind_check', expression: "kind IN ('FIT', 'ENGAGEMENT')" },
    {
      name: 'scoring_rule_field_check',
      expression: "field IN ('INDUSTRY', 'EMPLOYEE_COUNT', 'TITLE', 'COUNTRY')",
    },
    { name: 'scoring_rule_min_employees_check', expression: 'min_employees >= 0' },
    { name: 'scoring_rule_max_employees_check', expression: 'max_employees >= 0' },
    {
      name: 'scoring_rule_activity_kind_check',
      expression:
        "activity_kind IN ('RESPONDED', 'WEB_VISIT', 'EMAIL_OPENED', 'FORM_SUBMITTED', 'EVENT_ATTENDED')",
    },
    { name: 'scoring_rule_points_check', expression: 'points BETWEEN -100 AND 100' },
    { name: 'scoring_rule_half_life_days_check', expression: 'half_life_days BETWEEN 1 AND 3650' },
    { name: 'scoring_rule_check', expression: "(kind = 'FIT') = (field IS NOT NULL)" },
    {
      name: 'scoring_rule_check1',
      expression: "(kind = 'ENGAGEMENT') = (activity_kind IS NOT NULL)",
    },
    {
      name: 'scoring_rule_check2',
      expression: "(kind = 'ENGAGEMENT') = (half_life_days IS NOT NULL)",
    },
    { name: 'scoring_rule_check3', expression: "kind = 'FIT' OR points >= 0" },
    {
      name: 'scoring_rule_check4',
      expression:
        "field <> 'EMPLOYEE_COUNT' OR min_employees IS NOT NULL OR max_employees IS NOT NULL",
    },
    {
      name: 'scoring_rule_check5',
      expression: "field NOT IN ('INDUSTRY', 'TITLE', 'COUNTRY') OR value IS NOT NULL",
    },
    { name: 'scoring_rule_check6', expression: 'max_employees >= min_employees' },
  ],
  indices: [{ name: 'scoring_rule_created_at_idx', columns: ['createdAt', 'id'] }],
});
