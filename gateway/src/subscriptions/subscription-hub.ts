import { createHash, randomUUID } from 'node:crypto';
import type { ServiceMap } from '@apollo/gateway';
import { print, type ExecutionResult, type GraphQLFormattedError } from 'graphql';
import { ErrorCode } from '../../../platform/errors/error-codes';
import { AsyncQueue } from '../../../platform/events/async-queue';
import { signForwardedIdentity } from '../../../platform/identity/forwarded-identity';
import type { Identity } from '../../../platform/identity/identity';
import type { Logger } from '../../../platform/logging/logger';
import type { GatewayContext } from '../gateway-context';
import { enrichEvent, type EnrichmentSchemas } from './event-enricher';
import { EVENT_ID_ALIAS } from './resumable-operation';
import type { PlannedSubscription } from './subscription-planner';
import { UpstreamSubscription } from './upstream-subscription';

export interface SubscriptionHubOptions {
  schemas: EnrichmentSchemas;
  /** Data sources of the subgraphs, for the fetches that enrich each event. */
  services: ServiceMap;
  subgraphUrls: Record<string, string>;
  identitySecret: string;
  logger: Logger;
}

interface Group {
  planned: PlannedSubscription;
  identity: Identity;
  upstream: UpstreamSubscription;
  subscribers: Set<AsyncQueue<ExecutionResult>>;
  /** Events are enriched one after another so that subscribers see them in order. */
  delivery: Promise<void>;
}

/**
 * Shares upstream subscriptions: clients whose operation, variables and access (scopes and
 * partner) are the same, and who give no resume point, are fed by one subscription to the
 * subgraph, and each event is enriched once for all of them. The upstream subscription closes
 * with its last client.
 */
export class SubscriptionHub {
  private readonly groups = new Map<string, Group>();

  constructor(private readonly options: SubscriptionHubOptions) {}

  /** Upstream subscriptions currently open from this gateway. */
  get upstreamCount(): number {
    return this.groups.size;
  }

  /** Client subscriptions currently served by this gateway. */
  get subscriberCount(): number {
    let count = 0;
    for (const group of this.groups.values()) {
      count += group.subscribers.size;
    }

    return count;
  }

  subscribe(planned: PlannedSubscription, identity: Identity): AsyncQueue<ExecutionResult> {
    // A shared subscription has moved past any resume point by now, so a client resuming from
    // one gets a subscription of its own, which replays from exactly there.
    const key =
      planned.upstream.initialAfter === null ? sharingKey(planned, identity) : randomUUID();
    const group = this.groups.get(key) ?? this.openGroup(key, planned, identity);
    const queue: AsyncQueue<ExecutionResult> = new AsyncQueue(() => {
      group.subscribers.delete(queue);
      if (group.subscribers.size === 0 && this.groups.get(key) === group) {
        this.groups.delete(key);
        group.upstream.close();
      }
    });
    group.subscribers.add(queue);

    return queue;
  }

  close(): void {
    for (const group of this.groups.values()) {
      group.upstream.close();
      group.subscribers.forEach((subscriber) => subscriber.end());
    }
    this.groups.clear();
  }

  private openGroup(key: string, planned: PlannedSubscription, identity: Identity): Group {
    const { primary } = planned;
    const sharedIdentity: Identity = { ...identity, expiresAt: null };
    const group: Group = {
      planned,
      identity: sharedIdentity,
      subscribers: new Set(),
      delivery: Promise.resolve(),
      upstream: new UpstreamSubscription({
        subgraphUrl: this.options.subgraphUrls[primary.serviceName],
        operation: planned.upstream,
        variables: planned.upstream.variables,
        identity: sharedIdentity,
        identitySecret: this.options.identitySecret,
        logger: this.options.logger,
        onEvent: (event) => this.deliver(group, event),
        onEventErrors: (errors) => this.broadcast(group, { errors }),
        onRefused: (errors) => this.refuse(key, group, errors),
      }),
    };
    this.groups.set(key, group);
    group.upstream.start();

    return group;
  }

  private deliver(group: Group, event: Record<string, unknown>): void {
    group.delivery = group.delivery.then(async () => {
      const requestId = randomUUID();
      const context: GatewayContext = {
        identity: group.identity,
        requestId,
        logger: this.options.logger.child({ requestId }),
        forwardedIdentity: signForwardedIdentity(group.identity, this.options.identitySecret),
      };
      const result = await enrichEvent(
        group.planned,
        event,
        this.options.services,
        context,
        this.options.schemas,
        this.options.logger,
      ).catch((error: unknown): ExecutionResult => {
        const eventId = eventIdOf(group.planned, event);
        this.options.logger.error('event enrichment failed', { error, eventId });
        // The event id lets a client resume after the event it could not be sent.
        const failure: GraphQLFormattedError = {
          message: 'Internal server error',
          extensions: { code: ErrorCode.Internal, eventId },
        };

        return { errors: [failure] } as unknown as ExecutionResult;
      });
      group.subscribers.forEach((subscriber) => subscriber.push(result));
    });
  }

  private broadcast(group: Group, result: { errors: readonly GraphQLFormattedError[] }): void {
    group.delivery = group.delivery.then(() => {
      group.subscribers.forEach((subscriber) =>
        subscriber.push(result as unknown as ExecutionResult),
      );
    });
  }

  private refuse(key: string, group: Group, errors: readonly GraphQLFormattedError[]): void {
    if (this.groups.get(key) === group) {
      this.groups.delete(key);
    }
    group.delivery = group.delivery.then(() => {
      for (const subscriber of group.subscribers) {
        subscriber.push({ errors } as unknown as ExecutionResult);
        subscriber.end();
      }
    });
  }
}

function sharingKey(planned: PlannedSubscription, identity: Identity): string {
  const access = [[...identity.scopes].sort(), identity.partnerId];

  return createHash('sha256')
    .update(
      stableJson([
        print(planned.document),
        planned.operationName ?? null,
        planned.variables,
        access,
      ]),
    )
    .digest('hex');
}

function stableJson(value: unknown): string {
  if (Array.isArray(value)) {
    return `[${value.map(stableJson).join(',')}]`;
  }
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) =>
      a < b ? -1 : 1,
    );

    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${stableJson(item)}`).join(',')}}`;
  }

  return JSON.stringify(value) ?? 'null';
}

function eventIdOf(planned: PlannedSubscription, event: Record<string, unknown>): string | null {
  const root = event[planned.upstream.responseKey] as Record<string, unknown> | undefined;
  const id = root?.[EVENT_ID_ALIAS];

  return typeof id === 'string' ? id : null;
}
