import type { UserError } from '../../platform/errors/domain-errors';
import type { Connection } from '../../platform/graphql/connection';
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
