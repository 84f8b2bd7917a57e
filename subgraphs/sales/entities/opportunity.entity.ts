import { EntitySchema } from 'typeorm';
import type { ForecastCategory } from './stage.entity';

export type OpportunityType = 'NEW_BUSINESS' | 'UPSELL' | 'CROSS_SELL' | 'RENEWAL';

export interface Opportunity {
  id: string;
  name: string;
  /** An account of the Accounts subgraph, which Sales cannot check. */
  accountId: string;
  /** Exact decimal as PostgreSQL prints it. */
  amount: string;
  /** ISO 4217 code. */
  currency: string;
  stageId: string;
  /** Percent, 0 to 100. */
  probability: number;
  forecastCategory: ForecastCategory;
  /** `YYYY-MM-DD`. */
  closeDate: string;
  type: OpportunityType;
  ownerId: string;
  /** Copied from the stage whenever the stage changes. */
  isClosed: boolean;
  isWon: boolean;
  campaignId: string | null;
  leadId: string | null;
  createdAt: Date;
  updatedAt: Date;
  /** Set on entering a closed stage, cleared on reopening. */
  closedAt: Date | null;
  /** The client's key of the creating request; written once, never read back by default. */
  idempotencyKey?: string | null;
}

export const OpportunityEntity = new EntitySchema<Opportunity>({
  name: 'Opportunity',
  tableName: 'opportunity',
  columns: {
    id: { type: 'uuid', primary: true, generated: 'uuid' },
    name: { type: 'text' },
    accountId: { name: 'account_id', type: 'uuid' },
    amount: { type: 'numeric', precision: 20, scale: 2, default: 0 },
    currency: { type: 'text', default: 'USD' },
    stageId: { name: 'stage_id', type: 'uuid' },
    probability: { type: 'integer' },
    forecastCategory: { name: 'forecast_category', type: 'text' },
    closeDate: { name: 'close_date', type: 'date' },
    type: { type: 'text', default: 'NEW_BUSINESS' },
    ownerId: { name: 'owner_id', type: 'text' },
    isClosed: { name: 'is_closed', type: 'boolean', default: false },
    isWon: { name: 'is_won', type: 'boolean', default: false },
    campaignId: { name: 'campaign_id', type: 'uuid', nullable: true },
    leadId: { name: 'lead_id', type: 'uuid', nullable: true },
    createdAt: { name: 'created_at', type: 'timestamptz', createDate: true },
    updatedAt: { name: 'updated_at', type: 'timestamptz', updateDate: true },
    closedAt: { name: 'closed_at', type: 'timestamptz', nullable: true },
    idempotencyKey: { name: 'idempotency_key', type: 'text', nullable: true, select: false },
  },
});
