import type { DataSource } from 'typeorm';
import type { CampaignResults } from '../models';

interface ResultRow {
  id: string;
  leads: number;
  converted_leads: number;
  opportunities: number;
  won_opportunities: number;
  won_amount: string;
  actual_cost: string;
  roi: string | null;
}

/**
 * The results of many campaigns in one query: lead figures from Marketing's leads, opportunity
 * figures from the projection of Sales' pipeline events (never from Sales' tables). All
 * arithmetic is done in numeric; ROI = (won − cost) / cost, null while the cost is 0.
 *
 * Leads count people, by first touch: a lead is the campaign's when its campaign is this one,
 * and a lead flagged as a duplicate of a known lead is that same person again, so it is not
 * counted. A person is converted once their lead, or a duplicate flagged against it, is.
 */
export async function loadCampaignResults(
  dataSource: DataSource,
  campaignIds: readonly string[],
): Promise<CampaignResults[]> {
  const rows: ResultRow[] = await dataSource.query(
    `WITH people AS (
       SELECT person.campaign_id,
              person.status = 'CONVERTED' OR EXISTS (
                SELECT 1 FROM marketing.lead duplicate
                WHERE duplicate.duplicate_of = person.id AND duplicate.status = 'CONVERTED'
              ) AS converted
       FROM marketing.lead person
       WHERE person.campaign_id = ANY($1::uuid[]) AND person.duplicate_of IS NULL
     ),
     leads AS (
       SELECT campaign_id, count(*)::int AS leads,
              count(*) FILTER (WHERE converted)::int AS converted_leads
       FROM people
       GROUP BY campaign_id
     ),
     opportunities AS (
       SELECT campaign_id, count(*)::int AS opportunities,
              count(*) FILTER (WHERE is_won)::int AS won_opportunities,
              COALESCE(sum(amount) FILTER (WHERE is_won), 0) AS won_amount
       FROM marketing.campaign_opportunity WHERE campaign_id = ANY($1::uuid[])
       GROUP BY campaign_id
     )
     SELECT c.id,
            COALESCE(l.leads, 0) AS leads,
            COALESCE(l.converted_leads, 0) AS converted_leads,
            COALESCE(o.opportunities, 0) AS opportunities,
            COALESCE(o.won_opportunities, 0) AS won_opportunities,
            round(COALESCE(o.won_amount, 0), 2)::text AS won_amount,
            round(COALESCE(c.actual_cost, 0), 2)::text AS actual_cost,
            CASE WHEN COALESCE(c.actual_cost, 0) = 0 THEN NULL
                 ELSE round((COALESCE(o.won_amount, 0) - c.actual_cost) / c.actual_cost, 4)::text
            END AS roi
     FROM marketing.campaign c
     LEFT JOIN leads l ON l.campaign_id = c.id
     LEFT JOIN opportunities o ON o.campaign_id = c.id
     WHERE c.id = ANY($1::uuid[])`,
    [[...campaignIds]],
  );
  const byId = new Map(rows.map((row) => [row.id, row]));

  return campaignIds.map((id) => {
    const row = byId.get(id);

    return {
      leads: row?.leads ?? 0,
      convertedLeads: row?.converted_leads ?? 0,
      opportunities: row?.opportunities ?? 0,
      wonOpportunities: row?.won_opportunities ?? 0,
      wonAmount: row?.won_amount ?? '0.00',
      actualCost: row?.actual_cost ?? '0.00',
      roi: row?.roi ?? null,
    };
  });
}
