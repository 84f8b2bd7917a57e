import type { DataSource, EntityManager } from 'typeorm';
import { EventConsumer } from '../../../platform/events/event-consumer';
import { signForwardedIdentity } from '../../../platform/identity/forwarded-identity';
import type { Identity } from '../../../platform/identity/identity';
import type { Domain } from '../../../platform/identity/scopes';
import { scopeFor } from '../../../platform/identity/scopes';
import { IDENTITY_CONNECTION_PARAM } from '../../../platform/graphql/subgraph-websocket';
import type { Logger } from '../../../platform/logging/logger';

export interface FollowerConnection {
  /** HTTP URL of the subgraph whose events are followed. */
  url: string;
  dataSource: DataSource;
  identitySecret: string;
  logger: Logger;
}

export interface SubgraphEventStream<TEvent extends { eventId: string }> {
  /** Names the consumer, and its stored position. */
  name: string;
  /** The subgraph publishing the events; Marketing reads them with its read scope only. */
  domain: Domain;
  /** The subscription field, which takes `after: ID` like every subscription of the graph. */
  field: string;
  /** The operation; it must select `eventId` and take `$after: ID`. */
  query: string;
  apply: (manager: EntityManager, event: TEvent) => Promise<void>;
}

/**
 * Follows another subgraph's event subscription into a projection Marketing owns. Marketing
 * connects as a service of its own, allowed to read that one domain and no more. Without a
 * stored position it starts from the oldest event the other subgraph still keeps, so records
 * created before Marketing first started are known too.
 */
export function followSubgraphEvents<TEvent extends { eventId: string }>(
  stream: SubgraphEventStream<TEvent>,
  connection: FollowerConnection,
): EventConsumer<TEvent> {
  const service: Identity = {
    subject: 'marketing',
    scopes: [scopeFor(stream.domain, 'read')],
    partnerId: null,
    expiresAt: null,
  };

  return new EventConsumer<TEvent>({
    name: stream.name,
    url: connection.url,
    query: stream.query,
    initialAfter: '0',
    connectionParams: async () => ({
      [IDENTITY_CONNECTION_PARAM]: await signForwardedIdentity(service, connection.identitySecret),
    }),
    dataSource: connection.dataSource,
    positionTable: 'marketing.event_consumer_position',
    readEvent: (data) => {
      const event = data[stream.field] as TEvent | undefined;

      return event ? { id: event.eventId, event } : null;
    },
    apply: (manager, event) => stream.apply(manager, event),
    logger: connection.logger.child({ component: stream.name }),
  });
}
