import { EntitySchema } from 'typeorm';
import type { UserError } from '../../../platform/errors/domain-errors';
import type { Identity } from '../../../platform/identity/identity';
import { LeadEntity } from './lead.entity';

export type LeadConversionStatus = 'PENDING' | 'COMPLETE' | 'FAILED';

/** Why a conversion is FAILED: Accounts or Sales refused it, or could not be reached in time. */
export type LeadConversionFailureReason = 'REFUSED' | 'UNAVAILABLE';

/** What Accounts is asked for: the input of `registerLeadConversion` without its conversion id. */
export interface AccountsRequest {
  /**
   * The lead's earlier FAILED conversions, newest first, whose contact Accounts takes over
   * rather than registering another. Absent from conversions recorded before takeovers existed.
   */
  supersedes?: string[];
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

/** What Sales is asked for: the input of `createOpportunity` without the account. */
export interface SalesRequest {
  /**
   * The same for every conversion of the lead (`lead-conversion:<lead id>`), so an opportunity
   * created by an attempt that then gave up is found again, never created twice. Absent from
   * conversions recorded before it was introduced, which used their conversion id.
   */
  idempotencyKey?: string;
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
  /** Why Accounts or Sales refused it, when FAILED with the reason REFUSED. */
  failure: UserError[] | null;
  failureReason: LeadConversionFailureReason | null;
  /** Attempts to carry out its steps so far, each counted as it starts. */
  attempts: number;
  /** While PENDING after an attempt that could not reach Accounts or Sales: when to try again. */
  nextAttemptAt: Date | null;
  /** Why the last attempt did not finish, in words a client may see; null once COMPLETE. */
  lastError: string | null;
  createdAt: Date;
  updatedAt: Date;
  completedAt: Date | null;
}

export const LeadConversionEntity = new EntitySchema<LeadConversion>({
  name: 'LeadConversion',
  tableName: 'lead_conversion',
  columns: {
    id: { type: 'uuid', primary: true, primaryKeyConstraintName: 'lead_conversion_pkey' },
    leadId: {
      name: 'lead_id',
      type: 'uuid',
      foreignKey: { target: LeadEntity, name: 'lead_conversion_lead_id_fkey' },
    },
    status: { type: 'text' },
    request: { type: 'jsonb' },
    identity: { type: 'jsonb' },
    accountId: { name: 'account_id', type: 'uuid', nullable: true },
    contactId: { name: 'contact_id', type: 'uuid', nullable: true },
    opportunityId: { name: 'opportunity_id', type: 'uuid', nullable: true },
    failure: { type: 'jsonb', nullable: true },
    failureReason: { name: 'failure_reason', type: 'text', nullable: true },
    attempts: { type: 'integer', default: 0 },
    nextAttemptAt: { name: 'next_attempt_at', type: 'timestamptz', nullable: true },
    lastError: { name: 'last_error', type: 'text', nullable: true },
    createdAt: { name: 'created_at', type: 'timestamptz', createDate: true },
    updatedAt: { name: 'updated_at', type: 'timestamptz', updateDate: true },
    completedAt: { name: 'completed_at', type: 'timestamptz', nullable: true },
  },
  // Checks the migrations left unnamed carry the names PostgreSQL gave them.
  checks: [
    {
      name: 'lead_conversion_status_check',
      expression: "status IN ('PENDING', 'COMPLETE', 'FAILED')",
    },
    {
      name: 'lead_conversion_check',
      expression: "(status = 'COMPLETE') = (completed_at IS NOT NULL)",
    },
    { name: 'lead_conversion_attempts_check', expression: 'attempts >= 0' },
    {
      name: 'lead_conversion_failure_reason_check',
      expression: "failure_reason IN ('REFUSED', 'UNAVAILABLE')",
    },
    {
      name: 'lead_conversion_failed_reason_check',
      expression: "(status = 'FAILED') = (failure_reason IS NOT NULL)",
    },
  ],
  indices: [
    // A lead has at most one conversion under way or done; failed ones are kept as history.
    {
      name: 'lead_conversion_lead_key',
      columns: ['leadId'],
      unique: true,
      where: "status <> 'FAILED'",
    },
    {
      name: 'lead_conversion_account_idx',
      columns: ['accountId', 'completedAt', 'id'],
      where: "status = 'COMPLETE'",
    },
    {
      name: 'lead_conversion_pending_idx',
      columns: ['updatedAt'],
      where: "status = 'PENDING'",
    },
  ],
});
