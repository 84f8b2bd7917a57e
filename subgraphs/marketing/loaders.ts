import DataLoader from 'dataloader';
import { In, type DataSource } from 'typeorm';
import { indexBy } from '../../platform/database/batch';
import { CampaignEntity, type Campaign } from './entities/campaign.entity';
import { LeadEntity, type Lead } from './entities/lead.entity';

/** Per-request DataLoaders of the Marketing subgraph; each turns N lookups into one query. */
export interface MarketingLoaders {
  campaignById: DataLoader<string, Campaign | null>;
  leadById: DataLoader<string, Lead | null>;
  leadCountByCampaignId: DataLoader<string, number>;
}

/** Builds the loaders of one request. */
export function createMarketingLoaders(dataSource: DataSource): MarketingLoaders {
  const campaigns = dataSource.getRepository(CampaignEntity);
  const leads = dataSource.getRepository(LeadEntity);

  return {
    campaignById: new DataLoader(async (ids) =>
      indexBy(await campaigns.findBy({ id: In([...ids]) }), ids, (campaign) => campaign.id),
    ),
    leadById: new DataLoader(async (ids) =>
      indexBy(await leads.findBy({ id: In([...ids]) }), ids, (lead) => lead.id),
    ),
    leadCountByCampaignId: new DataLoader(async (campaignIds) => {
      const rows: { campaignId: string; count: number }[] = await leads
        .createQueryBuilder('lead')
        .select('lead.campaign_id', 'campaignId')
        .addSelect('count(*)::int', 'count')
        .where('lead.campaign_id IN (:...campaignIds)', { campaignIds: [...campaignIds] })
        .groupBy('lead.campaign_id')
        .getRawMany();
      const counts = new Map(rows.map((row) => [row.campaignId, row.count]));

      return campaignIds.map((campaignId) => counts.get(campaignId) ?? 0);
    }),
  };
}
