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
  records: {
    query: `query ($first: Int, $after: String) {
      opportunities(first: $first, after: $after) {
        edges { node { id amount isWon isClosed campaignId } }
        pageInfo { hasNextPage endCursor }
      }
    }`,
    field: 'opportunities',
    toEvent: (opportunity: OpportunityChange['opportunity'], position) => ({
      eventId: position,
      opportunity,
    }),
    discardBefore: async (manager, position) => {
      await manager.query('DELETE FROM marketing.campaign_opportunity WHERE last_event_id < $1', [
        position,
      ]);
    },
  },
};
