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
    priority: { type: 'text', primary: true },
    firstResponseSeconds: { name: 'first_response_seconds', type: 'integer' },
    resolutionSeconds: { name: 'resolution_seconds', type: 'integer' },
    warningSeconds: { name: 'warning_seconds', type: 'integer' },
    updatedAt: { name: 'updated_at', type: 'timestamptz', updateDate: true },
  },
});
