import { EntitySchema } from 'typeorm';
import type { CasePriority } from './support-case.entity';

/** How long cases of one priority may wait for a first response and for resolution. */
export interface SlaPolicyRecord {
  priority: CasePriority;
  firstResponseSeconds: number;
  resolutionSeconds: number;
  /** How long before each due time the warning fires; shorter than both targets. */
  warningSeconds: number;
  updatedAt: Date;
}

export const SlaPolicyEntity = new EntitySchema<SlaPolicyRecord>({
  name: 'SlaPolicy',
  tableName: 'sla_policy',
  columns: {
    priority: { type: 'text', primary: true, primaryKeyConstraintName: 'sla_policy_pkey' },
    firstResponseSeconds: { name: 'first_response_seconds', type: 'integer' },
    resolutionSeconds: { name: 'resolution_seconds', type: 'integer' },
    warningSeconds: { name: 'warning_seconds', type: 'integer' },
    updatedAt: { name: 'updated_at', type: 'timestamptz', updateDate: true },
  },
  checks: [
    {
      name: 'sla_policy_priority_check',
      expression: "priority IN ('LOW', 'MEDIUM', 'HIGH', 'URGENT')",
    },
    { name: 'sla_policy_first_response_seconds_check', expression: 'first_response_seconds > 0' },
    { name: 'sla_policy_resolution_seconds_check', expression: 'resolution_seconds > 0' },
    { name: 'sla_policy_warning_seconds_check', expression: 'warning_seconds > 0' },
    {
      name: 'sla_policy_warning_check',
      expression:
        'warning_seconds < first_response_seconds AND warning_seconds < resolution_seconds',
    },
  ],
});
