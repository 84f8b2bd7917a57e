import { EntitySchema } from 'typeorm';

export type AccountTier = 'STRATEGIC' | 'ENTERPRISE' | 'MID_MARKET' | 'SMALL_BUSINESS';

export interface Account {
  id: string;
  name: string;
  industry: string | null;
  website: string | null;
  /** Exact decimal as PostgreSQL prints it. */
  annualRevenue: string | null;
  employeeCount: number | null;
  tier: AccountTier;
  ownerId: string | null;
  parentId: string | null;
  createdAt: Date;
  updatedAt: Date;
}

export const AccountEntity = new EntitySchema<Account>({
  name: 'Account',
  tableName: 'account',
  columns: {
    id: {
      type: 'uuid',
      primary: true,
      generated: 'uuid',
      primaryKeyConstraintName: 'account_pkey',
    },
    name: { type: 'text' },
    industry: { type: 'text', nullable: true },
    website: { type: 'text', nullable: true },
    annualRevenue: {
      name: 'annual_revenue',
      type: 'numeric',
      precision: 20,
      scale: 2,
      nullable: true,
    },
    employeeCount: { name: 'employee_count', type: 'integer', nullable: true },
    tier: { type: 'text' },
    ownerId: { name: 'owner_id', type: 'text', nullable: true },
    parentId: {
      name: 'parent_id',
      type: 'uuid',
      nullable: true,
      foreignKey: { target: 'Account', name: 'account_parent_id_fkey' },
    },
    createdAt: { name: 'created_at', type: 'timestamptz', createDate: true },
    updatedAt: { name: 'updated_at', type: 'timestamptz', updateDate: true },
  },
  // Checks the migrations left unnamed carry the names PostgreSQL gave them.
  checks: [
    { name: 'account_annual_revenue_check', expression: 'annual_revenue >= 0' },
    { name: 'account_employee_count_check', expression: 'employee_count >= 0' },
    {
      name: 'account_tier_check',
      expression: "tier IN ('STRATEGIC', 'ENTERPRISE', 'MID_MARKET', 'SMALL_BUSINESS')",
    },
    { name: 'account_check', expression: 'parent_id <> id' },
  ],
  indices: [
    { name: 'account_name_idx', columns: ['name', 'id'] },
    { name: 'account_created_at_idx', columns: ['createdAt', 'id'] },
    { name: 'account_parent_idx', columns: ['parentId', 'name', 'id'] },
    { name: 'account_parent_created_at_idx', columns: ['parentId', 'createdAt', 'id'] },
    { name: 'account_owner_idx', columns: ['ownerId'] },
  ],
});
