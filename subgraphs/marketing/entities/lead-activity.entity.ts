import { EntitySchema } from 'typeorm';

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
    id: { type: 'uuid', primary: true, generated: 'uuid' },
    leadId: { name: 'lead_id', type: 'uuid' },
    kind: { type: 'text' },
    occurredAt: { name: 'occurred_at', type: 'timestamptz' },
    recordedAt: { name: 'recorded_at', type: 'timestamptz', createDate: true },
  },
});
