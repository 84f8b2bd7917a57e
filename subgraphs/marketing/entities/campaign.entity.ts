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
    id: { type: 'uuid', primary: true, generated: 'uuid' },
    name: { type: 'text' },
    channel: { type: 'text' },
    status: { type: 'text' },
    budget: { type: 'numeric', precision: 20, scale: 2, nullable: true },
    actualCost: { name: 'actual_cost', type: 'numeric', precision: 20, scale: 2, nullable: true },
    startDate: { name: 'start_date', type: 'date', nullable: true },
    endDate: { name: 'end_date', type: 'date', nullable: true },
    parentId: { name: 'parent_id', type: 'uuid', nullable: true },
    ownerId: { name: 'owner_id', type: 'text', nullable: true },
    createdAt: { name: 'created_at', type: 'timestamptz', createDate: true },
    updatedAt: { name: 'updated_at', type: 'timestamptz', updateDate: true },
  },
});
