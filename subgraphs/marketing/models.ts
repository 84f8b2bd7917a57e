import type { UserError } from '../../platform/errors/domain-errors';
import type { Connection } from '../../platform/graphql/connection';
import type { Campaign } from './entities/campaign.entity';
import type { Lead } from './entities/lead.entity';

/** The values resolvers hand to GraphQL for each type of the Marketing schema. */
export type { Campaign, Lead };
export type CampaignConnection = Connection<Campaign>;
export type CampaignEdge = CampaignConnection['edges'][number];
export type LeadConnection = Connection<Lead>;
export type LeadEdge = LeadConnection['edges'][number];
export interface CampaignPayload {
  campaign: Campaign | null;
  userErrors: UserError[];
}
export interface LeadPayload {
  lead: Lead | null;
  userErrors: UserError[];
}
