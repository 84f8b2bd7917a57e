import { EntitySchema } from 'typeorm';

export type CampaignMemberStatus =
  'SENT' | 'OPENED' | 'CLICKED' | 'RESPONDED' | 'REGISTERED' | 'ATTENDED' | 'CONVERTED';

/** The statuses that count as a response. */
export const RESPONDED_STATUSES: readonly CampaignMemberStatus[] = [
  'RESPONDED',
  'REGISTERED',
  'ATTENDED',
  'CONVERTED',
];

export interface CampaignMember {
  id: string;
  campaignId: string;
  /** Exactly one of `leadId` and `contactId` is set. */
  leadId: string | null;
  contactId: string | null;
  status: CampaignMemberStatus;
  /** Set when the member first reaches a responded status; it never goes back. */
  hasResponded: boolean;
  firstRespondedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
}

export const CampaignMemberEntity = new EntitySchema<CampaignMember>({
  name: 'CampaignMember',
  tableName: 'campaign_member',
  columns: {
    id: { type: 'uuid', primary: true, generated: 'uuid' },
    campaignId: { name: 'campaign_id', type: 'uuid' },
    leadId: { name: 'lead_id', type: 'uuid', nullable: true },
    contactId: { name: 'contact_id', type: 'uuid', nullable: true },
    status: { type: 'text' },
    hasResponded: { name: 'has_responded', type: 'boolean', default: false },
    firstRespondedAt: { name: 'first_responded_at', type: 'timestamptz', nullable: true },
    createdAt: { name: 'created_at', type: 'timestamptz', createDate: true },
    updatedAt: { name: 'updated_at', type: 'timestamptz', updateDate: true },
  },
});
