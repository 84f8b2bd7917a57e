import { EntitySchema } from 'typeorm';

export type CampaignChannel =
  | 'EMAIL'
  | 'WEB'
  | 'EVENT'
  | 'WEBINAR'
  | 'SOCIAL'
  | 'PAID_SEARCH'
  | 'REFERRAL'
  | 'PARTNER'
  | 'DIRECT_MAIL'
  | 'OTHER';

export type CampaignStatus = 'PLANNED' | 'ACTIVE' | 'COMPLETED' | 'ABORTED';

export interface Campaign {
  id: string;
  name: string;
  channel: CampaignChannel;
  status: CampaignStatus;
  /** Exact decimal as PostgreSQL prints it. */
  budget: string | null;
  /** Exact decimal as PostgreSQL prints it. */
  actualCost: string | null;
  /** `YYYY-MM-DD`. */
  startDate: string | null;
  /** `YYYY-MM-DD`, never before `startDate`. */
  endDate: string | null;
  parentId: string | null;
  ownerId: string | null;
  createdAt: Date;
  updatedAt: Date;
}

export const CampaignEntity = new EntitySchema<Campaign>({
  name: 'Campaign',
  tableName: 'campaign',
  columns: {
    id: {
      type: 'uuid',
      primary: true,
      generated: 'uuid',
      primaryKeyConstraintName: 'campaign_pkey',
    },
    name: { type: 'text' },
    channel: { type: 'text' },
    status: { type: 'text' },
    budget: { type: 'numeric', precision: 20, scale: 2, nullable: true },
    actualCost: { name: 'actual_cost', type: 'numeric', precision: 20, scale: 2, nullable: true },
    startDate: { name: 'start_date', type: 'date', nullable: true },
    endDate: { name: 'end_date', type: 'date', nullable: true },
    parentId: {
      name: 'parent_id',
      type: 'uuid',
      nullable: true,
      foreignKey: { target: 'Campaign', name: 'campaign_parent_id_fkey' },
    },
    ownerId: { name: 'owner_id', type: 'text', nullable: true },
    createdAt: { name: 'created_at', type: 'timestamptz', createDate: true },
    updatedAt: { name: 'updated_at', type: 'timestamptz', updateDate: true },
  },
  // Checks the migrations left unnamed carry the names PostgreSQL gave them.
  checks: [
    {
      name: 'campaign_channel_check',
      expression:
        "channel IN ('EMAIL', 'WEB', 'EVENT', 'WEBINAR', 'SOCIAL', 'PAID_SEARCH', 'REFERRAL', " +
        "'PARTNER', 'DIRECT_MAIL', 'OTHER')",
    },
    {
      name: 'campaign_status_check',
      expression: "status IN ('PLANNED', 'ACTIVE', 'COMPLETED', 'ABORTED')",
    },
    { name: 'campaign_budget_check', expression: 'budget >= 0' },
    { name: 'campaign_actual_cost_check', expression: 'actual_cost >= 0' },
    { name: 'campaign_check', expression: 'end_date >= start_date' },
    { name: 'campaign_check1', expression: 'parent_id <> id' },
  ],
  indices: [
    { name: 'campaign_name_idx', columns: ['name', 'id'] },
    { name: 'campaign_created_at_idx', columns: ['createdAt', 'id'] },
    { name: 'campaign_parent_idx', columns: ['parentId'] },
  ],
});
