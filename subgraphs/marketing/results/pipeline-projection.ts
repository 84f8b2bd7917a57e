import type { EntityManager } from 'typeorm';

/** The part of Sales' opportunity snapshot campaign results need. */
export interface OpportunityChange {
  eventId: string;
  opportunity: {
    id: string;
    amount: string;
    isWon: boolean;
    isClosed: boolean;
    campaignId: string | null;
  };
}

/**
 * Applies one Sales pipeline event to `campaign_opportunity`, the projection campaign results
 * read. Each row remembers the event it was last written from and is only overwritten by a
 * later one, so the projection converges whatever order or repetition events arrive in. An
 * opportunity that no longer names a campaign leaves the projection.
 */
export async function applyOpportunityChange(
  manager: EntityManager,
  change: OpportunityChange,
): Promise<void> {
  const { opportunity } = change;
  if (opportunity.campaignId === null) {
    await manager.query(
      `DELETE FROM marketing.campaign_opportunity
       WHERE opportunity_id = $1 AND last_event_id < $2`,
      [opportunity.id, change.eventId],
    );

    return;
  }
  await manager.query(
    `INSERT INTO marketing.campaign_opportunity
       (opportunity_id, campaign_id, amount, is_won, is_closed, last_event_id)
     VALUES ($1, $2, $3, $4, $5, $6)
     ON CONFLICT (opportunity_id) DO UPDATE
       SET campaign_id = EXCLUDED.campaign_id,
           amount = EXCLUDED.amount,
           is_won = EXCLUDED.is_won,
           is_closed = EXCLUDED.is_closed,
           last_event_id = EXCLUDED.last_event_id
       WHERE campaign_opportunity.last_event_id < EXCLUDED.last_event_id`,
    [
      opportunity.id,
      opportunity.campaignId,
      opportunity.amount,
      opportunity.isWon,
      opportunity.isClosed,
      change.eventId,
    ],
  );
}
