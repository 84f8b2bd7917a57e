import { EntitySchema } from 'typeorm';
import { StageEntity, type ForecastCategory } from './stage.entity';

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
    id: {
      type: 'uuid',
      primary: true,
      generated: 'uuid',
      primaryKeyConstraintName: 'opportunity_pkey',
    },
    name: { type: 'text' },
    accountId: { name: 'account_id', type: 'uuid' },
    amount: { type: 'numeric', precision: 20, scale: 2, default: 0 },
    currency: { type: 'text', default: 'USD' },
    stageId: {
      name: 'stage_id',
      type: 'uuid',
      foreignKey: { target: StageEntity, name: 'opportunity_stage_id_fkey' },
    },
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
  uniques: [{ name: 'opportunity_idempotency_key_key', columns: ['idempotencyKey'] }],
  // Checks the migrations left unnamed carry the names PostgreSQL gave them.
  checks: [
    { name: 'opportunity_name_check', expression: "name <> ''" },
    { name: 'opportunity_amount_check', expression: 'amount >= 0' },
    { name: 'opportunity_currency_check', expression: "currency ~ '^[A-Z]{3}$'" },
    { name: 'opportunity_probability_check', expression: 'probability BETWEEN 0 AND 100' },
    {
      name: 'opportunity_forecast_category_check',
      expression: "forecast_category IN ('PIPELINE', 'BEST_CASE', 'COMMIT', 'CLOSED', 'OMITTED')",
    },
    {
      name: 'opportunity_type_check',
      expression: "type IN ('NEW_BUSINESS', 'UPSELL', 'CROSS_SELL', 'RENEWAL')",
    },
    { name: 'opportunity_check', expression: 'is_closed OR NOT is_won' },
    { name: 'opportunity_check1', expression: '(closed_at IS NOT NULL) = is_closed' },
    {
      name: 'opportunity_idempotency_key_check',
      expression: 'char_length(idempotency_key) BETWEEN 1 AND 200',
    },
  ],
  indices: [
    { name: 'opportunity_account_idx', columns: ['accountId', 'closeDate', 'id'] },
    { name: 'opportunity_account_amount_idx', columns: ['accountId', 'amount', 'id'] },
    { name: 'opportunity_account_created_at_idx', columns: ['accountId', 'createdAt', 'id'] },
    { name: 'opportunity_account_name_idx', columns: ['accountId', 'name', 'id'] },
    { name: 'opportunity_owner_idx', columns: ['ownerId'] },
    { name: 'opportunity_stage_idx', columns: ['stageId'] },
    { name: 'opportunity_campaign_idx', columns: ['campaignId'] },
    { name: 'opportunity_close_date_idx', columns: ['closeDate', 'id'] },
    { name: 'opportunity_amount_idx', columns: ['amount', 'id'] },
    { name: 'opportunity_created_at_idx', columns: ['createdAt', 'id'] },
    { name: 'opportunity_name_idx', columns: ['name', 'id'] },
  ],
});
