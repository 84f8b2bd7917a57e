import { EntitySchema } from 'typeorm';
import { LeadEntity } from './lead.entity';

export type LeadActivityKind =
  'RESPONDED' | 'WEB_VISIT' | 'EMAIL_OPENED' | 'FORM_SUBMITTED' | 'EVENT_ATTENDED';

export interface LeadActivity {
  id: string;
  leadId: string;
  kind: LeadActivityKind;
  occurredAt: Date;
  recordedAt: Date;
}

export const LeadActivityEntity = new EntitySchema<LeadActivity>({
  name: 'LeadActivity',
  tableName: 'lead_activity',
  columns: {
    id: {
      type: 'uuid',
      primary: true,
      generated: 'uuid',
      primaryKeyConstraintName: 'lead_activity_pkey',
    },
    leadId: {
      name: 'lead_id',
      type: 'uuid',
      foreignKey: { target: LeadEntity, name: 'lead_activity_lead_id_fkey' },
    },
    kind: { type: 'text' },
    occurredAt: { name: 'occurred_at', type: 'timestamptz' },
    recordedAt: { name: 'recorded_at', type: 'timestamptz', createDate: true },
  },
  checks: [
    {
      name: 'lead_activity_kind_check',
      expression:
        "kind IN ('RESPONDED', 'WEB_VISIT', 'EMAIL_OPENED', 'FORM_SUBMITTED', 'EVENT_ATTENDED')",
    },
  ],
  indices: [{ name: 'lead_activity_lead_idx', columns: ['leadId', 'kind'] }],
});
