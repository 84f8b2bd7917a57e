import type { UserError } from '../../platform/errors/domain-errors';
import type { Connection } from '../../platform/graphql/connection';
import type { PipelineChangeKind } from './generated/resolvers-types';
import type { Opportunity } from './entities/opportunity.entity';
import type { Stage } from './entities/stage.entity';

/** The values resolvers hand to GraphQL for each type of the Sales schema. */
export type { Opportunity, Stage };
/** An account of the Accounts subgraph, known here by its id only. */
export interface Account {
  id: string;
}
export type OpportunityConnection = Connection<Opportunity>;
export type OpportunityEdge = OpportunityConnection['edges'][number];
export interface OpportunityPayload {
  opportunity: Opportunity | null;
  userErrors: UserError[];
}
export interface PipelineStage {
  stage: Stage;
  count: number;
  /** Exact decimal as PostgreSQL prints it. */
  amount: string;
  weightedAmount: string;
}
export interface Pipeline {
  stages: PipelineStage[];
  count: number;
  amount: string;
  weightedAmount: string;
}
/** One delivered `pipeline` outbox event, for one subscriber. */
export interface PipelineEvent {
  eventId: string;
  kind: PipelineChangeKind;
  occurredAt: Date;
  /** Built from the event's snapshot: the opportunity as of the event. */
  opportunity: Opportunity;
  previousStageName: string | null;
  previousAmount: string | null;
  previousOwnerId: string | null;
  /** The subscriber's filter, which its pipeline summary is computed for. */
  scope: { ownerId: string | null; accountId: string | null };
}
