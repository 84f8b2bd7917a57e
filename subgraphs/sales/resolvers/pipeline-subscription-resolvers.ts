import type { OutboxEvent } from '../../../platform/events/outbox';
import type { OutboxStream } from '../../../platform/events/outbox-stream';
import { optionalId } from '../../../platform/graphql/input-validation';
import { fromSnapshot } from '../events/opportunity-snapshot';
import { PIPELINE_TOPIC, type PipelineEventPayload } from '../events/pipeline-event-payload';
import type {
  PipelineSubscriptionFilter,
  Resolvers,
  SubscriptionPipelineChangedArgs,
} from '../generated/resolvers-types';
import type { PipelineEvent } from '../models';
import { optionalText } from '../../../platform/graphql/input-validation';
import { loadPipelineAsOfEvent } from '../services/pipeline-queries';

type SubscriptionScope = PipelineEvent['scope'];

/** Resolvers of `Subscription.pipelineChanged`, fed by the Sales outbox `events`. */
export function createPipelineSubscriptionResolvers(events: OutboxStream): Resolvers {
  return {
    Subscription: {
      pipelineChanged: {
        subscribe: (_parent, { filter, after }) => {
          const scope = subscriptionScope(filter);

          return events.subscribe<PipelineEventPayload>(PIPELINE_TOPIC, {
            after,
            filter: (payload) => inScope(payload, scope),
          });
        },
        resolve: (
          event: OutboxEvent<PipelineEventPayload>,
          { filter }: Partial<SubscriptionPipelineChangedArgs>,
        ) => toPipelineEvent(event, subscriptionScope(filter)),
      },
    },
    PipelineEvent: {
      previousStage: (event, _args, { loaders }) =>
        event.previousStageName === null ? null : loaders.stageByName.load(event.previousStageName),
      pipeline: (event, _args, { dataSource }) =>
        loadPipelineAsOfEvent(dataSource, event.scope, event.eventId),
    },
  };
}

function subscriptionScope(
  filter: PipelineSubscriptionFilter | null | undefined,
): SubscriptionScope {
  return {
    ownerId: optionalText(filter?.ownerId, 'filter.ownerId', 200),
    accountId: optionalId(filter?.accountId, 'filter.accountId'),
  };
}

/**
 * An owner's subscribers also see the event that takes an opportunity away from them, and an
 * account's the event that moves one to another account, so their pipeline summary does not go
 * stale when a deal is reassigned.
 */
function inScope(payload: PipelineEventPayload, scope: SubscriptionScope): boolean {
  const { ownerId, accountId } = payload.opportunity;
  const ownerMatches =
    scope.ownerId === null ||
    ownerId === scope.ownerId ||
    payload.previousOwnerId === scope.ownerId;
  const accountMatches =
    scope.accountId === null ||
    accountId === scope.accountId ||
    payload.previous?.accountId === scope.accountId;

  return ownerMatches && accountMatches;
}

function toPipelineEvent(
  event: OutboxEvent<PipelineEventPayload>,
  scope: SubscriptionScope,
): PipelineEvent {
  const { payload } = event;

  return {
    eventId: event.id,
    kind: payload.kind,
    occurredAt: event.occurredAt,
    opportunity: fromSnapshot(payload.opportunity),
    previousStageName: payload.previousStageName ?? null,
    previousAmount: payload.previousAmount ?? null,
    previousOwnerId: payload.previousOwnerId ?? null,
    scope,
  };
}
