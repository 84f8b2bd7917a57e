import type { DataSource, EntityManager } from 'typeorm';
import { EventConsumer } from '../../../platform/events/event-consumer';
import { signForwardedIdentity } from '../../../platform/identity/forwarded-identity';
import type { Identity } from '../../../platform/identity/identity';
import type { Domain } from '../../../platform/identity/scopes';
import { scopeFor } from '../../../platform/identity/scopes';
import { IDENTITY_CONNECTION_PARAM } from '../../../platform/graphql/subgraph-websocket';
import type { Logger } from '../../../platform/logging/logger';
import { callSubgraph, type RemoteSubgraph } from '../../../platform/federation/subgraph-client';

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
  /** How to rebuild the projection from the subgraph's records when the events are gone. */
  records: SubgraphRecords<TEvent>;
}

/**
 * The subgraph's current records, read a page at a time through one of its list fields, as
 * events of the position the stream stood at: applying them brings the projection up to that
 * position, and whatever the projection holds from before it is then stale.
 */
export interface SubgraphRecords<TEvent> {
  /** A connection query taking `$first: Int` and `$after: String`. */
  query: string;
  /** The connection's root field. */
  field: string;
  /** The event a record stands for, at `position`. */
  toEvent: (record: never, position: string) => TEvent;
  /** Removes what the projection holds from before `position` (records no longer there). */
  discardBefore: (manager: EntityManager, position: string) => Promise<void>;
}

interface RecordPage {
  edges: { node: unknown }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

const RECORD_PAGE_SIZE = 100;

/**
 * Follows another subgraph's event subscription into a projection Marketing owns. Marketing
 * connects as a service of its own, allowed to read that one domain and no more. Without a
 * stored position it starts from the oldest event the other subgraph still keeps, so records
 * created before Marketing first started are known too; when the events it needs are gone (a
 * long outage, or a first start on an older system) it rebuilds the projection from the other
 * subgraph's records and follows the events from there.
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
    resync: (position) => rebuildFromRecords(stream, connection, service, position),
    logger: connection.logger.child({ component: stream.name }),
  });
}

async function rebuildFromRecords<TEvent extends { eventId: string }>(
  stream: SubgraphEventStream<TEvent>,
  connection: FollowerConnection,
  service: Identity,
  position: string,
): Promise<void> {
  const { records } = stream;
  const subgraph: RemoteSubgraph = {
    name: stream.domain === 'sales' ? 'Sales' : 'Accounts',
    url: connection.url,
  };
  let after: string | null = null;
  for (;;) {
    const data: Record<string, RecordPage> = await callSubgraph(
      subgraph,
      records.query,
      { first: RECORD_PAGE_SIZE, after },
      service,
      connection.identitySecret,
    );
    const page = data[records.field];
    await connection.dataSource.transaction(async (manager) => {
      for (const { node } of page.edges) {
        await stream.apply(manager, records.toEvent(node as never, position));
      }
    });
    if (!page.pageInfo.hasNextPage) {
      break;
    }
    after = page.pageInfo.endCursor;
  }
  await connection.dataSource.transaction((manager) => records.discardBefore(manager, position));
}
