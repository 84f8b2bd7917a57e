import { EntitySchema } from 'typeorm';

export type LeadSource =
  'WEB_FORM' | 'IMPORT' | 'REFERRAL' | 'PARTNER' | 'EVENT' | 'CAMPAIGN' | 'OTHER';

export type LeadStatus =
  'OPEN' | 'WORKING' | 'NURTURING' | 'QUALIFIED' | 'UNQUALIFIED' | 'CONVERTED';

export type LeadRating = 'HOT' | 'WARM' | 'COLD';

export type LeadAuthority = 'DECISION_MAKER' | 'INFLUENCER' | 'EVALUATOR' | 'NO_AUTHORITY';

export type LeadTimeline = 'IMMEDIATE' | 'WITHIN_QUARTER' | 'WITHIN_YEAR' | 'LATER';

export interface Lead {
  id: string;
  firstName: string;
  lastName: string;
  /** Lower-cased and trimmed; only a lead flagged as a duplicate shares one with another. */
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
  employeeCount: number | null;
  /** 0 to 100, as of `scoredAt`. */
  score: number;
  scoredAt: Date | null;
  campaignId: string | null;
  ownerId: string | null;
  /** The lead that had this email first, when this one was captured under the FLAG rule. */
  duplicateOf: string | null;
  /** The contact in Accounts that had this email when the lead was captured and not refused. */
  existingContactId: string | null;
  /** Exact decimal as PostgreSQL prints it. */
  bantBudget: string | null;
  bantAuthority: LeadAuthority | null;
  bantNeed: string | null;
  bantTimeline: LeadTimeline | null;
  qualifiedAt: Date | null;
  disqualificationReason: string | null;
  convertedAt: Date | null;
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
    employeeCount: { name: 'employee_count', type: 'integer', nullable: true },
    score: { type: 'integer', default: 0 },
    scoredAt: { name: 'scored_at', type: 'timestamptz', nullable: true },
    campaignId: { name: 'campaign_id', type: 'uuid', nullable: true },
    ownerId: { name: 'owner_id', type: 'text', nullable: true },
    duplicateOf: { name: 'duplicate_of', type: 'uuid', nullable: true },
    existingContactId: { name: 'existing_contact_id', type: 'uuid', nullable: true },
    bantBudget: { name: 'bant_budget', type: 'numeric', precision: 20, scale: 2, nullable: true },
    bantAuthority: { name: 'bant_authority', type: 'text', nullable: true },
    bantNeed: { name: 'bant_need', type: 'text', nullable: true },
    bantTimeline: { name: 'bant_timeline', type: 'text', nullable: true },
    qualifiedAt: { name: 'qualified_at', type: 'timestamptz', nullable: true },
    disqualificationReason: { name: 'disqualification_reason', type: 'text', nullable: true },
    convertedAt: { name: 'converted_at', type: 'timestamptz', nullable: true },
    createdAt: { name: 'created_at', type: 'timestamptz', createDate: true },
    updatedAt: { name: 'updated_at', type: 'timestamptz', updateDate: true },
  },
});
