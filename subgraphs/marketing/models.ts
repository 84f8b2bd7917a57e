import type { UserError } from '../../platform/errors/domain-errors';
import type { Connection } from '../../platform/graphql/connection';
import type { AssignmentRule } from './entities/assignment-rule.entity';
import type { AssignmentTeam } from './entities/assignment-team.entity';
import type { Campaign } from './entities/campaign.entity';
import type { CampaignMember } from './entities/campaign-member.entity';
import type { Lead, LeadAuthority, LeadTimeline } from './entities/lead.entity';
import type { LeadActivity, LeadActivityKind } from './entities/lead-activity.entity';
import type { LeadConversion } from './entities/lead-conversion.entity';
import type { FitField, ScoringRule, ScoringRuleKind } from './entities/scoring-rule.entity';

/** The values resolvers hand to GraphQL for each type of the Marketing schema. */
export type {
  AssignmentRule,
  AssignmentTeam,
  Campaign,
  CampaignMember,
  Lead,
  LeadActivity,
  LeadConversion,
  ScoringRule,
};
export type CampaignConnection = Connection<Campaign>;
export type CampaignEdge = CampaignConnection['edges'][number];
export type LeadConnection = Connection<Lead>;
export type LeadEdge = LeadConnection['edges'][number];
export type CampaignMemberConnection = Connection<CampaignMember>;
export type CampaignMemberEdge = CampaignMemberConnection['edges'][number];
export type ScoringRuleConnection = Connection<ScoringRule>;
export type ScoringRuleEdge = ScoringRuleConnection['edges'][number];
export type AssignmentTeamConnection = Connection<AssignmentTeam>;
export type AssignmentTeamEdge = AssignmentTeamConnection['edges'][number];
export type AssignmentRuleConnection = Connection<AssignmentRule>;
export type AssignmentRuleEdge = AssignmentRuleConnection['edges'][number];

export interface CampaignPayload {
  campaign: Campaign | null;
  userErrors: UserError[];
}
export interface LeadPayload {
  lead: Lead | null;
  userErrors: UserError[];
}
export interface CampaignMemberPayload {
  member: CampaignMember | null;
  userErrors: UserError[];
}
export interface LeadActivityPayload {
  activity: LeadActivity | null;
  lead: Lead | null;
  userErrors: UserError[];
}
export interface ScoringRulePayload {
  rule: ScoringRule | null;
  userErrors: UserError[];
}
export interface AssignmentTeamPayload {
  team: AssignmentTeam | null;
  userErrors: UserError[];
}
export interface AssignmentRulePayload {
  rule: AssignmentRule | null;
  userErrors: UserError[];
}

/** What one scoring rule adds to one lead's score. */
export interface ScoreComponent {
  rule: ScoringRule;
  kind: ScoringRuleKind;
  field: FitField | null;
  activityKind: LeadActivityKind | null;
  matchedValue: string | null;
  activityCount: number;
  points: number;
  /** Exact decimal as PostgreSQL prints it. */
  decayedPoints: string;
}

export interface LeadQualification {
  budget: string;
  authority: LeadAuthority;
  need: string;
  timeline: LeadTimeline;
  qualifiedAt: Date;
}

export type CaptureOutcome = 'CREATED' | 'MERGED' | 'FLAGGED' | 'REFUSED';

export interface CaptureRowError {
  index: number;
  field: string[] | null;
  message: string;
  code: string;
}

/** The lead of a result is loaded only when a client asks for it. */
export interface CaptureLeadResult {
  index: number;
  outcome: CaptureOutcome;
  leadId: string | null;
  errors: CaptureRowError[];
}

export interface CaptureLeadsPayload {
  accepted: number;
  created: number;
  merged: number;
  flagged: number;
  refused: number;
  results: CaptureLeadResult[];
  userErrors: UserError[];
}

/** A record owned by another subgraph, of which Marketing knows only the id. */
interface EntityReference {
  id: string;
}

/** An account of the Accounts subgraph, to which Marketing adds fields from its own records. */
export type Account = EntityReference;

/** How one campaign reached an account through the leads converted into it. */
export interface AccountCampaignInfluence {
  campaignId: string;
  convertedLeads: number;
  lastConvertedAt: Date;
}

export interface ConvertLeadPayload {
  lead: Lead | null;
  account: EntityReference | null;
  contact: EntityReference | null;
  opportunity: EntityReference | null;
  conversion: LeadConversion | null;
  /** True when an earlier call had started the conversion returned. */
  repeated: boolean;
  userErrors: UserError[];
}

/** Figures of one campaign; amounts are exact decimals as PostgreSQL prints them. */
export interface CampaignResults {
  leads: number;
  convertedLeads: number;
  opportunities: number;
  wonOpportunities: number;
  wonAmount: string;
  actualCost: string;
  roi: string | null;
}
