import DataLoader from 'dataloader';
import { In, type DataSource } from 'typeorm';
import { indexBy } from '../../platform/database/batch';
import { AssignmentTeamEntity, type AssignmentTeam } from './entities/assignment-team.entity';
import { CampaignEntity, type Campaign } from './entities/campaign.entity';
import { LeadEntity, type Lead } from './entities/lead.entity';
import { LeadConversionEntity, type LeadConversion } from './entities/lead-conversion.entity';
import {
  influenceCacheKey,
  loadCampaignInfluence,
  type CampaignInfluenceKey,
} from './accounts/campaign-influence';
import { convertedLeadPages, type ConvertedLeadPages } from './accounts/converted-leads';
import { memberPages, type MemberPages } from './members/member-pages';
import type { AccountCampaignInfluence, CampaignResults, ScoreComponent } from './models';
import { loadCampaignResults } from './results/campaign-results';
import { loadScoreBreakdowns } from './scoring/score-breakdown';

/** Per-request DataLoaders of the Marketing subgraph; each turns N lookups into one query. */
export interface MarketingLoaders {
  campaignById: DataLoader<string, Campaign | null>;
  leadById: DataLoader<string, Lead | null>;
  /** People attributed to each campaign: its leads, less those flagged as duplicates. */
  leadCountByCampaignId: DataLoader<string, number>;
  memberCountByCampaignId: DataLoader<string, number>;
  respondedCountByCampaignId: DataLoader<string, number>;
  memberPage: MemberPages;
  resultsByCampaignId: DataLoader<string, CampaignResults>;
  scoreBreakdownByLeadId: DataLoader<string, ScoreComponent[]>;
  conversionByLeadId: DataLoader<string, LeadConversion | null>;
  teamById: DataLoader<string, AssignmentTeam | null>;
  convertedLeadPage: ConvertedLeadPages;
  campaignInfluenceByAccount: DataLoader<CampaignInfluenceKey, AccountCampaignInfluence[], string>;
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
  const leadById = new DataLoader<string, Lead | null>(async (ids) =>
    indexBy(await leads.findBy({ id: In([...ids]) }), ids, (lead) => lead.id),
  );

  return {
    campaignById: new DataLoader(async (ids) =>
      indexBy(await campaigns.findBy({ id: In([...ids]) }), ids, (campaign) => campaign.id),
    ),
    leadById,
    leadCountByCampaignId: countBy(
      `SELECT campaign_id, count(*)::int AS count FROM marketing.lead
       WHERE campaign_id = ANY($1::uuid[]) AND duplicate_of IS NULL GROUP BY campaign_id`,
    ),
    memberCountByCampaignId,
    respondedCountByCampaignId: countBy(
      `SELECT campaign_id, count(*)::int AS count FROM marketing.campaign_member
       WHERE campaign_id = ANY($1::uuid[]) AND has_responded GROUP BY campaign_id`,
    ),
    memberPage: memberPages(dataSource),
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
    convertedLeadPage: convertedLeadPages(dataSource, leadById),
    campaignInfluenceByAccount: new DataLoader((keys) => loadCampaignInfluence(dataSource, keys), {
      cacheKeyFn: influenceCacheKey,
    }),
  };
}
