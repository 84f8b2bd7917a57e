import { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import { Account as AccountModel, AccountCampaignInfluence as AccountCampaignInfluenceModel, AssignmentRule as AssignmentRuleModel, AssignmentRuleConnection as AssignmentRuleConnectionModel, AssignmentRuleEdge as AssignmentRuleEdgeModel, AssignmentRulePayload as AssignmentRulePayloadModel, AssignmentTeam as AssignmentTeamModel, AssignmentTeamConnection as AssignmentTeamConnectionModel, AssignmentTeamEdge as AssignmentTeamEdgeModel, AssignmentTeamPayload as AssignmentTeamPayloadModel, Campaign as CampaignModel, CampaignConnection as CampaignConnectionModel, CampaignEdge as CampaignEdgeModel, CampaignMember as CampaignMemberModel, CampaignMemberConnection as CampaignMemberConnectionModel, CampaignMemberEdge as CampaignMemberEdgeModel, CampaignMemberPayload as CampaignMemberPayloadModel, CampaignPayload as CampaignPayloadModel, CampaignResults as CampaignResultsModel, CaptureLeadResult as CaptureLeadResultModel, CaptureLeadsPayload as CaptureLeadsPayloadModel, CaptureOutcome as CaptureOutcomeModel, CaptureRowError as CaptureRowErrorModel, ConvertLeadPayload as ConvertLeadPayloadModel, Lead as LeadModel, LeadActivity as LeadActivityModel, LeadActivityPayload as LeadActivityPayloadModel, LeadConnection as LeadConnectionModel, LeadConversion as LeadConversionModel, LeadEdge as LeadEdgeModel, LeadPayload as LeadPayloadModel, LeadQualification as LeadQualificationModel, ScoreComponent as ScoreComponentModel, ScoringRule as ScoringRuleModel, ScoringRuleConnection as ScoringRuleConnectionModel, ScoringRuleEdge as ScoringRuleEdgeModel, ScoringRulePayload as ScoringRulePayloadModel } from '../models';
import { ResolverContext } from '../context';
export type Maybe<T> = T | null;
export type InputMaybe<T> = T | null | undefined;
export type EnumResolverSignature<T, AllowedValues = any> = { [key in keyof T]?: AllowedValues };
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A calendar day written YYYY-MM-DD. */
  Date: { input: string; output: string; }
  /** An instant in ISO-8601 with a zone, such as 2026-01-31T09:30:00Z. */
  DateTime: { input: Date; output: Date | string; }
  /** An exact decimal number, serialised as a string such as "1250.50". */
  Decimal: { input: string; output: string | number; }
  _FieldSet: { input: unknown; output: unknown; }
};

/**
 * A company account, owned by the Accounts subgraph. Marketing adds what its own records say of
 * the account: the leads converted into it and the campaigns they came from.
 */
export type Account = {
  __typename?: 'Account';
  /**
   * The campaigns the account's converted leads are attributed to (first touch, see
   * CampaignResults), the campaign with most of them first, then the one converted into most
   * recently. A list of at most `first` campaigns (20 unless told, 0 to 100) rather than a
   * connection: an account is reached by few campaigns, and the strongest are what is read.
   * Converted leads without a campaign are not counted.
   */
  campaignInfluence: Array<AccountCampaignInfluence>;
  /**
   * The leads whose conversion created this account or attached their contact to it, most
   * recently converted first. A conversion counts once it is COMPLETE (the lead is CONVERTED); one
   * PENDING or FAILED does not. It stays the account's even if Accounts later moves the contact.
   */
  convertedLeads: LeadConnection;
  id: Scalars['ID']['output'];
};


/**
 * A company account, owned by the Accounts subgraph. Marketing adds what its own records say of
 * the account: the leads converted into it and the campaigns they came from.
 */
export type AccountCampaignInfluenceArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * A company account, owned by the Accounts subgraph. Marketing adds what its own records say of
 * the account: the leads converted into it and the campaigns they came from.
 */
export type AccountConvertedLeadsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** How one campaign reached an account: through the leads converted into it. */
export type AccountCampaignInfluence = {
  __typename?: 'AccountCampaignInfluence';
  campaign: Campaign;
  /** The account's converted leads attributed to the campaign. */
  convertedLeads: Scalars['Int']['output'];
  /** When the latest of them was converted. */
  lastConvertedAt: Scalars['DateTime']['output'];
};

export type AddCampaignMemberInput = {
  campaignId: Scalars['ID']['input'];
  /** A contact of the Accounts subgraph, which must have it. */
  contactId?: InputMaybe<Scalars['ID']['input']>;
  /** Give either leadId or contactId. */
  leadId?: InputMaybe<Scalars['ID']['input']>;
  status?: InputMaybe<CampaignMemberStatus>;
};

/**
 * Routes new leads to a team. Rules are tried by ascending priority, which no two rules share; the
 * first whose given fields all match wins, and a rule with neither country nor industry matches
 * every lead. A lead no rule matches gets no owner. A lead flagged as a duplicate takes the owner
 * of the lead it duplicates, when that one has an owner.
 */
export type AssignmentRule = {
  __typename?: 'AssignmentRule';
  /** ISO 3166 alpha-2 code the lead's country must equal. */
  country?: Maybe<Scalars['String']['output']>;
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  /** Text the lead's industry must equal, in any letter case. */
  industry?: Maybe<Scalars['String']['output']>;
  priority: Scalars['Int']['output'];
  team: AssignmentTeam;
  updatedAt: Scalars['DateTime']['output'];
};

