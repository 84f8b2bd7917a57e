import { EntitySchema } from 'typeorm';

export type LeadSource =
  'WEB_FORM' | 'IMPORT' | 'REFERRAL' | 'PARTNER' | 'EVENT' | 'CAMPAIGN' | 'OTHER';

export type LeadStatus =
  'OPEN' | 'WORKING' | 'NURTURING' | 'QUALIFIED' | 'UNQUALIFIED' | 'CONVERTED';

export type LeadRating = 'HOT' | 'WARM' | 'COLD';

export interface Lead {
  id: string;
  firstName: string;
  lastName: string;
  /** Lower-cased and trimmed; no two leads share one. */
  email: string;
  company: string | null;
  title: string | null;
  phone: string | null;
  industry: string | null;
  /** ISO 3166 alpha-2, upper-case. */
  country: string | null;
  source: LeadSource;
  status: LeadStatus;
  rating: LeadRating | null;
  /** 0 to 100. */
  score: number;
  campaignId: string | null;
  ownerId: string | null;
  createdAt: Date;
  updatedAt: Date;
}

export const LeadEntity = new EntitySchema<Lead>({
  name: 'Lead',
  tableName: 'lead',
  columns: {
    id: { type: 'uuid', primary: true, generated: 'uuid' },
    firstName: { name: 'first_name', type: 'text' },
    lastName: { name: 'last_name', type: 'text' },
    email: { type: 'text' },
    company: { type: 'text', nullable: true },
    title: { type: 'text', nullable: true },
    phone: { type: 'text', nullable: true },
    industry: { type: 'text', nullable: true },
    country: { type: 'text', nullable: true },
    source: { type: 'text' },
    status: { type: 'text' },
    rating: { type: 'text', nullable: true },
    score: { type: 'integer', default: 0 },
    campaignId: { name: 'campaign_id', type: 'uuid', nullable: true },
    ownerId: { name: 'owner_id', type: 'text', nullable: true },
    createdAt: { name: 'created_at', type: 'timestamptz', createDate: true },
    updatedAt: { name: 'updated_at', type: 'timestamptz', updateDate: true },
  },
});
