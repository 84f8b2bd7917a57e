import type { DataSource } from 'typeorm';
import type { AccountCampaignInfluence } from '../models';

/** Which account's campaign influence, and how many campaigns of it at most. */
export interface CampaignInfluenceKey {
  accountId: string;
  limit: number;
}

interface InfluenceRow {
  account_id: string;
  campaign_id: string;
  converted_leads: number;
  last_converted_at: Date;
}

/**
 * The campaigns that the converted leads of many accounts are attributed to (first touch: the
 * lead's campaign), with one statement per distinct limit: per account, the campaign with most
 * converted leads first, then the one converted most recently, then by id so the order is
 * stable. A conversion counts once COMPLETE, as in Account.convertedLeads.
 */
export async function loadCampaignInfluence(
  dataSource: DataSource,
  keys: readonly CampaignInfluenceKey[],
): Promise<AccountCampaignInfluence[][]> {
  const limits = [...new Set(keys.map((key) => key.limit))];
  const byKey = new Map<string, AccountCampaignInfluence[]>();
  for (const limit of limits) {
    const accountIds = keys.filter((key) => key.limit === limit).map((key) => key.accountId);
    const rows: InfluenceRow[] = await dataSource.query(
      `SELECT account_id, campaign_id, converted_leads, last_converted_at
       FROM (
         SELECT c.account_id, l.campaign_id,
                count(*)::int AS converted_leads,
                max(c.completed_at) AS last_converted_at,
                row_number() OVER (
                  PARTITION BY c.account_id
                  ORDER BY count(*) DESC, max(c.completed_at) DESC, l.campaign_id
                ) AS rank
         FROM marketing.lead_conversion c
         JOIN marketing.lead l ON l.id = c.lead_id
         WHERE c.account_id = ANY($1::uuid[]) AND c.status = 'COMPLETE'
           AND l.campaign_id IS NOT NULL
         GROUP BY c.account_id, l.campaign_id
       ) AS influence
       WHERE rank <= $2
       ORDER BY account_id, rank`,
      [accountIds, limit],
    );
    for (const accountId of accountIds) {
      byKey.set(influenceCacheKey({ accountId, limit }), []);
    }
    for (const row of rows) {
      byKey.get(influenceCacheKey({ accountId: row.account_id, limit }))!.push({
        campaignId: row.campaign_id,
        convertedLeads: row.converted_leads,
        lastConvertedAt: row.last_converted_at,
      });
    }
  }

  return keys.map((key) => byKey.get(influenceCacheKey(key))!);
}

export const influenceCacheKey = (key: CampaignInfluenceKey): string =>
  `${key.limit}:${key.accountId}`;
