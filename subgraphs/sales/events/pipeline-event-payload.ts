import type { ForecastCategory } from '../entities/stage.entity';
import type { OpportunityType } from '../entities/opportunity.entity';
import type { PipelineChangeKind } from '../generated/resolvers-types';

/** Outbox topic of opportunity changes, in the `sales` outbox. */
export const PIPELINE_TOPIC = 'pipeline';

/**
 * An opportunity as JSON, complete enough for a consumer in another subgraph to act on without
 * asking Sales for anything: every column, plus the name of its stage.
 */
export interface OpportunitySnapshot {
  id: string;
  name: string;
  accountId: string;
  /** Exact decimal as PostgreSQL prints it, such as "1250.50". */
  amount: string;
  /** ISO 4217 code. */
  currency: string;
  stageId: string;
  stageName: string;
  /** Percent, 0 to 100. */
  probability: number;
  forecastCategory: ForecastCategory;
  /** `YYYY-MM-DD`. */
  closeDate: string;
  type: OpportunityType;
  ownerId: string;
  isClosed: boolean;
  isWon: boolean;
  campaignId: string | null;
  leadId: string | null;
  /** ISO 8601 instants in UTC. */
  createdAt: string;
  updatedAt: string;
  closedAt: string | null;
}

/** The payload of every `pipeline` event: one committed change of one opportunity. */
export interface PipelineEventPayload {
  kind: PipelineChangeKind;
  /** The row right after the change. */
  opportunity: OpportunitySnapshot;
  /**
   * The row right before the change; null when the change created the opportunity. With it, the
   * pipeline as of any earlier event can be rebuilt from the current rows. Events stored before
   * the field existed lack it; `loadPipelineAsOfEvent` then takes the opportunity as it is now.
   */
  previous: OpportunitySnapshot | null;
  /** Present when the change moved the opportunity to another stage. */
  previousStageName?: string;
  /** Present when the change altered the amount. */
  previousAmount?: string;
  /** Present when the change gave the opportunity to another owner. */
  previousOwnerId?: string;
}
