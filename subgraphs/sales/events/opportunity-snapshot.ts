import type { Opportunity } from '../entities/opportunity.entity';
import type { Stage } from '../entities/stage.entity';
import type { OpportunitySnapshot } from './pipeline-event-payload';

/** The snapshot of an opportunity in `stage` (its current stage), as events carry it. */
export function toSnapshot(opportunity: Opportunity, stage: Stage): OpportunitySnapshot {
  return {
    id: opportunity.id,
    name: opportunity.name,
    accountId: opportunity.accountId,
    amount: opportunity.amount,
    currency: opportunity.currency,
    stageId: opportunity.stageId,
    stageName: stage.name,
    probability: opportunity.probability,
    forecastCategory: opportunity.forecastCategory,
    closeDate: opportunity.closeDate,
    type: opportunity.type,
    ownerId: opportunity.ownerId,
    isClosed: opportunity.isClosed,
    isWon: opportunity.isWon,
    campaignId: opportunity.campaignId,
    leadId: opportunity.leadId,
    createdAt: opportunity.createdAt.toISOString(),
    updatedAt: opportunity.updatedAt.toISOString(),
    closedAt: opportunity.closedAt?.toISOString() ?? null,
  };
}

/** The opportunity a snapshot describes, as the `Opportunity` resolvers expect it. */
export function fromSnapshot(snapshot: OpportunitySnapshot): Opportunity {
  return {
    id: snapshot.id,
    name: snapshot.name,
    accountId: snapshot.accountId,
    amount: snapshot.amount,
    currency: snapshot.currency,
    stageId: snapshot.stageId,
    probability: snapshot.probability,
    forecastCategory: snapshot.forecastCategory,
    closeDate: snapshot.closeDate,
    type: snapshot.type,
    ownerId: snapshot.ownerId,
    isClosed: snapshot.isClosed,
    isWon: snapshot.isWon,
    campaignId: snapshot.campaignId,
    leadId: snapshot.leadId,
    createdAt: new Date(snapshot.createdAt),
    updatedAt: new Date(snapshot.updatedAt),
    closedAt: snapshot.closedAt === null ? null : new Date(snapshot.closedAt),
  };
}
