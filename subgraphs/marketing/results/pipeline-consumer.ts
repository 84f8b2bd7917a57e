import type { SubgraphEventStream } from '../events/subgraph-event-follower';
import { applyOpportunityChange, type OpportunityChange } from './pipeline-projection';

/** Sales' `pipelineChanged` events, followed into the campaign opportunity projection. */
export const PIPELINE_EVENTS: SubgraphEventStream<OpportunityChange> = {
  name: 'sales-pipeline',
  domain: 'sales',
  field: 'pipelineChanged',
  query: `subscription ($after: ID) {
    pipelineChanged(after: $after) {
      eventId
      opportunity { id amount isWon isClosed campaignId }
    }
  }`,
  apply: applyOpportunityChange,
};
