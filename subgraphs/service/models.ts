import type { UserError } from '../../platform/errors/domain-errors';
import type { Connection } from '../../platform/graphql/connection';
import type { SlaPolicyRecord } from './entities/sla-policy.entity';
import type { SlaTargetRecord } from './entities/sla-target.entity';
import type { SupportCase } from './entities/support-case.entity';
import type { SlaOutboxEvent } from './sla/sla-event';

/** The values resolvers hand to GraphQL for each type of the Service schema. */
export type Case = SupportCase;
export type CaseConnection = Connection<SupportCase>;
export type CaseEdge = CaseConnection['edges'][number];
export interface CasePayload {
  case: SupportCase | null;
  userErrors: UserError[];
}
/** An account owned by the Accounts subgraph; this subgraph knows only its id. */
export interface Account {
  id: string;
}
/** A contact owned by the Accounts subgraph; this subgraph knows only its id. */
export interface Contact {
  id: string;
}
/** An SLA target with the database clock at the moment it was read; its status is judged then. */
export interface SlaTarget extends SlaTargetRecord {
  observedAt: Date;
}
export type SlaPolicy = SlaPolicyRecord;
export interface SlaPolicyPayload {
  policy: SlaPolicyRecord | null;
  userErrors: UserError[];
}
/** An SLA event as the outbox delivers it. */
export type SlaEvent = SlaOutboxEvent;
