import DataLoader from 'dataloader';
import { In, type DataSource } from 'typeorm';
import { indexBy } from '../../platform/database/batch';
import { AssignmentTeamEntity, type AssignmentTeam } from './entities/assignment-team.entity';
import { CampaignEntity, type Campaign } from './entities/campaign.entity';
import { LeadEntity, type Lead } from './entities/lead.entity';
import { LeadConversionEntity, type LeadConversion } from './entities/lead-conversion.entity';
import { loadMemberPages, type MemberPageKey } from './members/member-pages';
import type { CampaignMemberConnection, CampaignResults, ScoreComponent } from './models';
import { loadCampaignResults } from './results/campaign-results';
import { loadScoreBreakdowns } from './scoring/score-breakdown';

/** Per-request DataLoaders of the Marketing subgraph; each turns N lookups into one query. */
export interface MarketingLoaders {
  campaignById: DataLoader<string, Campaign | null>;
  leadById: DataLoader<string, Lead | null>;
  leadCountByCampaignId: DataLoader<string, number>;
  memberCountByCampaignId: DataLoader<string, number>;
  respondedCountByCampaignId: DataLoader<string, number>;
  memberPage: DataLoader<MemberPageKey, CampaignMemberConnection, string>;
  resultsByCampaignId: DataLoader<string, CampaignResults>;
  scoreBreakdownByLeadId: DataLoader<string, ScoreComponent[]>;
  conversionByLeadId: DataLoader<string, LeadConversion | null>;
  teamById: DataLoader<string, AssignmentTeam | null>;
}

/** Builds the loaders of one request. */
export function createMarketingLoaders(dataSource: DataSource): MarketingLoaders {
  const campaigns = dataSource.getRepository(CampaignEntity);
  const leads = dataSource.getRepository(LeadEntity);
  const countBy = (sql: string) =>
    new DataLoader<string, number>(async (campaignIds) => {
      const rows: { campaign_id: string; count: number }[] = await dataSource.query(sql, [
        [...campaignIds],
      ]);
      const counts = new Map(rows.map((row) => [row.campaign_id, row.count]));

      return campaignIds.map((campaignId) => counts.get(campaignId) ?? 0);
    });
  const memberCountByCampaignId = countBy(
    `SELECT campaign_id, count(*)::int AS count FROM marketing.campaign_member
     WHERE campaign_id = ANY($1::uuid[]) GROUP BY campaign_id`,
  );

  return {
    campaignById: new DataLoader(async (ids) =>
      indexBy(await campaigns.findBy({ id: In([...ids]) }), ids, (campaign) => campaign.id),
    ),
    leadById: new DataLoader(async (ids) =>
      indexBy(await leads.findBy({ id: In([...ids]) }), ids, (lead) => lead.id),
    ),
    leadCountByCampaignId: countBy(
      `SELECT campaign_id, count(*)::int AS count FROM marketing.lead
       WHERE campaign_id = ANY($1::uuid[]) GROUP BY campaign_id`,
    ),
    memberCountByCampaignId,
    respondedCountByCampaignId: countBy(
      `SELECT campaign_id, count(*)::int AS count FROM marketing.campaign_member
       WHERE campaign_id = ANY($1::uuid[]) AND has_responded GROUP BY campaign_id`,
    ),
    memberPage: new DataLoader(
      (keys) =>
        loadMemberPages(dataSource, keys, (campaignId) => memberCountByCampaignId.load(campaignId)),
      { cacheKeyFn: (key) => JSON.stringify([key.campaignId, key.first, key.after]) },
    ),
    resultsByCampaignId: new DataLoader((campaignIds) =>
      loadCampaignResults(dataSource, campaignIds),
    ),
    scoreBreakdownByLeadId: new DataLoader((leadIds) => loadScoreBreakdowns(dataSource, leadIds)),
    conversionByLeadId: new DataLoader(async (leadIds) =>
      indexBy(
        await dataSource
          .getRepository(LeadConversionEntity)
          .createQueryBuilder('conversion')
          .where('conversion.lead_id = ANY(CAST(:leadIds AS uuid[]))', { leadIds: [...leadIds] })
          .andWhere("conversion.status <> 'FAILED'")
          .getMany(),
        leadIds,
        (conversion) => conversion.leadId,
      ),
    ),
    teamById: new DataLoader(async (ids) =>
      indexBy(
        await dataSource.getRepository(AssignmentTeamEntity).findBy({ id: In([...ids]) }),
        ids,
        (team) => team.id,
      ),
    ),
  };
}
