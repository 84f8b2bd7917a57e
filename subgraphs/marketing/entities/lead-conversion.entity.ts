import { EntitySchema } from 'typeorm';
import type { UserError } from '../../../platform/errors/domain-errors';
import type { Identity } from '../../../platform/identity/identity';

export type LeadConversionStatus = 'PENDING' | 'COMPLETE' | 'FAILED';

/** What Accounts is asked for: the input of `registerLeadConversion` without its conversion id. */
export interface AccountsRequest {
  accountId: string | null;
  account: {
    name: string;
    industry: string | null;
    employeeCount: number | null;
    ownerId: string | null;
  } | null;
  contact: {
    firstName: string;
    lastName: string;
    email: string;
    phone: string | null;
    title: string | null;
  };
}

/** What Sales is asked for: the input of `createOpportunity` without account and key. */
export interface SalesRequest {
  name: string;
  amount: string;
  closeDate: string;
  campaignId: string | null;
  leadId: string;
  ownerId: string | null;
}

/**
 * Everything a conversion sends to the other subgraphs, fixed when it is recorded, so that a
 * conversion resumed after a crash asks for exactly what the first attempt asked for.
 */
export interface ConversionRequest {
  accounts: AccountsRequest;
  /** Null when no opportunity is wanted. */
  sales: SalesRequest | null;
}

export interface LeadConversion {
  /** Chosen by Marketing before any step; the idempotency key of every step. */
  id: string;
  leadId: string;
  status: LeadConversionStatus;
  request: ConversionRequest;
  /** The caller, whose scopes every step runs with, even when it is resumed later. */
  identity: Identity;
  accountId: string | null;
  contactId: string | null;
  opportunityId: string | null;
  /** Why Accounts or Sales refused it, when FAILED. */
  failure: UserError[] | null;
  createdAt: Date;
  updatedAt: Date;
  completedAt: Date | null;
}

export const LeadConversionEntity = new EntitySchema<LeadConversion>({
  name: 'LeadConversion',
  tableName: 'lead_conversion',
  columns: {
    id: { type: 'uuid', primary: true },
    leadId: { name: 'lead_id', type: 'uuid' },
    status: { type: 'text' },
    request: { type: 'jsonb' },
    identity: { type: 'jsonb' },
    accountId: { name: 'account_id', type: 'uuid', nullable: true },
    contactId: { name: 'contact_id', type: 'uuid', nullable: true },
    opportunityId: { name: 'opportunity_id', type: 'uuid', nullable: true },
    failure: { type: 'jsonb', nullable: true },
    createdAt: { name: 'created_at', type: 'timestamptz', createDate: true },
    updatedAt: { name: 'updated_at', type: 'timestamptz', updateDate: true },
    completedAt: { name: 'completed_at', type: 'timestamptz', nullable: true },
  },
});
