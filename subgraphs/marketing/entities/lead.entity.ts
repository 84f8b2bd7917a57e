import { EntitySchema } from 'typeorm';
import { CampaignEntity } from './campaign.entity';

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
    id: { type: 'uuid', primary: true, generated: 'uuid', primaryKeyConstraintName: 'lead_pkey' },
    firstName: { name: 'first_name', type: 'text' },
    lastName: { name: 'last_name', type: 'text' },
    email: { type: 'text' },
    company: { type: 'text', nullable: true },
    title: { type: 'text', nullable: true },
    phone: { type: 'text', nullable: true },
    industry: { type: 'text', nullable: true },
    country: { type: 'text', nullable: true },
    source: { type: 'text' },
    status: { type: 'text', default: 'OPEN' },
    rating: { type: 'text', nullable: true },
    employeeCount: { name: 'employee_count', type: 'integer', nullable: true },
    score: { type: 'integer', default: 0 },
    scoredAt: { name: 'scored_at', type: 'timestamptz', nullable: true },
    campaignId: {
      name: 'campaign_id',
      type: 'uuid',
      nullable: true,
      foreignKey: { target: CampaignEntity, name: 'lead_campaign_id_fkey' },
    },
    ownerId: { name: 'owner_id', type: 'text', nullable: true },
    duplicateOf: {
      name: 'duplicate_of',
      type: 'uuid',
      nullable: true,
      foreignKey: { target: 'Lead', name: 'lead_duplicate_of_fkey' },
    },
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
  checks: [
    { name: 'lead_email_check', expression: 'email = lower(email)' },
    { name: 'lead_country_check', expression: "country ~ '^[A-Z]{2}$'" },
    {
      name: 'lead_source_check',
      expression:
        "source IN ('WEB_FORM', 'IMPORT', 'REFERRAL', 'PARTNER', 'EVENT', 'CAMPAIGN', 'OTHER')",
    },
    {
      name: 'lead_status_check',
      expression:
        "status IN ('OPEN', 'WORKING', 'NURTURING', 'QUALIFIED', 'UNQUALIFIED', 'CONVERTED')",
    },
    { name: 'lead_rating_check', expression: "rating IN ('HOT', 'WARM', 'COLD')" },
    { name: 'lead_score_check', expression: 'score BETWEEN 0 AND 100' },
    { name: 'lead_employee_count_check', expression: 'employee_count BETWEEN 0 AND 10000000' },
    { name: 'lead_bant_budget_check', expression: 'bant_budget >= 0' },
    {
      name: 'lead_bant_authority_check',
      expression: "bant_authority IN ('DECISION_MAKER', 'INFLUENCER', 'EVALUATOR', 'NO_AUTHORITY')",
    },
    {
      name: 'lead_bant_timeline_check',
      expression: "bant_timeline IN ('IMMEDIATE', 'WITHIN_QUARTER', 'WITHIN_YEAR', 'LATER')",
    },
    { name: 'lead_not_own_duplicate', expression: 'duplicate_of <> id' },
  ],
  indices: [
    // Two leads share an email only when one is flagged as the other's duplicate.
    { name: 'lead_email_key', columns: ['email'], unique: true, where: 'duplicate_of IS NULL' },
    { name: 'lead_email_idx', columns: ['email'] },
    { name: 'lead_campaign_idx', columns: ['campaignId'] },
    { name: 'lead_owner_idx', columns: ['ownerId'] },
    { name: 'lead_status_idx', columns: ['status'] },
    { name: 'lead_created_at_idx', columns: ['createdAt', 'id'] },
    { name: 'lead_last_name_idx', columns: ['lastName', 'id'] },
    // On (score::numeric, id), as the score sort compares. TypeORM cannot declare an index on an
    // expression, so schema synchronisation is told to leave this one to its migration.
    { name: 'lead_score_idx', columns: ['score', 'id'], synchronize: false },
    {
      name: 'lead_duplicate_of_idx',
      columns: ['duplicateOf'],
      where: 'duplicate_of IS NOT NULL',
    },
    {
      name: 'lead_existing_contact_idx',
      columns: ['existingContactId'],
      where: 'existing_contact_id IS NOT NULL',
    },
  ],
});
