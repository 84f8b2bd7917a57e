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
    id: { type: 'uuid', primary: true, generated: 'uuid' },
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
    parentId: { name: 'parent_id', type: 'uuid', nullable: true },
    createdAt: { name: 'created_at', type: 'timestamptz', createDate: true },
    updatedAt: { name: 'updated_at', type: 'timestamptz', updateDate: true },
  },
});
