import { EntitySchema } from 'typeorm';

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
    id: { type: 'uuid', primary: true, generated: 'uuid' },
    caseId: { name: 'case_id', type: 'uuid' },
    kind: { name: 'target', type: 'text' },
    startedAt: { name: 'started_at', type: 'timestamptz' },
    dueAt: { name: 'due_at', type: 'timestamptz' },
    warnAt: { name: 'warn_at', type: 'timestamptz' },
    metAt: { name: 'met_at', type: 'timestamptz', nullable: true },
    warnedAt: { name: 'warned_at', type: 'timestamptz', nullable: true },
    breachedAt: { name: 'breached_at', type: 'timestamptz', nullable: true },
    createdAt: { name: 'created_at', type: 'timestamptz', createDate: true },
  },
});
