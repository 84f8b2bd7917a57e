import { EntitySchema } from 'typeorm';
import { CampaignEntity } from './campaign.entity';
import { LeadEntity } from './lead.entity';

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
    id: {
      type: 'uuid',
      primary: true,
      generated: 'uuid',
      primaryKeyConstraintName: 'campaign_member_pkey',
    },
    campaignId: {
      name: 'campaign_id',
      type: 'uuid',
      foreignKey: { target: CampaignEntity, name: 'campaign_member_campaign_id_fkey' },
    },
    leadId: {
      name: 'lead_id',
      type: 'uuid',
      nullable: true,
      foreignKey: { target: LeadEntity, name: 'campaign_member_lead_id_fkey' },
    },
    contactId: { name: 'contact_id', type: 'uuid', nullable: true },
    status: { type: 'text' },
    hasResponded: { name: 'has_responded', type: 'boolean', default: false },
    firstRespondedAt: { name: 'first_responded_at', type: 'timestamptz', nullable: true },
    createdAt: { name: 'created_at', type: 'timestamptz', createDate: true },
    updatedAt: { name: 'updated_at', type: 'timestamptz', updateDate: true },
  },
  // Checks the migrations left unnamed carry the names PostgreSQL gave them.
  checks: [
    {
      name: 'campaign_member_status_check',
      expression:
        "status IN ('SENT', 'OPENED', 'CLICKED', 'RESPONDED', 'REGISTERED', 'ATTENDED', " +
        "'CONVERTED')",
    },
    { name: 'campaign_member_check', expression: '(lead_id IS NULL) <> (contact_id IS NULL)' },
    {
      name: 'campaign_member_check1',
      expression: 'has_responded = (first_responded_at IS NOT NULL)',
    },
  ],
  indices: [
    {
      name: 'campaign_member_lead_key',
      columns: ['campaignId', 'leadId'],
      unique: true,
      where: 'lead_id IS NOT NULL',
    },
    {
      name: 'campaign_member_contact_key',
      columns: ['campaignId', 'contactId'],
      unique: true,
      where: 'contact_id IS NOT NULL',
    },
    { name: 'campaign_member_page_idx', columns: ['campaignId', 'createdAt', 'id'] },
    { name: 'campaign_member_lead_idx', columns: ['leadId'] },
  ],
});
