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
    id: { type: 'uuid', primary: true, generated: 'uuid' },
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
});
