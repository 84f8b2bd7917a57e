import type { EntityManager } from 'typeorm';

/** A lead captured through a campaign: the person responded to it. */
export interface CampaignResponse {
  campaignId: string;
  leadId: string;
}

/**
 * Makes each lead a RESPONDED member of the campaign it was captured through, in one statement
 * however many there are. A lead already a member that has not responded yet (SENT, OPENED,
 * CLICKED) moves to RESPONDED; one that has responded keeps its status. As with
 * addCampaignMember, each first response is recorded as a RESPONDED activity of its lead,
 * unless the lead is converted, which is final. The caller holds the leads' locks and rescores
 * them.
 */
export async function recordCaptureResponses(
  manager: EntityManager,
  responses: readonly CampaignResponse[],
): Promise<void> {
  if (responses.length === 0) {
    return;
  }
  // DISTINCT: a statement cannot update one member twice, and a lead captured twice through a
  // campaign in one batch responded to it once.
  await manager.query(
    `WITH response AS (
       SELECT DISTINCT campaign_id, lead_id
       FROM unnest($1::uuid[], $2::uuid[]) AS response (campaign_id, lead_id)
     ),
     first_response AS (
       INSERT INTO marketing.campaign_member AS member
         (campaign_id, lead_id, status, has_responded, first_responded_at)
       SELECT campaign_id, lead_id, 'RESPONDED', true, now() FROM response
       ON CONFLICT (campaign_id, lead_id) WHERE lead_id IS NOT NULL DO UPDATE
         SET status = 'RESPONDED', has_responded = true, first_responded_at = now(),
             updated_at = now()
         WHERE NOT member.has_responded
       RETURNING member.lead_id
     )
     INSERT INTO marketing.lead_activity (lead_id, kind, occurred_at)
     SELECT first_response.lead_id, 'RESPONDED', now()
     FROM first_response JOIN marketing.lead ON lead.id = first_response.lead_id
     WHERE lead.status <> 'CONVERTED'`,
    [
      responses.map((response) => response.campaignId),
      responses.map((response) => response.leadId),
    ],
  );
}
