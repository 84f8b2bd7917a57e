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
    id: {
      type: 'uuid',
      primary: true,
      generated: 'uuid',
      primaryKeyConstraintName: 'support_case_pkey',
    },
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
      // As the migrations recorded it in typeorm_metadata, which TypeORM compares it with.
      asExpression:
        "CASE priority WHEN 'LOW' THEN 1 WHEN 'MEDIUM' THEN 2 WHEN 'HIGH' THEN 3 WHEN 'URGENT' THEN 4 END",
    },
    origin: { type: 'text' },
    accountId: { name: 'account_id', type: 'uuid', nullable: true },
    contactId: { name: 'contact_id', type: 'uuid', nullable: true },
    ownerId: { name: 'owner_id', type: 'text' },
    openedAt: { name: 'opened_at', type: 'timestamptz', default: () => 'now()' },
    firstRespondedAt: { name: 'first_responded_at', type: 'timestamptz', nullable: true },
    resolvedAt: { name: 'resolved_at', type: 'timestamptz', nullable: true },
    closedAt: { name: 'closed_at', type: 'timestamptz', nullable: true },
    createdAt: { name: 'created_at', type: 'timestamptz', createDate: true },
    updatedAt: { name: 'updated_at', type: 'timestamptz', updateDate: true },
  },
  uniques: [{ name: 'support_case_case_number_key', columns: ['caseNumber'] }],
  checks: [
    { name: 'support_case_subject_check', expression: 'char_length(subject) BETWEEN 1 AND 255' },
    { name: 'support_case_description_check', expression: 'char_length(description) <= 10000' },
    {
      name: 'support_case_status_check',
      expression: "status IN ('NEW', 'WORKING', 'ESCALATED', 'ON_HOLD', 'RESOLVED', 'CLOSED')",
    },
    {
      name: 'support_case_priority_check',
      expression: "priority IN ('LOW', 'MEDIUM', 'HIGH', 'URGENT')",
    },
    {
      name: 'support_case_origin_check',
      expression: "origin IN ('EMAIL', 'PHONE', 'WEB', 'CHAT', 'PORTAL')",
    },
    {
      name: 'support_case_responded_check',
      expression: "status = 'NEW' OR first_responded_at IS NOT NULL",
    },
    {
      name: 'support_case_resolved_check',
      expression: "status <> 'RESOLVED' OR resolved_at IS NOT NULL",
    },
    {
      name: 'support_case_open_check',
      expression: "status NOT IN ('NEW', 'WORKING', 'ESCALATED', 'ON_HOLD') OR resolved_at IS NULL",
    },
    {
      name: 'support_case_closed_check',
      expression: "(status = 'CLOSED') = (closed_at IS NOT NULL)",
    },
  ],
  indices: [
    { name: 'support_case_opened_at_idx', columns: ['openedAt', 'id'] },
    { name: 'support_case_priority_idx', columns: ['priorityRank', 'id'] },
    { name: 'support_case_created_at_idx', columns: ['createdAt', 'id'] },
    { name: 'support_case_account_idx', columns: ['accountId', 'openedAt', 'id'] },
    {
      name: 'support_case_account_open_idx',
      columns: ['accountId', 'openedAt', 'id'],
      where: "status IN ('NEW', 'WORKING', 'ESCALATED', 'ON_HOLD')",
    },
    { name: 'support_case_account_priority_idx', columns: ['accountId', 'priorityRank', 'id'] },
    { name: 'support_case_account_created_at_idx', columns: ['accountId', 'createdAt', 'id'] },
    { name: 'support_case_contact_idx', columns: ['contactId'] },
    { name: 'support_case_owner_idx', columns: ['ownerId'] },
    { name: 'support_case_status_idx', columns: ['status'] },
  ],
});
