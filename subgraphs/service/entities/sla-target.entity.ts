import { EntitySchema } from 'typeorm';
import { SupportCaseEntity } from './support-case.entity';

export type SlaTargetKind = 'FIRST_RESPONSE' | 'RESOLUTION';

/**
 * One deadline of a case. Its clock starts when the case is opened, or, for a resolution
 * target, when the case is reopened; `dueAt` and `warnAt` follow from the policy of the case's
 * priority. The SLA monitor stamps `warnedAt` and `breachedAt`; the case's moves stamp `metAt`.
 */
export interface SlaTargetRecord {
  id: string;
  caseId: string;
  kind: SlaTargetKind;
  startedAt: Date;
  dueAt: Date;
  warnAt: Date;
  metAt: Date | null;
  warnedAt: Date | null;
  breachedAt: Date | null;
  createdAt: Date;
}

export const SlaTargetEntity = new EntitySchema<SlaTargetRecord>({
  name: 'SlaTarget',
  tableName: 'sla_target',
  columns: {
    id: {
      type: 'uuid',
      primary: true,
      generated: 'uuid',
      primaryKeyConstraintName: 'sla_target_pkey',
    },
    caseId: {
      name: 'case_id',
      type: 'uuid',
      foreignKey: {
        target: SupportCaseEntity,
        name: 'sla_target_case_id_fkey',
        onDelete: 'CASCADE',
      },
    },
    kind: { name: 'target', type: 'text' },
    startedAt: { name: 'started_at', type: 'timestamptz' },
    dueAt: { name: 'due_at', type: 'timestamptz' },
    warnAt: { name: 'warn_at', type: 'timestamptz' },
    metAt: { name: 'met_at', type: 'timestamptz', nullable: true },
    warnedAt: { name: 'warned_at', type: 'timestamptz', nullable: true },
    breachedAt: { name: 'breached_at', type: 'timestamptz', nullable: true },
    createdAt: { name: 'created_at', type: 'timestamptz', createDate: true },
  },
  checks: [
    { name: 'sla_target_target_check', expression: "target IN ('FIRST_RESPONSE', 'RESOLUTION')" },
    { name: 'sla_target_times_check', expression: 'started_at <= warn_at AND warn_at <= due_at' },
  ],
  indices: [
    { name: 'sla_target_case_idx', columns: ['caseId', 'createdAt'] },
    {
      name: 'sla_target_running_idx',
      columns: ['caseId', 'kind'],
      unique: true,
      where: 'met_at IS NULL',
    },
    {
      name: 'sla_target_warning_due_idx',
      columns: ['warnAt'],
      where: 'met_at IS NULL AND warned_at IS NULL AND breached_at IS NULL',
    },
    {
      name: 'sla_target_breach_due_idx',
      columns: ['dueAt'],
      where: 'met_at IS NULL AND breached_at IS NULL',
    },
    {
      name: 'sla_target_met_late_idx',
      columns: ['dueAt'],
      where: 'breached_at IS NULL AND met_at > due_at',
    },
  ],
});
