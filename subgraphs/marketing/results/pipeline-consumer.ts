import type { DataSource } from 'typeorm';
import { EventConsumer } from '../../../platform/events/event-consumer';
import { signForwardedIdentity } from '../../../platform/identity/forwarded-identity';
import type { Identity } from '../../../platform/identity/identity';
import { IDENTITY_CONNECTION_PARAM } from '../../../platform/graphql/subgraph-websocket';
import type { Logger } from '../../../platform/logging/logger';
import { applyOpportunityChange, type OpportunityChange } from './pipeline-projection';

const PIPELINE_CHANGED = `subscription ($after: ID) {
  pipelineChanged(after: $after) {
    eventId
    opportunity { id amount isWon isClosed campaignId }
  }
}`;

/** Marketing reads Sales' events as a service of its own, allowed to read sales and no more. */
const MARKETING_SERVICE: Identity = {
  subject: 'marketing',
  scopes: ['sales:read'],
  partnerId: null,
  expiresAt: null,
};

export interface PipelineConsumerOptions {
  salesUrl: string;
  dataSource: DataSource;
  identitySecret: string;
  logger: Logger;
}

/**
 * Follows Sales' `pipelineChanged` events into the campaign opportunity projection. Without a
 * stored position it starts from the oldest event Sales still keeps, so opportunities created
 * before Marketing first started are counted too.
 */
export function createPipelineConsumer(
  options: PipelineConsumerOptions,
): EventConsumer<OpportunityChange> {
  return new EventConsumer<OpportunityChange>({
    name: 'sales-pipeline',
    url: options.salesUrl,
    query: PIPELINE_CHANGED,
    initialAfter: '0',
    connectionParams: async () => ({
      [IDENTITY_CONNECTION_PARAM]: await signForwardedIdentity(
        MARKETING_SERVICE,
        options.identitySecret,
      ),
    }),
    dataSource: options.dataSource,
    positionTable: 'marketing.event_consumer_position',
    readEvent: (data) => {
      const change = data.pipelineChanged as OpportunityChange | undefined;

      return change ? { id: change.eventId, event: change } : null;
    },
    apply: (manager, change) => applyOpportunityChange(manager, change),
    logger: options.logger.child({ component: 'pipeline-consumer' }),
  });
}
