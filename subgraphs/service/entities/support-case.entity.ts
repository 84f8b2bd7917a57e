import { EntitySchema } from 'typeorm';

export type CaseStatus = 'NEW' | 'WORKING' | 'ESCALATED' | 'ON_HOLD' | 'RESOLVED' | 'CLOSED';
export type CasePriority = 'LOW' | 'MEDIUM' | 'HIGH' | 'URGENT';
export type CaseOrigin = 'EMAIL' | 'PHONE' | 'WEB' | 'CHAT' | 'PORTAL';

/** A support case; the table is `support_case` because CASE is an SQL keyword. */
export interface SupportCase {
  id: string;
  /** `CS-` and at least six digits, drawn from a sequence by the database. */
  caseNumber: string;
  subject: string;
  description: string | null;
  status: CaseStatus;
  priority: CasePriority;
  /** 1 (LOW) to 4 (URGENT), computed by the database; the sort key of the PRIORITY order. */
  priorityRank: string;
  origin: CaseOrigin;
  /** An account of the Accounts subgraph; Accounts confirms it when a case is given it. */
  accountId: string | null;
  /**
   * A contact of the Accounts subgraph; Accounts confirms it, and that it is a contact of the
   * case's account, when a case is given it or another account.
   */
  contactId: string | null;
  ownerId: string;
  openedAt: Date;
  firstRespondedAt: Date | null;
  resolvedAt: Date | null;
  closedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
}

export const SupportCaseEntity = new EntitySchema<SupportCase>({
  name: 'SupportCase',
  tableName: 'support_case',
  columns: {
    id: { type: 'uuid', primary: true, generated: 'uuid' },
    caseNumber: {
      name: 'case_number',
      type: 'text',
      default: () => 'service.next_case_number()',
      update: false,
    },
    subject: { type: 'text' },
    description: { type: 'text', nullable: true },
    status: { type: 'text' },
    priority: { type: 'text' },
    priorityRank: {
      name: 'priority_rank',
      type: 'numeric',
      precision: 1,
      scale: 0,
      insert: false,
      update: false,
      generatedType: 'STORED',
      asExpression:
        "CASE priority WHEN 'LOW' THEN 1 WHEN 'MEDIUM' THEN 2 WHEN 'HIGH' THEN 3 WHEN 'URGENT' THEN 4 END",
    },
    origin: { type: 'text' },
    accountId: { name: 'account_id', type: 'uuid', nullable: true },
    contactId: { name: 'contact_id', type: 'uuid', nullable: true },
    ownerId: { name: 'owner_id', type: 'text' },
    openedAt: { name: 'opened_at', type: 'timestamptz' },
    firstRespondedAt: { name: 'first_responded_at', type: 'timestamptz', nullable: true },
    resolvedAt: { name: 'resolved_at', type: 'timestamptz', nullable: true },
    closedAt: { name: 'closed_at', type: 'timestamptz', nullable: true },
    createdAt: { name: 'created_at', type: 'timestamptz', createDate: true },
    updatedAt: { name: 'updated_at', type: 'timestamptz', updateDate: true },
  },
});
