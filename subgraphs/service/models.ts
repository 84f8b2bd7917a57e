import type { UserError } from '../../platform/errors/domain-errors';
import type { Connection } from '../../platform/graphql/connection';
import type { SupportCase } from './entities/support-case.entity';

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