export type AssignmentRuleConnection = {
  __typename?: 'AssignmentRuleConnection';
  edges: Array<AssignmentRuleEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type AssignmentRuleEdge = {
  __typename?: 'AssignmentRuleEdge';
  cursor: Scalars['String']['output'];
  node: AssignmentRule;
};

export type AssignmentRulePayload = {
  __typename?: 'AssignmentRulePayload';
  rule?: Maybe<AssignmentRule>;
  userErrors: Array<UserError>;
};

/** Sales people new leads are dealt to in turn. */
export type AssignmentTeam = {
  __typename?: 'AssignmentTeam';
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  /** Subjects of the team's users, in the order they receive leads. */
  memberIds: Array<Scalars['ID']['output']>;
  name: Scalars['String']['output'];
  updatedAt: Scalars['DateTime']['output'];
};

export type AssignmentTeamConnection = {
  __typename?: 'AssignmentTeamConnection';
  edges: Array<AssignmentTeamEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type AssignmentTeamEdge = {
  __typename?: 'AssignmentTeamEdge';
  cursor: Scalars['String']['output'];
  node: AssignmentTeam;
};

export type AssignmentTeamPayload = {
  __typename?: 'AssignmentTeamPayload';
  team?: Maybe<AssignmentTeam>;
  userErrors: Array<UserError>;
};

/** A marketing effort that generates leads. */
export type Campaign = {
  __typename?: 'Campaign';
  actualCost?: Maybe<Scalars['Decimal']['output']>;
  budget?: Maybe<Scalars['Decimal']['output']>;
  channel: CampaignChannel;
  createdAt: Scalars['DateTime']['output'];
  endDate?: Maybe<Scalars['Date']['output']>;
  id: Scalars['ID']['output'];
  /**
   * People attributed directly to this campaign (not to the campaigns below it): its leads, not
   * counting those flagged as duplicates of a known lead. The same figure as results.leads.
   */
  leadCount: Scalars['Int']['output'];
  memberCount: Scalars['Int']['output'];
  /** The leads and contacts the campaign reached, in the order they were added. */
  members: CampaignMemberConnection;
  name: Scalars['String']['output'];
  /** Subject of the user who owns the campaign. */
  ownerId?: Maybe<Scalars['ID']['output']>;
  /** The campaign this one is part of. */
  parent?: Maybe<Campaign>;
  /** Members that have responded (RESPONDED, REGISTERED, ATTENDED or CONVERTED at some point). */
  respondedCount: Scalars['Int']['output'];
  /** What the campaign brought in, from its leads and the opportunities Sales reports for it. */
  results: CampaignResults;
  startDate?: Maybe<Scalars['Date']['output']>;
  status: CampaignStatus;
  updatedAt: Scalars['DateTime']['output'];
};


/** A marketing effort that generates leads. */
export type CampaignMembersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** Where a campaign reaches its audience. */
export type CampaignChannel =
  | 'DIRECT_MAIL'
  | 'EMAIL'
  | 'EVENT'
  | 'OTHER'
  | 'PAID_SEARCH'
  | 'PARTNER'
  | 'REFERRAL'
  | 'SOCIAL'
  | 'WEB'
  | 'WEBINAR';

export type CampaignConnection = {
  __typename?: 'CampaignConnection';
  edges: Array<CampaignEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type CampaignEdge = {
  __typename?: 'CampaignEdge';
  cursor: Scalars['String']['output'];
  node: Campaign;
};

export type CampaignFilter = {
  channel?: InputMaybe<CampaignChannel>;
  /** Campaigns whose name contains this text, in any letter case. */
  nameContains?: InputMaybe<Scalars['String']['input']>;
  /** Campaigns directly below this one. */
  parentId?: InputMaybe<Scalars['ID']['input']>;
  status?: InputMaybe<CampaignStatus>;
};

/** A lead or a contact a campaign reached. */
export type CampaignMember = {
  __typename?: 'CampaignMember';
  campaign: Campaign;
  /** The member, when it is a contact. */
  contact?: Maybe<Contact>;
  createdAt: Scalars['DateTime']['output'];
  firstRespondedAt?: Maybe<Scalars['DateTime']['output']>;
  /** True once the member has reached RESPONDED, REGISTERED, ATTENDED or CONVERTED; it stays true. */
  hasResponded: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  /** The member, when it is a lead. */
  lead?: Maybe<Lead>;
  status: CampaignMemberStatus;
  updatedAt: Scalars['DateTime']['output'];
};

export type CampaignMemberConnection = {
  __typename?: 'CampaignMemberConnection';
  edges: Array<CampaignMemberEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type CampaignMemberEdge = {
  __typename?: 'CampaignMemberEdge';
  cursor: Scalars['String']['output'];
  node: CampaignMember;
};

export type CampaignMemberPayload = {
  __typename?: 'CampaignMemberPayload';
  member?: Maybe<CampaignMember>;
  userErrors: Array<UserError>;
};

/** Where a member stands in a campaign. */
export type CampaignMemberStatus =
  | 'ATTENDED'
  | 'CLICKED'
  | 'CONVERTED'
  | 'OPENED'
  | 'REGISTERED'
  | 'RESPONDED'
  | 'SENT';

export type CampaignOrder = {
  direction?: SortDirection;
  field: CampaignOrderField;
};

export type CampaignOrderField =
  | 'CREATED_AT'
  | 'NAME';

export type CampaignPayload = {
  __typename?: 'CampaignPayload';
  campaign?: Maybe<Campaign>;
  userErrors: Array<UserError>;
};

/**
 * What a campaign brought in. Opportunity figures follow Sales' pipeline events, so they catch up
 * with a change in Sales within moments. Amounts are added as recorded, without currency conversion.
 *
 * Attribution is first touch: a lead belongs to the campaign it was first captured through (its
 * campaign), and a conversion's opportunity to the lead's campaign. A later capture of the same
 * person through another campaign (merged into the lead, or flagged as its duplicate) leaves the
 * lead's campaign as it is (only a lead without one takes it) and makes the lead a RESPONDED
 * member of that other campaign, so it counts in that campaign's memberCount and respondedCount
 * but not in its leads.
 */
export type CampaignResults = {
  __typename?: 'CampaignResults';
  /** The campaign's actual cost, 0 when not recorded. */
  actualCost: Scalars['Decimal']['output'];
  /** Those of them that were converted: their lead, or a duplicate flagged against it. */
  convertedLeads: Scalars['Int']['output'];
  /**
   * People attributed to the campaign: its leads, not counting those flagged as duplicates of a
   * known lead (FLAG rule), since each of them is a person already counted.
   */
  leads: Scalars['Int']['output'];
  /** Opportunities Sales attributes to the campaign. */
  opportunities: Scalars['Int']['output'];
  /** (wonAmount − actualCost) / actualCost, to 4 decimal places; null while the cost is 0. */
  roi?: Maybe<Scalars['Decimal']['output']>;
  /** Sum of the won opportunities' amounts. */
  wonAmount: Scalars['Decimal']['output'];
  /** Those of them that are won. */
  wonOpportunities: Scalars['Int']['output'];
};

export type CampaignStatus =
  | 'ABORTED'
  | 'ACTIVE'
  | 'COMPLETED'
  | 'PLANNED';

export type CaptureLeadInput = {
  /**
   * The campaign the lead responded to. A new lead is attributed to it; the lead, or under MERGE
   * and FLAG the known lead with this email, becomes a RESPONDED member of it (a member that has
   * responded before keeps its status). See CampaignResults for the attribution rule.
   */
  campaignId?: InputMaybe<Scalars['ID']['input']>;
  company?: InputMaybe<Scalars['String']['input']>;
  /** ISO 3166 alpha-2 code in any letter case, such as de. */
  country?: InputMaybe<Scalars['String']['input']>;
  email: Scalars['String']['input'];
  /** 0 to 10,000,000. */
  employeeCount?: InputMaybe<Scalars['Int']['input']>;
  firstName: Scalars['String']['input'];
  industry?: InputMaybe<Scalars['String']['input']>;
  lastName: Scalars['String']['input'];
  phone?: InputMaybe<Scalars['String']['input']>;
  source?: InputMaybe<LeadSource>;
  title?: InputMaybe<Scalars['String']['input']>;
};

export type CaptureLeadResult = {
  __typename?: 'CaptureLeadResult';
  errors: Array<CaptureRowError>;
  /** Position of the row in input.leads, from 0. */
  index: Scalars['Int']['output'];
  /** The lead created, flagged or merged into; null when refused. */
  lead?: Maybe<Lead>;
  outcome: CaptureOutcome;
};

export type CaptureLeadsInput = {
  /**
   * 1 to 10,000 leads. Each is checked on its own: a lead with a malformed field, a NUL character
   * included, is refused in its result while the others are stored.
   */
  leads: Array<CaptureLeadInput>;
};

export type CaptureLeadsPayload = {
  __typename?: 'CaptureLeadsPayload';
  /** Rows stored: created + merged + flagged. */
  accepted: Scalars['Int']['output'];
  created: Scalars['Int']['output'];
  flagged: Scalars['Int']['output'];
  merged: Scalars['Int']['output'];
  refused: Scalars['Int']['output'];
  /** One result per row, in input order. */
  results: Array<CaptureLeadResult>;
  userErrors: Array<UserError>;
};

/** What became of one row of a captureLeads batch. */
export type CaptureOutcome =
  /** A new lead was recorded. */
  | 'CREATED'
  /**
   * A new lead was recorded as a duplicate of the known lead (FLAG rule), or with existingContact
   * set because a contact has its email (FLAG or MERGE rule).
   */
  | 'FLAGGED'
  /** The email was a known lead's and the row was merged into that lead (MERGE rule). */
  | 'MERGED'
  /** Nothing was written for the row; errors say why. */
  | 'REFUSED';

/** Why one row of a batch was refused. */
export type CaptureRowError = {
  __typename?: 'CaptureRowError';
  /** INVALID, NOT_FOUND (unknown campaign) or DUPLICATE (REJECT rule). */
  code: Scalars['String']['output'];
  /** Path of the input field at fault, such as ["input", "leads", "3", "email"]. */
  field?: Maybe<Array<Scalars['String']['output']>>;
  /** Position of the row in input.leads, from 0. */
  index: Scalars['Int']['output'];
  message: Scalars['String']['output'];
};

/** A person at an account, owned by the Accounts subgraph. */
export type Contact = {
  __typename?: 'Contact';
  id: Scalars['ID']['output'];
};

export type ConvertLeadInput = {
  /** Attach the new contact to this existing account instead of creating one from the lead. */
  accountId?: InputMaybe<Scalars['ID']['input']>;
  /** Not negative; defaults to 0. */
  amount?: InputMaybe<Scalars['Decimal']['input']>;
  /**
   * A day from year 1900 to 2999. Defaults to 90 days after the day of the conversion, counted in
   * UTC.
   */
  closeDate?: InputMaybe<Scalars['Date']['input']>;
  createOpportunity?: InputMaybe<Scalars['Boolean']['input']>;
  leadId: Scalars['ID']['input'];
  /**
   * Up to 200 characters. Defaults to the lead's company, or its first and last name, cut to 200
   * characters when longer (as is the name of an account made from the lead).
   */
  opportunityName?: InputMaybe<Scalars['String']['input']>;
};

export type ConvertLeadPayload = {
  __typename?: 'ConvertLeadPayload';
  account?: Maybe<Account>;
  contact?: Maybe<Contact>;
  conversion?: Maybe<LeadConversion>;
  lead?: Maybe<Lead>;
  opportunity?: Maybe<Opportunity>;
  /**
   * True when an earlier call had started this conversion: this call created nothing, and its
   * input (apart from leadId) was not used.
   */
  repeated: Scalars['Boolean']['output'];
  userErrors: Array<UserError>;
};

export type CreateAssignmentRuleInput = {
  country?: InputMaybe<Scalars['String']['input']>;
  industry?: InputMaybe<Scalars['String']['input']>;
  /** Lower is tried first, 0 to 1,000,000; DUPLICATE when another rule has it. */
  priority: Scalars['Int']['input'];
  teamId: Scalars['ID']['input'];
};

export type CreateAssignmentTeamInput = {
  /** 1 to 100 distinct user subjects. */
  memberIds: Array<Scalars['ID']['input']>;
  name: Scalars['String']['input'];
};

export type CreateCampaignInput = {
  actualCost?: InputMaybe<Scalars['Decimal']['input']>;
  budget?: InputMaybe<Scalars['Decimal']['input']>;
  channel: CampaignChannel;
  /** Not before startDate. */
  endDate?: InputMaybe<Scalars['Date']['input']>;
  name: Scalars['String']['input'];
  ownerId?: InputMaybe<Scalars['ID']['input']>;
  parentId?: InputMaybe<Scalars['ID']['input']>;
  startDate?: InputMaybe<Scalars['Date']['input']>;
  status?: InputMaybe<CampaignStatus>;
};

export type CreateScoringRuleInput = {
  /** Required for ENGAGEMENT. */
  activityKind?: InputMaybe<LeadActivityKind>;
  /** Required for FIT. */
  field?: InputMaybe<FitField>;
  /** Required for ENGAGEMENT, 1 to 3650. */
  halfLifeDays?: InputMaybe<Scalars['Int']['input']>;
  kind: ScoringRuleKind;
  maxEmployees?: InputMaybe<Scalars['Int']['input']>;
  /** FIT rules on EMPLOYEE_COUNT need at least one of the two bounds. */
  minEmployees?: InputMaybe<Scalars['Int']['input']>;
  name: Scalars['String']['input'];
  points: Scalars['Int']['input'];
  /** Required for FIT rules on INDUSTRY, TITLE and COUNTRY. */
  value?: InputMaybe<Scalars['String']['input']>;
};

export type DeleteAssignmentRuleInput = {
  id: Scalars['ID']['input'];
};

export type DeleteAssignmentRulePayload = {
  __typename?: 'DeleteAssignmentRulePayload';
  deletedId?: Maybe<Scalars['ID']['output']>;
  userErrors: Array<UserError>;
};

export type DeleteScoringRuleInput = {
  id: Scalars['ID']['input'];
};

export type DeleteScoringRulePayload = {
  __typename?: 'DeleteScoringRulePayload';
  deletedId?: Maybe<Scalars['ID']['output']>;
  userErrors: Array<UserError>;
};

export type DisqualifyLeadInput = {
  leadId: Scalars['ID']['input'];
  /** Up to 500 characters. */
  reason: Scalars['String']['input'];
};

/**
 * How a captured lead whose (lower-cased) email some lead or some contact already has is handled.
 * Contacts are Accounts' and followed through its contact events, so a contact is known within
 * moments of being created or changed. When both a lead and a contact have the email, the lead
 * decides what happens.
 */
export type DuplicateRule =
  /**
   * Record a new lead whose duplicateOf is the known lead, or whose existingContact is the known
   * contact (both when both are known).
   */
  | 'FLAG'
  /**
   * Fill the known lead's empty fields and count the capture as its engagement; no new lead.
   * A contact belongs to Accounts and cannot be changed from here, so a lead whose email only a
   * contact has is handled as under FLAG: recorded, with existingContact set.
   */
  | 'MERGE'
  /** Refuse the row with DUPLICATE, naming the known contact when only a contact has the email. */
  | 'REJECT';

export type DuplicateRulePayload = {
  __typename?: 'DuplicateRulePayload';
  rule: DuplicateRule;
  userErrors: Array<UserError>;
};

/** The lead field a FIT rule looks at. */
export type FitField =
  /** Equal to value, an ISO 3166 alpha-2 code. */
  | 'COUNTRY'
  /** Between minEmployees and maxEmployees, both included; a missing bound is open. */
  | 'EMPLOYEE_COUNT'
  /** Equal to value, in any letter case. */
  | 'INDUSTRY'
  /** Contains value, in any letter case. */
  | 'TITLE';

/** A prospective customer not yet qualified. */
export type Lead = {
  __typename?: 'Lead';
  /** The campaign the lead came from. */
  campaign?: Maybe<Campaign>;
  company?: Maybe<Scalars['String']['output']>;
  /** The conversion of the lead, once one is under way or done. */
  conversion?: Maybe<LeadConversion>;
  /** ISO 3166 alpha-2 code, upper-case, such as DE. */
  country?: Maybe<Scalars['String']['output']>;
  createdAt: Scalars['DateTime']['output'];
  /** Why the lead was disqualified, while it is UNQUALIFIED. */
  disqualificationReason?: Maybe<Scalars['String']['output']>;
  /** The lead that already had this email when this one was captured under the FLAG rule. */
  duplicateOf?: Maybe<Lead>;
  /** Stored lower-cased, so lookups ignore letter case. */
  email?: Maybe<Scalars['String']['output']>;
  employeeCount?: Maybe<Scalars['Int']['output']>;
  /**
   * The contact in Accounts that already had this email when this lead was captured under the
   * FLAG or MERGE rule; null when none did, or once the lead's email changes.
   */
  existingContact?: Maybe<Contact>;
  firstName: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  industry?: Maybe<Scalars['String']['output']>;
  lastName: Scalars['String']['output'];
  /** Subject of the user who works the lead. */
  ownerId?: Maybe<Scalars['ID']['output']>;
  phone?: Maybe<Scalars['String']['output']>;
  /** The BANT answers recorded when the lead was last qualified. */
  qualification?: Maybe<LeadQualification>;
  rating?: Maybe<LeadRating>;
  /**
   * From 0 (cold) to 100 (ready to buy): the fit and engagement points of scoreBreakdown added up
   * as of scoredAt, rounded and kept within 0 to 100. Recomputed whenever the lead, its
   * activities or the rules change, and every minute for the decay of engagement.
   */
  score: Scalars['Int']['output'];
  /** Every rule that adds to the score, with its points as of scoredAt. */
  scoreBreakdown: Array<ScoreComponent>;
  /** When the score was last computed; null until it first is. */
  scoredAt?: Maybe<Scalars['DateTime']['output']>;
  source: LeadSource;
  status: LeadStatus;
  title?: Maybe<Scalars['String']['output']>;
  updatedAt: Scalars['DateTime']['output'];
};

export type LeadActivity = {
  __typename?: 'LeadActivity';
  id: Scalars['ID']['output'];
  kind: LeadActivityKind;
  lead: Lead;
  occurredAt: Scalars['DateTime']['output'];
};

/** Something a lead did. */
export type LeadActivityKind =
  | 'EMAIL_OPENED'
  | 'EVENT_ATTENDED'
  | 'FORM_SUBMITTED'
  | 'RESPONDED'
  | 'WEB_VISIT';

export type LeadActivityPayload = {
  __typename?: 'LeadActivityPayload';
  activity?: Maybe<LeadActivity>;
  /** The lead with its score after the activity. */
  lead?: Maybe<Lead>;
  userErrors: Array<UserError>;
};

/** Who the buyer is to the purchase. */
export type LeadAuthority =
  | 'DECISION_MAKER'
  | 'EVALUATOR'
  | 'INFLUENCER'
  | 'NO_AUTHORITY';

export type LeadConnection = {
  __typename?: 'LeadConnection';
  edges: Array<LeadEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

/** The conversion of a lead into an account, a contact and an opportunity. */
export type LeadConversion = {
  __typename?: 'LeadConversion';
  account?: Maybe<Account>;
  /** Attempts made to create them so far. */
  attempts: Scalars['Int']['output'];
  completedAt?: Maybe<Scalars['DateTime']['output']>;
  contact?: Maybe<Contact>;
  createdAt: Scalars['DateTime']['output'];
  /** Set when FAILED. */
  failureReason?: Maybe<LeadConversionFailureReason>;
  id: Scalars['ID']['output'];
  /**
   * Why the last attempt did not finish, such as "Sales could not be reached"; null once
   * COMPLETE.
   */
  lastError?: Maybe<Scalars['String']['output']>;
  lead: Lead;
  /** While PENDING after an attempt that could not reach Accounts or Sales: when the next is due. */
  nextAttemptAt?: Maybe<Scalars['DateTime']['output']>;
  opportunity?: Maybe<Opportunity>;
  status: LeadConversionStatus;
};

/** Why a conversion is FAILED. */
export type LeadConversionFailureReason =
  /** Accounts or Sales refused it; the payload's userErrors said why. */
  | 'REFUSED'
  /** Accounts or Sales could not be reached in 10 attempts; lastError says which. */
  | 'UNAVAILABLE';

export type LeadConversionStatus =
  /** Everything was created and the lead is CONVERTED. */
  | 'COMPLETE'
  /**
   * Refused by Accounts or Sales, or given up (see failureReason); nothing of it remains pending
   * and the lead can be converted again. What it did register is never created twice: the next
   * conversion of the lead takes over the contact Accounts registered for it (moving it to the
   * account that conversion names), the account it created when that conversion wants a new one,
   * and the opportunity Sales may have created for it.
   */
  | 'FAILED'
  /**
   * Recorded; the account, contact and opportunity are being created, and the lead cannot be
   * edited meanwhile. An attempt that cannot reach Accounts or Sales is repeated, waiting 5
   * seconds, then twice as long after each further failed attempt (at most 5 minutes); after 10
   * attempts, about 20 minutes after the request, the conversion ends FAILED (UNAVAILABLE). A
   * crash of Marketing does not end it: it goes on when Marketing is back.
   */
  | 'PENDING';

export type LeadEdge = {
  __typename?: 'LeadEdge';
  cursor: Scalars['String']['output'];
  node: Lead;
};

export type LeadFilter = {
  campaignId?: InputMaybe<Scalars['ID']['input']>;
  /** Leads captured under the FLAG rule as duplicates of this lead. */
  duplicateOf?: InputMaybe<Scalars['ID']['input']>;
  /** Exact email, in any letter case. */
  email?: InputMaybe<Scalars['String']['input']>;
  /** True: leads whose existingContact is set; false: leads without one. */
  hasExistingContact?: InputMaybe<Scalars['Boolean']['input']>;
  /** Leads scoring at least this much (0 to 100). */
  minScore?: InputMaybe<Scalars['Int']['input']>;
  ownerId?: InputMaybe<Scalars['ID']['input']>;
  source?: InputMaybe<LeadSource>;
  status?: InputMaybe<LeadStatus>;
};

export type LeadOrder = {
  direction?: SortDirection;
  field: LeadOrderField;
};

export type LeadOrderField =
  | 'CREATED_AT'
  | 'LAST_NAME'
  | 'SCORE';

export type LeadPayload = {
  __typename?: 'LeadPayload';
  lead?: Maybe<Lead>;
  userErrors: Array<UserError>;
};

/** BANT: budget, authority, need and timeline. */
export type LeadQualification = {
  __typename?: 'LeadQualification';
  authority: LeadAuthority;
  budget: Scalars['Decimal']['output'];
  /** What the lead needs, in a few words. */
  need: Scalars['String']['output'];
  qualifiedAt: Scalars['DateTime']['output'];
  timeline: LeadTimeline;
};

/** How likely a lead is to buy. */
export type LeadRating =
  | 'COLD'
  | 'HOT'
  | 'WARM';

/** How a lead reached the business. */
export type LeadSource =
  | 'CAMPAIGN'
  | 'EVENT'
  | 'IMPORT'
  | 'OTHER'
  | 'PARTNER'
  | 'REFERRAL'
  | 'WEB_FORM';

/**
 * Where a lead stands. Allowed moves: OPEN → WORKING, NURTURING; WORKING ↔ NURTURING; OPEN,
 * WORKING, NURTURING, QUALIFIED → UNQUALIFIED (disqualifyLead); OPEN, WORKING, NURTURING,
 * QUALIFIED → QUALIFIED (qualifyLead); QUALIFIED, UNQUALIFIED → WORKING, NURTURING; QUALIFIED →
 * CONVERTED (convertLead). Any other move is INVALID_TRANSITION.
 */
export type LeadStatus =
  /** Turned into an account, contact or opportunity; a converted lead can no longer be edited. */
  | 'CONVERTED'
  | 'NURTURING'
  | 'OPEN'
  | 'QUALIFIED'
  | 'UNQUALIFIED'
  | 'WORKING';

/** When the lead means to buy. */
export type LeadTimeline =
  | 'IMMEDIATE'
  | 'LATER'
  | 'WITHIN_QUARTER'
  | 'WITHIN_YEAR';

export type Mutation = {
  __typename?: 'Mutation';
  /**
   * Adds a lead or a contact to a campaign; each can be a member of a campaign once. A contact is
   * checked with the Accounts subgraph first: one it does not have is NOT_FOUND on
   * ["input", "contactId"], and while Accounts cannot be reached the request fails with
   * SERVICE_UNAVAILABLE; either way nothing is written.
   */
  addCampaignMember: CampaignMemberPayload;
  /**
   * Records a new OPEN lead, scored and assigned to an owner by the stored rules. A lead whose
   * email a lead or a contact already has is handled by the duplicate rule (see DuplicateRule):
   * REJECT refuses it with DUPLICATE, MERGE returns the known lead with its empty fields filled
   * in, FLAG records a new lead whose duplicateOf is the known one. A lead whose email only a
   * contact has is recorded with existingContact set under MERGE and FLAG alike. Works exactly
   * like a captureLeads batch of one.
   */
  captureLead: LeadPayload;
  /**
   * Captures up to 10,000 leads in one transaction. Each row is stored or refused on its own: a
   * refused row is reported in its result with the reasons and writes nothing, every other row is
   * stored. Emails repeated within the batch are handled by the duplicate rule as well.
   */
  captureLeads: CaptureLeadsPayload;
  /**
   * Turns a QUALIFIED lead into a contact at a new or an existing account and, unless told
   * otherwise, an opportunity in Sales. Needs accounts:write (and sales:write for the opportunity)
   * besides marketing:write. `convertLead(input: { leadId })` alone is enough.
   *
   * Whatever Accounts or Sales would refuse that Marketing can know is checked before anything is
   * written: the input, and the lead's own fields (a problem with those names input.leadId). Then
   * the conversion is recorded and carried out step by step; conversion.status says where it
   * stands. COMPLETE: the account, contact and opportunity exist and the lead is CONVERTED.
   * PENDING: Accounts or Sales could not be reached yet; the payload holds what exists so far,
   * conversion.lastError says why and conversion.nextAttemptAt when it is tried again, on its own
   * (see LeadConversionStatus). FAILED: nothing is pending and the lead can be converted again.
   *
   * A lead has one conversion under way or done. Calling convertLead for it again creates nothing
   * and returns that conversion with `repeated` true: its input is neither checked nor compared
   * with the first call's, so a retried call is always safe, and a call with other input does not
   * change the conversion (convert again only after a FAILED one).
   */
  convertLead: ConvertLeadPayload;
  createAssignmentRule: AssignmentRulePayload;
  createAssignmentTeam: AssignmentTeamPayload;
  createCampaign: CampaignPayload;
  /** Adds a scoring rule; every lead's score is recomputed. */
  createScoringRule: ScoringRulePayload;
  deleteAssignmentRule: DeleteAssignmentRulePayload;
  /** Removes a scoring rule; every lead's score is recomputed. */
  deleteScoringRule: DeleteScoringRulePayload;
  /** Moves a lead to UNQUALIFIED, recording why. */
  disqualifyLead: LeadPayload;
  /** Records the BANT answers of a lead and moves it to QUALIFIED. */
  qualifyLead: LeadPayload;
  /**
   * Records something a lead did; its points count toward the lead's score as the engagement rules
   * say.
   */
  recordLeadActivity: LeadActivityPayload;
  /** Chooses how captured leads whose email is already known are handled. */
  setDuplicateRule: DuplicateRulePayload;
  /** Changes the given fields of an assignment rule; fields left out keep their value. */
  updateAssignmentRule: AssignmentRulePayload;
  /** Changes the given fields of a team; the round robin goes on from where it was. */
  updateAssignmentTeam: AssignmentTeamPayload;
  /** Changes the given fields of a campaign; fields left out keep their value. */
  updateCampaign: CampaignPayload;
  /**
   * Changes a member's status; a member's first response is recorded as a RESPONDED activity of its
   * lead.
   */
  updateCampaignMember: CampaignMemberPayload;
  /**
   * Changes the given fields of a lead; fields left out keep their value. The status moves only
   * along the allowed transitions (see LeadStatus). Converted leads are final.
   */
  updateLead: LeadPayload;
  /** Changes the given fields of a scoring rule; every lead's score is recomputed. */
  updateScoringRule: ScoringRulePayload;
};


export type MutationAddCampaignMemberArgs = {
  input: AddCampaignMemberInput;
};


export type MutationCaptureLeadArgs = {
  input: CaptureLeadInput;
};


export type MutationCaptureLeadsArgs = {
  input: CaptureLeadsInput;
};


export type MutationConvertLeadArgs = {
  input: ConvertLeadInput;
};


export type MutationCreateAssignmentRuleArgs = {
  input: CreateAssignmentRuleInput;
};


export type MutationCreateAssignmentTeamArgs = {
  input: CreateAssignmentTeamInput;
};


export type MutationCreateCampaignArgs = {
  input: CreateCampaignInput;
};


export type MutationCreateScoringRuleArgs = {
  input: CreateScoringRuleInput;
};


export type MutationDeleteAssignmentRuleArgs = {
  input: DeleteAssignmentRuleInput;
};


export type MutationDeleteScoringRuleArgs = {
  input: DeleteScoringRuleInput;
};


export type MutationDisqualifyLeadArgs = {
  input: DisqualifyLeadInput;
};


export type MutationQualifyLeadArgs = {
  input: QualifyLeadInput;
};


export type MutationRecordLeadActivityArgs = {
  input: RecordLeadActivityInput;
};


export type MutationSetDuplicateRuleArgs = {
  input: SetDuplicateRuleInput;
};


export type MutationUpdateAssignmentRuleArgs = {
  input: UpdateAssignmentRuleInput;
};


export type MutationUpdateAssignmentTeamArgs = {
  input: UpdateAssignmentTeamInput;
};


export type MutationUpdateCampaignArgs = {
  input: UpdateCampaignInput;
};


export type MutationUpdateCampaignMemberArgs = {
  input: UpdateCampaignMemberInput;
};


export type MutationUpdateLeadArgs = {
  input: UpdateLeadInput;
};


export type MutationUpdateScoringRuleArgs = {
  input: UpdateScoringRuleInput;
};

/** A potential sale, owned by the Sales subgraph. */
export type Opportunity = {
  __typename?: 'Opportunity';
  id: Scalars['ID']['output'];
};

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
  hasPreviousPage: Scalars['Boolean']['output'];
  startCursor?: Maybe<Scalars['String']['output']>;
};

export type QualifyLeadInput = {
  authority: LeadAuthority;
  /** What the lead can spend; not negative. */
  budget: Scalars['Decimal']['input'];
  leadId: Scalars['ID']['input'];
  /** What the lead needs, up to 500 characters. */
  need: Scalars['String']['input'];
  rating?: InputMaybe<LeadRating>;
  timeline: LeadTimeline;
};

export type Query = {
  __typename?: 'Query';
  /** The rules that route new leads to a team, in the order they are tried. */
  assignmentRules: AssignmentRuleConnection;
  /** The teams new leads are assigned to, by name. */
  assignmentTeams: AssignmentTeamConnection;
  /** One campaign by id; NOT_FOUND when no campaign has it. */
  campaign?: Maybe<Campaign>;
  /** Campaigns, a page at a time; by name unless told otherwise. */
  campaigns: CampaignConnection;
  /** How a captured lead whose email is already known is handled; REJECT until set otherwise. */
  duplicateRule: DuplicateRule;
  /** One lead by id; NOT_FOUND when no lead has it. */
  lead?: Maybe<Lead>;
  /** Leads, a page at a time; newest first unless told otherwise. */
  leads: LeadConnection;
  /** The rules a lead's score is made of, oldest first. */
  scoringRules: ScoringRuleConnection;
};


export type QueryAssignmentRulesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryAssignmentTeamsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryCampaignArgs = {
  id: Scalars['ID']['input'];
};


export type QueryCampaignsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<CampaignFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<CampaignOrder>;
};


export type QueryLeadArgs = {
  id: Scalars['ID']['input'];
};


export type QueryLeadsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<LeadFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<LeadOrder>;
};


export type QueryScoringRulesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type RecordLeadActivityInput = {
  kind: LeadActivityKind;
  leadId: Scalars['ID']['input'];
  /** When it happened; not in the future. Defaults to now. */
  occurredAt?: InputMaybe<Scalars['DateTime']['input']>;
};

/** What one rule adds to a lead's score. */
export type ScoreComponent = {
  __typename?: 'ScoreComponent';
  /** ENGAGEMENT: the activities counted; 1 for FIT. */
  activityCount: Scalars['Int']['output'];
  activityKind?: Maybe<LeadActivityKind>;
  /** Points after decay as of the lead's scoredAt, to 4 decimal places; equal to points for FIT. */
  decayedPoints: Scalars['Decimal']['output'];
  field?: Maybe<FitField>;
  kind: ScoringRuleKind;
  /** FIT: the lead's value that matched. */
  matchedValue?: Maybe<Scalars['String']['output']>;
  /** Points before decay: the rule's points times activityCount. */
  points: Scalars['Int']['output'];
  rule: ScoringRule;
};

/** One source of score points. */
export type ScoringRule = {
  __typename?: 'ScoringRule';
  /** ENGAGEMENT rules: the activity that earns points. */
  activityKind?: Maybe<LeadActivityKind>;
  createdAt: Scalars['DateTime']['output'];
  /** FIT rules: the field looked at. */
  field?: Maybe<FitField>;
  /** ENGAGEMENT rules: days after which an activity's points have halved. */
  halfLifeDays?: Maybe<Scalars['Int']['output']>;
  id: Scalars['ID']['output'];
  kind: ScoringRuleKind;
  /** FIT rules on EMPLOYEE_COUNT: the largest count that matches. */
  maxEmployees?: Maybe<Scalars['Int']['output']>;
  /** FIT rules on EMPLOYEE_COUNT: the smallest count that matches. */
  minEmployees?: Maybe<Scalars['Int']['output']>;
  name: Scalars['String']['output'];
  /**
   * FIT: points a match adds (−100 to 100). ENGAGEMENT: points each activity earns when fresh (0 to
   * 100).
   */
  points: Scalars['Int']['output'];
  updatedAt: Scalars['DateTime']['output'];
  /** FIT rules on INDUSTRY, TITLE or COUNTRY: the value matched. */
  value?: Maybe<Scalars['String']['output']>;
};

export type ScoringRuleConnection = {
  __typename?: 'ScoringRuleConnection';
  edges: Array<ScoringRuleEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ScoringRuleEdge = {
  __typename?: 'ScoringRuleEdge';
  cursor: Scalars['String']['output'];
  node: ScoringRule;
};

export type ScoringRuleKind =
  /** Points for what the lead does: each activity of a kind, halving every halfLifeDays. */
  | 'ENGAGEMENT'
  /** Points for what the lead is: a field matching a value. */
  | 'FIT';

export type ScoringRulePayload = {
  __typename?: 'ScoringRulePayload';
  rule?: Maybe<ScoringRule>;
  userErrors: Array<UserError>;
};

export type SetDuplicateRuleInput = {
  rule: DuplicateRule;
};

export type SortDirection =
  | 'ASC'
  | 'DESC';

export type UpdateAssignmentRuleInput = {
  /** Set to null to match any country. */
  country?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  /** Set to null to match any industry. */
  industry?: InputMaybe<Scalars['String']['input']>;
  priority?: InputMaybe<Scalars['Int']['input']>;
  teamId?: InputMaybe<Scalars['ID']['input']>;
};

export type UpdateAssignmentTeamInput = {
  id: Scalars['ID']['input'];
  memberIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  name?: InputMaybe<Scalars['String']['input']>;
};

export type UpdateCampaignInput = {
  actualCost?: InputMaybe<Scalars['Decimal']['input']>;
  budget?: InputMaybe<Scalars['Decimal']['input']>;
  channel?: InputMaybe<CampaignChannel>;
  endDate?: InputMaybe<Scalars['Date']['input']>;
  id: Scalars['ID']['input'];
  name?: InputMaybe<Scalars['String']['input']>;
  ownerId?: InputMaybe<Scalars['ID']['input']>;
  /** Set to null to detach the campaign from its parent. */
  parentId?: InputMaybe<Scalars['ID']['input']>;
  startDate?: InputMaybe<Scalars['Date']['input']>;
  status?: InputMaybe<CampaignStatus>;
};

export type UpdateCampaignMemberInput = {
  id: Scalars['ID']['input'];
  status: CampaignMemberStatus;
};

export type UpdateLeadInput = {
  company?: InputMaybe<Scalars['String']['input']>;
  country?: InputMaybe<Scalars['String']['input']>;
  email?: InputMaybe<Scalars['String']['input']>;
  employeeCount?: InputMaybe<Scalars['Int']['input']>;
  firstName?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  industry?: InputMaybe<Scalars['String']['input']>;
  lastName?: InputMaybe<Scalars['String']['input']>;
  phone?: InputMaybe<Scalars['String']['input']>;
  rating?: InputMaybe<LeadRating>;
  /**
   * OPEN, WORKING or NURTURING, along the allowed moves; QUALIFIED, UNQUALIFIED and CONVERTED are
   * reached through qualifyLead, disqualifyLead and convertLead.
   */
  status?: InputMaybe<LeadStatus>;
  title?: InputMaybe<Scalars['String']['input']>;
};

/** Kind, field and activity kind stay as they are; create another rule to change them. */
export type UpdateScoringRuleInput = {
  halfLifeDays?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  maxEmployees?: InputMaybe<Scalars['Int']['input']>;
  minEmployees?: InputMaybe<Scalars['Int']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  points?: InputMaybe<Scalars['Int']['input']>;
  value?: InputMaybe<Scalars['String']['input']>;
};

/** A business rule the request broke; nothing was written. */
export type UserError = {
  __typename?: 'UserError';
  /** Stable code: INVALID, NOT_FOUND, DUPLICATE, INVALID_TRANSITION or HIERARCHY_CYCLE. */
  code: Scalars['String']['output'];
  /** Path of the input field at fault, such as ["input", "parentId"]. */
  field?: Maybe<Array<Scalars['String']['output']>>;
  message: Scalars['String']['output'];
};



export type ResolverTypeWrapper<T> = Promise<T> | T;

export type ReferenceResolver<TResult, TReference, TContext> = (
      reference: TReference,
      context: TContext,
      info: GraphQLResolveInfo
    ) => Promise<TResult> | TResult;

      type ScalarCheck<T, S> = S extends true ? T : NullableCheck<T, S>;
      type NullableCheck<T, S> = Maybe<T> extends T ? Maybe<ListCheck<NonNullable<T>, S>> : ListCheck<T, S>;
      type ListCheck<T, S> = T extends (infer U)[] ? NullableCheck<U, S>[] : GraphQLRecursivePick<T, S>;
      export type GraphQLRecursivePick<T, S> = { [K in keyof T & keyof S]: ScalarCheck<T[K], S[K]> };
    

export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

/** Mapping of federation types */
export type FederationTypes = {
  Account: Account;
  Campaign: Campaign;
  Lead: Lead;
};

/** Mapping of federation reference types */
export type FederationReferenceTypes = {
  Account:
    ( { __typename: 'Account' }
    & GraphQLRecursivePick<FederationTypes['Account'], {"id":true}> );
  Campaign:
    ( { __typename: 'Campaign' }
    & GraphQLRecursivePick<FederationTypes['Campaign'], {"id":true}> );
  Lead:
    ( { __typename: 'Lead' }
    & GraphQLRecursivePick<FederationTypes['Lead'], {"id":true}> );
};



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  Account: ResolverTypeWrapper<AccountModel>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  AccountCampaignInfluence: ResolverTypeWrapper<AccountCampaignInfluenceModel>;
  AddCampaignMemberInput: AddCampaignMemberInput;
  AssignmentRule: ResolverTypeWrapper<AssignmentRuleModel>;
  AssignmentRuleConnection: ResolverTypeWrapper<AssignmentRuleConnectionModel>;
  AssignmentRuleEdge: ResolverTypeWrapper<AssignmentRuleEdgeModel>;
  AssignmentRulePayload: ResolverTypeWrapper<AssignmentRulePayloadModel>;
  AssignmentTeam: ResolverTypeWrapper<AssignmentTeamModel>;
  AssignmentTeamConnection: ResolverTypeWrapper<AssignmentTeamConnectionModel>;
  AssignmentTeamEdge: ResolverTypeWrapper<AssignmentTeamEdgeModel>;
  AssignmentTeamPayload: ResolverTypeWrapper<AssignmentTeamPayloadModel>;
  Campaign: ResolverTypeWrapper<CampaignModel>;
  CampaignChannel: CampaignChannel;
  CampaignConnection: ResolverTypeWrapper<CampaignConnectionModel>;
  CampaignEdge: ResolverTypeWrapper<CampaignEdgeModel>;
  CampaignFilter: CampaignFilter;
  CampaignMember: ResolverTypeWrapper<CampaignMemberModel>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  CampaignMemberConnection: ResolverTypeWrapper<CampaignMemberConnectionModel>;
  CampaignMemberEdge: ResolverTypeWrapper<CampaignMemberEdgeModel>;
  CampaignMemberPayload: ResolverTypeWrapper<CampaignMemberPayloadModel>;
  CampaignMemberStatus: CampaignMemberStatus;
  CampaignOrder: CampaignOrder;
  CampaignOrderField: CampaignOrderField;
  CampaignPayload: ResolverTypeWrapper<CampaignPayloadModel>;
  CampaignResults: ResolverTypeWrapper<CampaignResultsModel>;
  CampaignStatus: CampaignStatus;
  CaptureLeadInput: CaptureLeadInput;
  CaptureLeadResult: ResolverTypeWrapper<CaptureLeadResultModel>;
  CaptureLeadsInput: CaptureLeadsInput;
  CaptureLeadsPayload: ResolverTypeWrapper<CaptureLeadsPayloadModel>;
  CaptureOutcome: ResolverTypeWrapper<CaptureOutcomeModel>;
  CaptureRowError: ResolverTypeWrapper<CaptureRowErrorModel>;
  Contact: ResolverTypeWrapper<Contact>;
  ConvertLeadInput: ConvertLeadInput;
  ConvertLeadPayload: ResolverTypeWrapper<ConvertLeadPayloadModel>;
  CreateAssignmentRuleInput: CreateAssignmentRuleInput;
  CreateAssignmentTeamInput: CreateAssignmentTeamInput;
  CreateCampaignInput: CreateCampaignInput;
  CreateScoringRuleInput: CreateScoringRuleInput;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Decimal: ResolverTypeWrapper<Scalars['Decimal']['output']>;
  DeleteAssignmentRuleInput: DeleteAssignmentRuleInput;
  DeleteAssignmentRulePayload: ResolverTypeWrapper<DeleteAssignmentRulePayload>;
  DeleteScoringRuleInput: DeleteScoringRuleInput;
  DeleteScoringRulePayload: ResolverTypeWrapper<DeleteScoringRulePayload>;
  DisqualifyLeadInput: DisqualifyLeadInput;
  DuplicateRule: DuplicateRule;
  DuplicateRulePayload: ResolverTypeWrapper<DuplicateRulePayload>;
  FitField: FitField;
  Lead: ResolverTypeWrapper<LeadModel>;
  LeadActivity: ResolverTypeWrapper<LeadActivityModel>;
  LeadActivityKind: LeadActivityKind;
  LeadActivityPayload: ResolverTypeWrapper<LeadActivityPayloadModel>;
  LeadAuthority: LeadAuthority;
  LeadConnection: ResolverTypeWrapper<LeadConnectionModel>;
  LeadConversion: ResolverTypeWrapper<LeadConversionModel>;
  LeadConversionFailureReason: LeadConversionFailureReason;
  LeadConversionStatus: LeadConversionStatus;
  LeadEdge: ResolverTypeWrapper<LeadEdgeModel>;
  LeadFilter: LeadFilter;
  LeadOrder: LeadOrder;
  LeadOrderField: LeadOrderField;
  LeadPayload: ResolverTypeWrapper<LeadPayloadModel>;
  LeadQualification: ResolverTypeWrapper<LeadQualificationModel>;
  LeadRating: LeadRating;
  LeadSource: LeadSource;
  LeadStatus: LeadStatus;
  LeadTimeline: LeadTimeline;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Opportunity: ResolverTypeWrapper<Opportunity>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  QualifyLeadInput: QualifyLeadInput;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RecordLeadActivityInput: RecordLeadActivityInput;
  ScoreComponent: ResolverTypeWrapper<ScoreComponentModel>;
  ScoringRule: ResolverTypeWrapper<ScoringRuleModel>;
  ScoringRuleConnection: ResolverTypeWrapper<ScoringRuleConnectionModel>;
  ScoringRuleEdge: ResolverTypeWrapper<ScoringRuleEdgeModel>;
  ScoringRuleKind: ScoringRuleKind;
  ScoringRulePayload: ResolverTypeWrapper<ScoringRulePayloadModel>;
  SetDuplicateRuleInput: SetDuplicateRuleInput;
  SortDirection: SortDirection;
  UpdateAssignmentRuleInput: UpdateAssignmentRuleInput;
  UpdateAssignmentTeamInput: UpdateAssignmentTeamInput;
  UpdateCampaignInput: UpdateCampaignInput;
  UpdateCampaignMemberInput: UpdateCampaignMemberInput;
  UpdateLeadInput: UpdateLeadInput;
  UpdateScoringRuleInput: UpdateScoringRuleInput;
  UserError: ResolverTypeWrapper<UserError>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  Account: AccountModel;
  Int: Scalars['Int']['output'];
  String: Scalars['String']['output'];
  ID: Scalars['ID']['output'];
  AccountCampaignInfluence: AccountCampaignInfluenceModel;
  AddCampaignMemberInput: AddCampaignMemberInput;
  AssignmentRule: AssignmentRuleModel;
  AssignmentRuleConnection: AssignmentRuleConnectionModel;
  AssignmentRuleEdge: AssignmentRuleEdgeModel;
  AssignmentRulePayload: AssignmentRulePayloadModel;
  AssignmentTeam: AssignmentTeamModel;
  AssignmentTeamConnection: AssignmentTeamConnectionModel;
  AssignmentTeamEdge: AssignmentTeamEdgeModel;
  AssignmentTeamPayload: AssignmentTeamPayloadModel;
  Campaign: CampaignModel;
  CampaignConnection: CampaignConnectionModel;
  CampaignEdge: CampaignEdgeModel;
  CampaignFilter: CampaignFilter;
  CampaignMember: CampaignMemberModel;
  Boolean: Scalars['Boolean']['output'];
  CampaignMemberConnection: CampaignMemberConnectionModel;
  CampaignMemberEdge: CampaignMemberEdgeModel;
  CampaignMemberPayload: CampaignMemberPayloadModel;
  CampaignOrder: CampaignOrder;
  CampaignPayload: CampaignPayloadModel;
  CampaignResults: CampaignResultsModel;
  CaptureLeadInput: CaptureLeadInput;
  CaptureLeadResult: CaptureLeadResultModel;
  CaptureLeadsInput: CaptureLeadsInput;
  CaptureLeadsPayload: CaptureLeadsPayloadModel;
  CaptureRowError: CaptureRowErrorModel;
  Contact: Contact;
  ConvertLeadInput: ConvertLeadInput;
  ConvertLeadPayload: ConvertLeadPayloadModel;
  CreateAssignmentRuleInput: CreateAssignmentRuleInput;
  CreateAssignmentTeamInput: CreateAssignmentTeamInput;
  CreateCampaignInput: CreateCampaignInput;
  CreateScoringRuleInput: CreateScoringRuleInput;
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  Decimal: Scalars['Decimal']['output'];
  DeleteAssignmentRuleInput: DeleteAssignmentRuleInput;
  DeleteAssignmentRulePayload: DeleteAssignmentRulePayload;
  DeleteScoringRuleInput: DeleteScoringRuleInput;
  DeleteScoringRulePayload: DeleteScoringRulePayload;
  DisqualifyLeadInput: DisqualifyLeadInput;
  DuplicateRulePayload: DuplicateRulePayload;
  Lead: LeadModel;
  LeadActivity: LeadActivityModel;
  LeadActivityPayload: LeadActivityPayloadModel;
  LeadConnection: LeadConnectionModel;
  LeadConversion: LeadConversionModel;
  LeadEdge: LeadEdgeModel;
  LeadFilter: LeadFilter;
  LeadOrder: LeadOrder;
  LeadPayload: LeadPayloadModel;
  LeadQualification: LeadQualificationModel;
  Mutation: Record<PropertyKey, never>;
  Opportunity: Opportunity;
  PageInfo: PageInfo;
  QualifyLeadInput: QualifyLeadInput;
  Query: Record<PropertyKey, never>;
  RecordLeadActivityInput: RecordLeadActivityInput;
  ScoreComponent: ScoreComponentModel;
  ScoringRule: ScoringRuleModel;
  ScoringRuleConnection: ScoringRuleConnectionModel;
  ScoringRuleEdge: ScoringRuleEdgeModel;
  ScoringRulePayload: ScoringRulePayloadModel;
  SetDuplicateRuleInput: SetDuplicateRuleInput;
  UpdateAssignmentRuleInput: UpdateAssignmentRuleInput;
  UpdateAssignmentTeamInput: UpdateAssignmentTeamInput;
  UpdateCampaignInput: UpdateCampaignInput;
  UpdateCampaignMemberInput: UpdateCampaignMemberInput;
  UpdateLeadInput: UpdateLeadInput;
  UpdateScoringRuleInput: UpdateScoringRuleInput;
  UserError: UserError;
};

export type CheckedPerRowDirectiveArgs = { };

export type CheckedPerRowDirectiveResolver<Result, Parent, ContextType = ResolverContext, Args = CheckedPerRowDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type AccountResolvers<ContextType = ResolverContext, ParentType extends ResolversParentTypes['Account'] = ResolversParentTypes['Account'], FederationReferenceType extends FederationReferenceTypes['Account'] = FederationReferenceTypes['Account']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Account']> | FederationReferenceType, FederationReferenceType, ContextType>;
  campaignInfluence?: Resolver<Array<ResolversTypes['AccountCampaignInfluence']>, ParentType, ContextType, Partial<AccountCampaignInfluenceArgs>>;
  convertedLeads?: Resolver<ResolversTypes['LeadConnection'], ParentType, ContextType, Partial<AccountConvertedLeadsArgs>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type AccountCampaignInfluenceResolvers<ContextType = ResolverContext, ParentType extends ResolversParentTypes['AccountCampaignInfluence'] = ResolversParentTypes['AccountCampaignInfluence']> = {
  campaign?: Resolver<ResolversTypes['Campaign'], ParentType, ContextType>;
  convertedLeads?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  lastConvertedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
};

export type AssignmentRuleResolvers<ContextType = ResolverContext, ParentType extends ResolversParentTypes['AssignmentRule'] = ResolversParentTypes['AssignmentRule']> = {
  country?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  industry?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  priority?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  team?: Resolver<ResolversTypes['AssignmentTeam'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
};

export type AssignmentRuleConnectionResolvers<ContextType = ResolverContext, ParentType extends ResolversParentTypes['AssignmentRuleConnection'] = ResolversParentTypes['AssignmentRuleConnection']> = {
  edges?: Resolver<Array<ResolversTypes['AssignmentRuleEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type AssignmentRuleEdgeResolvers<ContextType = ResolverContext, ParentType extends ResolversParentTypes['AssignmentRuleEdge'] = ResolversParentTypes['AssignmentRuleEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['AssignmentRule'], ParentType, ContextType>;
};

export type AssignmentRulePayloadResolvers<ContextType = ResolverContext, ParentType extends ResolversParentTypes['AssignmentRulePayload'] = ResolversParentTypes['AssignmentRulePayload']> = {
  rule?: Resolver<Maybe<ResolversTypes['AssignmentRule']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type AssignmentTeamResolvers<ContextType = ResolverContext, ParentType extends ResolversParentTypes['AssignmentTeam'] = ResolversParentTypes['AssignmentTeam']> = {
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  memberIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
};

export type AssignmentTeamConnectionResolvers<ContextType = ResolverContext, ParentType extends ResolversParentTypes['AssignmentTeamConnection'] = ResolversParentTypes['AssignmentTeamConnection']> = {
  edges?: Resolver<Array<ResolversTypes['AssignmentTeamEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type AssignmentTeamEdgeResolvers<ContextType = ResolverContext, ParentType extends ResolversParentTypes['AssignmentTeamEdge'] = ResolversParentTypes['AssignmentTeamEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['AssignmentTeam'], ParentType, ContextType>;
};

export type AssignmentTeamPayloadResolvers<ContextType = ResolverContext, ParentType extends ResolversParentTypes['AssignmentTeamPayload'] = ResolversParentTypes['AssignmentTeamPayload']> = {
  team?: Resolver<Maybe<ResolversTypes['AssignmentTeam']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type CampaignResolvers<ContextType = ResolverContext, ParentType extends ResolversParentTypes['Campaign'] = ResolversParentTypes['Campaign'], FederationReferenceType extends FederationReferenceTypes['Campaign'] = FederationReferenceTypes['Campaign']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Campaign']> | FederationReferenceType, FederationReferenceType, ContextType>;
  actualCost?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  budget?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  channel?: Resolver<ResolversTypes['CampaignChannel'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  endDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  leadCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  memberCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  members?: Resolver<ResolversTypes['CampaignMemberConnection'], ParentType, ContextType, Partial<CampaignMembersArgs>>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  ownerId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  parent?: Resolver<Maybe<ResolversTypes['Campaign']>, ParentType, ContextType>;
  respondedCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  results?: Resolver<ResolversTypes['CampaignResults'], ParentType, ContextType>;
  startDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['CampaignStatus'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
};

export type CampaignConnectionResolvers<ContextType = ResolverContext, ParentType extends ResolversParentTypes['CampaignConnection'] = ResolversParentTypes['CampaignConnection']> = {
  edges?: Resolver<Array<ResolversTypes['CampaignEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CampaignEdgeResolvers<ContextType = ResolverContext, ParentType extends ResolversParentTypes['CampaignEdge'] = ResolversParentTypes['CampaignEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Campaign'], ParentType, ContextType>;
};

export type CampaignMemberResolvers<ContextType = ResolverContext, ParentType extends ResolversParentTypes['CampaignMember'] = ResolversParentTypes['CampaignMember']> = {
  campaign?: Resolver<ResolversTypes['Campaign'], ParentType, ContextType>;
  contact?: Resolver<Maybe<ResolversTypes['Contact']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  firstRespondedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  hasResponded?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lead?: Resolver<Maybe<ResolversTypes['Lead']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['CampaignMemberStatus'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
};

export type CampaignMemberConnectionResolvers<ContextType = ResolverContext, ParentType extends ResolversParentTypes['CampaignMemberConnection'] = ResolversParentTypes['CampaignMemberConnection']> = {
  edges?: Resolver<Array<ResolversTypes['CampaignMemberEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CampaignMemberEdgeResolvers<ContextType = ResolverContext, ParentType extends ResolversParentTypes['CampaignMemberEdge'] = ResolversParentTypes['CampaignMemberEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['CampaignMember'], ParentType, ContextType>;
};

export type CampaignMemberPayloadResolvers<ContextType = ResolverContext, ParentType extends ResolversParentTypes['CampaignMemberPayload'] = ResolversParentTypes['CampaignMemberPayload']> = {
  member?: Resolver<Maybe<ResolversTypes['CampaignMember']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type CampaignPayloadResolvers<ContextType = ResolverContext, ParentType extends ResolversParentTypes['CampaignPayload'] = ResolversParentTypes['CampaignPayload']> = {
  campaign?: Resolver<Maybe<ResolversTypes['Campaign']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type CampaignResultsResolvers<ContextType = ResolverContext, ParentType extends ResolversParentTypes['CampaignResults'] = ResolversParentTypes['CampaignResults']> = {
  actualCost?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  convertedLeads?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  leads?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  opportunities?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  roi?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  wonAmount?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  wonOpportunities?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CaptureLeadResultResolvers<ContextType = ResolverContext, ParentType extends ResolversParentTypes['CaptureLeadResult'] = ResolversParentTypes['CaptureLeadResult']> = {
  errors?: Resolver<Array<ResolversTypes['CaptureRowError']>, ParentType, ContextType>;
  index?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  lead?: Resolver<Maybe<ResolversTypes['Lead']>, ParentType, ContextType>;
  outcome?: Resolver<ResolversTypes['CaptureOutcome'], ParentType, ContextType>;
};

export type CaptureLeadsPayloadResolvers<ContextType = ResolverContext, ParentType extends ResolversParentTypes['CaptureLeadsPayload'] = ResolversParentTypes['CaptureLeadsPayload']> = {
  accepted?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  created?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  flagged?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  merged?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  refused?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  results?: Resolver<Array<ResolversTypes['CaptureLeadResult']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type CaptureOutcomeResolvers = EnumResolverSignature<{ CREATED?: any, FLAGGED?: any, MERGED?: any, REFUSED?: any }, ResolversTypes['CaptureOutcome']>;

export type CaptureRowErrorResolvers<ContextType = ResolverContext, ParentType extends ResolversParentTypes['CaptureRowError'] = ResolversParentTypes['CaptureRowError']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  field?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  index?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ContactResolvers<ContextType = ResolverContext, ParentType extends ResolversParentTypes['Contact'] = ResolversParentTypes['Contact']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type ConvertLeadPayloadResolvers<ContextType = ResolverContext, ParentType extends ResolversParentTypes['ConvertLeadPayload'] = ResolversParentTypes['ConvertLeadPayload']> = {
  account?: Resolver<Maybe<ResolversTypes['Account']>, ParentType, ContextType>;
  contact?: Resolver<Maybe<ResolversTypes['Contact']>, ParentType, ContextType>;
  conversion?: Resolver<Maybe<ResolversTypes['LeadConversion']>, ParentType, ContextType>;
  lead?: Resolver<Maybe<ResolversTypes['Lead']>, ParentType, ContextType>;
  opportunity?: Resolver<Maybe<ResolversTypes['Opportunity']>, ParentType, ContextType>;
  repeated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export interface DecimalScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Decimal'], any> {
  name: 'Decimal';
}

export type DeleteAssignmentRulePayloadResolvers<ContextType = ResolverContext, ParentType extends ResolversParentTypes['DeleteAssignmentRulePayload'] = ResolversParentTypes['DeleteAssignmentRulePayload']> = {
  deletedId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type DeleteScoringRulePayloadResolvers<ContextType = ResolverContext, ParentType extends ResolversParentTypes['DeleteScoringRulePayload'] = ResolversParentTypes['DeleteScoringRulePayload']> = {
  deletedId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type DuplicateRulePayloadResolvers<ContextType = ResolverContext, ParentType extends ResolversParentTypes['DuplicateRulePayload'] = ResolversParentTypes['DuplicateRulePayload']> = {
  rule?: Resolver<ResolversTypes['DuplicateRule'], ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type LeadResolvers<ContextType = ResolverContext, ParentType extends ResolversParentTypes['Lead'] = ResolversParentTypes['Lead'], FederationReferenceType extends FederationReferenceTypes['Lead'] = FederationReferenceTypes['Lead']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Lead']> | FederationReferenceType, FederationReferenceType, ContextType>;
  campaign?: Resolver<Maybe<ResolversTypes['Campaign']>, ParentType, ContextType>;
  company?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  conversion?: Resolver<Maybe<ResolversTypes['LeadConversion']>, ParentType, ContextType>;
  country?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  disqualificationReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  duplicateOf?: Resolver<Maybe<ResolversTypes['Lead']>, ParentType, ContextType>;
  email?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  employeeCount?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  existingContact?: Resolver<Maybe<ResolversTypes['Contact']>, ParentType, ContextType>;
  firstName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  industry?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  lastName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  ownerId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  phone?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  qualification?: Resolver<Maybe<ResolversTypes['LeadQualification']>, ParentType, ContextType>;
  rating?: Resolver<Maybe<ResolversTypes['LeadRating']>, ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  scoreBreakdown?: Resolver<Array<ResolversTypes['ScoreComponent']>, ParentType, ContextType>;
  scoredAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  source?: Resolver<ResolversTypes['LeadSource'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['LeadStatus'], ParentType, ContextType>;
  title?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
};

export type LeadActivityResolvers<ContextType = ResolverContext, ParentType extends ResolversParentTypes['LeadActivity'] = ResolversParentTypes['LeadActivity']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['LeadActivityKind'], ParentType, ContextType>;
  lead?: Resolver<ResolversTypes['Lead'], ParentType, ContextType>;
  occurredAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
};

export type LeadActivityPayloadResolvers<ContextType = ResolverContext, ParentType extends ResolversParentTypes['LeadActivityPayload'] = ResolversParentTypes['LeadActivityPayload']> = {
  activity?: Resolver<Maybe<ResolversTypes['LeadActivity']>, ParentType, ContextType>;
  lead?: Resolver<Maybe<ResolversTypes['Lead']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type LeadConnectionResolvers<ContextType = ResolverContext, ParentType extends ResolversParentTypes['LeadConnection'] = ResolversParentTypes['LeadConnection']> = {
  edges?: Resolver<Array<ResolversTypes['LeadEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type LeadConversionResolvers<ContextType = ResolverContext, ParentType extends ResolversParentTypes['LeadConversion'] = ResolversParentTypes['LeadConversion']> = {
  account?: Resolver<Maybe<ResolversTypes['Account']>, ParentType, ContextType>;
  attempts?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  completedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  contact?: Resolver<Maybe<ResolversTypes['Contact']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  failureReason?: Resolver<Maybe<ResolversTypes['LeadConversionFailureReason']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lastError?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  lead?: Resolver<ResolversTypes['Lead'], ParentType, ContextType>;
  nextAttemptAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  opportunity?: Resolver<Maybe<ResolversTypes['Opportunity']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['LeadConversionStatus'], ParentType, ContextType>;
};

export type LeadEdgeResolvers<ContextType = ResolverContext, ParentType extends ResolversParentTypes['LeadEdge'] = ResolversParentTypes['LeadEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Lead'], ParentType, ContextType>;
};

export type LeadPayloadResolvers<ContextType = ResolverContext, ParentType extends ResolversParentTypes['LeadPayload'] = ResolversParentTypes['LeadPayload']> = {
  lead?: Resolver<Maybe<ResolversTypes['Lead']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type LeadQualificationResolvers<ContextType = ResolverContext, ParentType extends ResolversParentTypes['LeadQualification'] = ResolversParentTypes['LeadQualification']> = {
  authority?: Resolver<ResolversTypes['LeadAuthority'], ParentType, ContextType>;
  budget?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  need?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  qualifiedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  timeline?: Resolver<ResolversTypes['LeadTimeline'], ParentType, ContextType>;
};

export type MutationResolvers<ContextType = ResolverContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  addCampaignMember?: Resolver<ResolversTypes['CampaignMemberPayload'], ParentType, ContextType, RequireFields<MutationAddCampaignMemberArgs, 'input'>>;
  captureLead?: Resolver<ResolversTypes['LeadPayload'], ParentType, ContextType, RequireFields<MutationCaptureLeadArgs, 'input'>>;
  captureLeads?: Resolver<ResolversTypes['CaptureLeadsPayload'], ParentType, ContextType, RequireFields<MutationCaptureLeadsArgs, 'input'>>;
  convertLead?: Resolver<ResolversTypes['ConvertLeadPayload'], ParentType, ContextType, RequireFields<MutationConvertLeadArgs, 'input'>>;
  createAssignmentRule?: Resolver<ResolversTypes['AssignmentRulePayload'], ParentType, ContextType, RequireFields<MutationCreateAssignmentRuleArgs, 'input'>>;
  createAssignmentTeam?: Resolver<ResolversTypes['AssignmentTeamPayload'], ParentType, ContextType, RequireFields<MutationCreateAssignmentTeamArgs, 'input'>>;
  createCampaign?: Resolver<ResolversTypes['CampaignPayload'], ParentType, ContextType, RequireFields<MutationCreateCampaignArgs, 'input'>>;
  createScoringRule?: Resolver<ResolversTypes['ScoringRulePayload'], ParentType, ContextType, RequireFields<MutationCreateScoringRuleArgs, 'input'>>;
  deleteAssignmentRule?: Resolver<ResolversTypes['DeleteAssignmentRulePayload'], ParentType, ContextType, RequireFields<MutationDeleteAssignmentRuleArgs, 'input'>>;
  deleteScoringRule?: Resolver<ResolversTypes['DeleteScoringRulePayload'], ParentType, ContextType, RequireFields<MutationDeleteScoringRuleArgs, 'input'>>;
  disqualifyLead?: Resolver<ResolversTypes['LeadPayload'], ParentType, ContextType, RequireFields<MutationDisqualifyLeadArgs, 'input'>>;
  qualifyLead?: Resolver<ResolversTypes['LeadPayload'], ParentType, ContextType, RequireFields<MutationQualifyLeadArgs, 'input'>>;
  recordLeadActivity?: Resolver<ResolversTypes['LeadActivityPayload'], ParentType, ContextType, RequireFields<MutationRecordLeadActivityArgs, 'input'>>;
  setDuplicateRule?: Resolver<ResolversTypes['DuplicateRulePayload'], ParentType, ContextType, RequireFields<MutationSetDuplicateRuleArgs, 'input'>>;
  updateAssignmentRule?: Resolver<ResolversTypes['AssignmentRulePayload'], ParentType, ContextType, RequireFields<MutationUpdateAssignmentRuleArgs, 'input'>>;
  updateAssignmentTeam?: Resolver<ResolversTypes['AssignmentTeamPayload'], ParentType, ContextType, RequireFields<MutationUpdateAssignmentTeamArgs, 'input'>>;
  updateCampaign?: Resolver<ResolversTypes['CampaignPayload'], ParentType, ContextType, RequireFields<MutationUpdateCampaignArgs, 'input'>>;
  updateCampaignMember?: Resolver<ResolversTypes['CampaignMemberPayload'], ParentType, ContextType, RequireFields<MutationUpdateCampaignMemberArgs, 'input'>>;
  updateLead?: Resolver<ResolversTypes['LeadPayload'], ParentType, ContextType, RequireFields<MutationUpdateLeadArgs, 'input'>>;
  updateScoringRule?: Resolver<ResolversTypes['ScoringRulePayload'], ParentType, ContextType, RequireFields<MutationUpdateScoringRuleArgs, 'input'>>;
};

export type OpportunityResolvers<ContextType = ResolverContext, ParentType extends ResolversParentTypes['Opportunity'] = ResolversParentTypes['Opportunity']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type PageInfoResolvers<ContextType = ResolverContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type QueryResolvers<ContextType = ResolverContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  assignmentRules?: Resolver<ResolversTypes['AssignmentRuleConnection'], ParentType, ContextType, Partial<QueryAssignmentRulesArgs>>;
  assignmentTeams?: Resolver<ResolversTypes['AssignmentTeamConnection'], ParentType, ContextType, Partial<QueryAssignmentTeamsArgs>>;
  campaign?: Resolver<Maybe<ResolversTypes['Campaign']>, ParentType, ContextType, RequireFields<QueryCampaignArgs, 'id'>>;
  campaigns?: Resolver<ResolversTypes['CampaignConnection'], ParentType, ContextType, Partial<QueryCampaignsArgs>>;
  duplicateRule?: Resolver<ResolversTypes['DuplicateRule'], ParentType, ContextType>;
  lead?: Resolver<Maybe<ResolversTypes['Lead']>, ParentType, ContextType, RequireFields<QueryLeadArgs, 'id'>>;
  leads?: Resolver<ResolversTypes['LeadConnection'], ParentType, ContextType, Partial<QueryLeadsArgs>>;
  scoringRules?: Resolver<ResolversTypes['ScoringRuleConnection'], ParentType, ContextType, Partial<QueryScoringRulesArgs>>;
};

export type ScoreComponentResolvers<ContextType = ResolverContext, ParentType extends ResolversParentTypes['ScoreComponent'] = ResolversParentTypes['ScoreComponent']> = {
  activityCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  activityKind?: Resolver<Maybe<ResolversTypes['LeadActivityKind']>, ParentType, ContextType>;
  decayedPoints?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  field?: Resolver<Maybe<ResolversTypes['FitField']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ScoringRuleKind'], ParentType, ContextType>;
  matchedValue?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  points?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  rule?: Resolver<ResolversTypes['ScoringRule'], ParentType, ContextType>;
};

export type ScoringRuleResolvers<ContextType = ResolverContext, ParentType extends ResolversParentTypes['ScoringRule'] = ResolversParentTypes['ScoringRule']> = {
  activityKind?: Resolver<Maybe<ResolversTypes['LeadActivityKind']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  field?: Resolver<Maybe<ResolversTypes['FitField']>, ParentType, ContextType>;
  halfLifeDays?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ScoringRuleKind'], ParentType, ContextType>;
  maxEmployees?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  minEmployees?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  points?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ScoringRuleConnectionResolvers<ContextType = ResolverContext, ParentType extends ResolversParentTypes['ScoringRuleConnection'] = ResolversParentTypes['ScoringRuleConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ScoringRuleEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ScoringRuleEdgeResolvers<ContextType = ResolverContext, ParentType extends ResolversParentTypes['ScoringRuleEdge'] = ResolversParentTypes['ScoringRuleEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['ScoringRule'], ParentType, ContextType>;
};

export type ScoringRulePayloadResolvers<ContextType = ResolverContext, ParentType extends ResolversParentTypes['ScoringRulePayload'] = ResolversParentTypes['ScoringRulePayload']> = {
  rule?: Resolver<Maybe<ResolversTypes['ScoringRule']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type UserErrorResolvers<ContextType = ResolverContext, ParentType extends ResolversParentTypes['UserError'] = ResolversParentTypes['UserError']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  field?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type Resolvers<ContextType = ResolverContext> = {
  Account?: AccountResolvers<ContextType>;
  AccountCampaignInfluence?: AccountCampaignInfluenceResolvers<ContextType>;
  AssignmentRule?: AssignmentRuleResolvers<ContextType>;
  AssignmentRuleConnection?: AssignmentRuleConnectionResolvers<ContextType>;
  AssignmentRuleEdge?: AssignmentRuleEdgeResolvers<ContextType>;
  AssignmentRulePayload?: AssignmentRulePayloadResolvers<ContextType>;
  AssignmentTeam?: AssignmentTeamResolvers<ContextType>;
  AssignmentTeamConnection?: AssignmentTeamConnectionResolvers<ContextType>;
  AssignmentTeamEdge?: AssignmentTeamEdgeResolvers<ContextType>;
  AssignmentTeamPayload?: AssignmentTeamPayloadResolvers<ContextType>;
  Campaign?: CampaignResolvers<ContextType>;
  CampaignConnection?: CampaignConnectionResolvers<ContextType>;
  CampaignEdge?: CampaignEdgeResolvers<ContextType>;
  CampaignMember?: CampaignMemberResolvers<ContextType>;
  CampaignMemberConnection?: CampaignMemberConnectionResolvers<ContextType>;
  CampaignMemberEdge?: CampaignMemberEdgeResolvers<ContextType>;
  CampaignMemberPayload?: CampaignMemberPayloadResolvers<ContextType>;
  CampaignPayload?: CampaignPayloadResolvers<ContextType>;
  CampaignResults?: CampaignResultsResolvers<ContextType>;
  CaptureLeadResult?: CaptureLeadResultResolvers<ContextType>;
  CaptureLeadsPayload?: CaptureLeadsPayloadResolvers<ContextType>;
  CaptureOutcome?: CaptureOutcomeResolvers;
  CaptureRowError?: CaptureRowErrorResolvers<ContextType>;
  Contact?: ContactResolvers<ContextType>;
  ConvertLeadPayload?: ConvertLeadPayloadResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  Decimal?: GraphQLScalarType;
  DeleteAssignmentRulePayload?: DeleteAssignmentRulePayloadResolvers<ContextType>;
  DeleteScoringRulePayload?: DeleteScoringRulePayloadResolvers<ContextType>;
  DuplicateRulePayload?: DuplicateRulePayloadResolvers<ContextType>;
  Lead?: LeadResolvers<ContextType>;
  LeadActivity?: LeadActivityResolvers<ContextType>;
  LeadActivityPayload?: LeadActivityPayloadResolvers<ContextType>;
  LeadConnection?: LeadConnectionResolvers<ContextType>;
  LeadConversion?: LeadConversionResolvers<ContextType>;
  LeadEdge?: LeadEdgeResolvers<ContextType>;
  LeadPayload?: LeadPayloadResolvers<ContextType>;
  LeadQualification?: LeadQualificationResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Opportunity?: OpportunityResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  ScoreComponent?: ScoreComponentResolvers<ContextType>;
  ScoringRule?: ScoringRuleResolvers<ContextType>;
  ScoringRuleConnection?: ScoringRuleConnectionResolvers<ContextType>;
  ScoringRuleEdge?: ScoringRuleEdgeResolvers<ContextType>;
  ScoringRulePayload?: ScoringRulePayloadResolvers<ContextType>;
  UserError?: UserErrorResolvers<ContextType>;
};

export type DirectiveResolvers<ContextType = ResolverContext> = {
  checkedPerRow?: CheckedPerRowDirectiveResolver<any, any, ContextType>;
};
