import { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import { Account as AccountModel, Opportunity as OpportunityModel, OpportunityConnection as OpportunityConnectionModel, OpportunityEdge as OpportunityEdgeModel, OpportunityPayload as OpportunityPayloadModel, Pipeline as PipelineModel, PipelineEvent as PipelineEventModel, PipelineStage as PipelineStageModel, Stage as StageModel } from '../models';
import { ResolverContext } from '../context';
export type Maybe<T> = T | null;
export type InputMaybe<T> = T | null | undefined;
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

export type Account = {
  __typename?: 'Account';
  id: Scalars['ID']['output'];
  /** Sum of the amounts of this account's open opportunities, as recorded, without currency conversion. */
  openPipelineAmount: Scalars['Decimal']['output'];
  /**
   * Opportunities of this account, a page at a time: all of them, open and closed, by close date,
   * unless filter or orderBy say otherwise. `first` is 20 when not given and at most 100; `after`
   * takes a cursor of this list.
   */
  opportunities: OpportunityConnection;
};


export type AccountOpportunitiesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AccountOpportunityFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<OpportunityOrder>;
};

/** Which opportunities of an account to list; every given field must match. */
export type AccountOpportunityFilter = {
  /** Close date on or after this day. */
  closeDateFrom?: InputMaybe<Scalars['Date']['input']>;
  /** Close date on or before this day. */
  closeDateTo?: InputMaybe<Scalars['Date']['input']>;
  forecastCategory?: InputMaybe<ForecastCategory>;
  ownerId?: InputMaybe<Scalars['ID']['input']>;
  /** Name of the stage, such as "Negotiation/Review". */
  stage?: InputMaybe<Scalars['String']['input']>;
  /** OPEN or CLOSED opportunities only; ALL, the default, lists both. */
  status?: OpportunityStatus;
  type?: InputMaybe<OpportunityType>;
};

export type ChangeOpportunityStageInput = {
  id: Scalars['ID']['input'];
  /** Overrides the stage's default probability, in percent; a closed stage's cannot be overridden. */
  probability?: InputMaybe<Scalars['Int']['input']>;
  /** Name of the stage to move to, such as "Closed Won". */
  stage: Scalars['String']['input'];
};

export type CreateOpportunityInput = {
  /**
   * The account the sale is to. The Accounts subgraph is asked whether it exists; when it does
   * not, userErrors holds NOT_FOUND on ["input", "accountId"] and nothing is written.
   */
  accountId: Scalars['ID']['input'];
  amount?: InputMaybe<Scalars['Decimal']['input']>;
  campaignId?: InputMaybe<Scalars['ID']['input']>;
  closeDate: Scalars['Date']['input'];
  currency?: InputMaybe<Scalars['String']['input']>;
  /**
   * Up to 200 characters chosen by the client, such as a UUID. A second call with the same key
   * creates nothing and returns the opportunity the first call created, so a retried request cannot
   * create a duplicate.
   */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  leadId?: InputMaybe<Scalars['ID']['input']>;
  name: Scalars['String']['input'];
  /** Defaults to the caller. */
  ownerId?: InputMaybe<Scalars['ID']['input']>;
  /** Overrides the stage's default probability, in percent; a closed stage's cannot be overridden. */
  probability?: InputMaybe<Scalars['Int']['input']>;
  /** Name of the starting stage. */
  stage?: InputMaybe<Scalars['String']['input']>;
  type?: InputMaybe<OpportunityType>;
};

/** Where an opportunity's expected revenue is counted in a forecast. */
export type ForecastCategory =
  | 'BEST_CASE'
  | 'CLOSED'
  | 'COMMIT'
  | 'OMITTED'
  | 'PIPELINE';

export type Mutation = {
  __typename?: 'Mutation';
  /**
   * Moves an opportunity to another stage. Probability and forecast category are taken from the
   * stage unless a probability is given. A closed (won or lost) opportunity can only be reopened by
   * moving it to an open stage; moving it straight to another closed stage is INVALID_TRANSITION.
   */
  changeOpportunityStage: OpportunityPayload;
  /**
   * Creates an opportunity once the Accounts subgraph has confirmed its account. While Accounts
   * cannot be reached the request fails with SERVICE_UNAVAILABLE and nothing is written.
   */
  createOpportunity: OpportunityPayload;
  /**
   * Changes the given fields of an opportunity; fields left out keep their value. A new accountId
   * is confirmed with the Accounts subgraph first, as in createOpportunity.
   */
  updateOpportunity: OpportunityPayload;
};


export type MutationChangeOpportunityStageArgs = {
  input: ChangeOpportunityStageInput;
};


export type MutationCreateOpportunityArgs = {
  input: CreateOpportunityInput;
};


export type MutationUpdateOpportunityArgs = {
  input: UpdateOpportunityInput;
};

/** A potential sale to an account. */
export type Opportunity = {
  __typename?: 'Opportunity';
  account: Account;
  amount: Scalars['Decimal']['output'];
  /** The marketing campaign that sourced the opportunity. */
  campaignId?: Maybe<Scalars['ID']['output']>;
  /** When the sale is expected to close, or closed. */
  closeDate: Scalars['Date']['output'];
  /** When the opportunity entered a closed stage; null while it is open. */
  closedAt?: Maybe<Scalars['DateTime']['output']>;
  createdAt: Scalars['DateTime']['output'];
  /** ISO 4217 code, such as USD. */
  currency: Scalars['String']['output'];
  forecastCategory: ForecastCategory;
  id: Scalars['ID']['output'];
  isClosed: Scalars['Boolean']['output'];
  isWon: Scalars['Boolean']['output'];
  /** The lead the opportunity was converted from. */
  leadId?: Maybe<Scalars['ID']['output']>;
  name: Scalars['String']['output'];
  /** Subject of the user who owns the opportunity. */
  ownerId: Scalars['ID']['output'];
  /** Chance of winning, in percent. */
  probability: Scalars['Int']['output'];
  stage: Stage;
  type: OpportunityType;
  updatedAt: Scalars['DateTime']['output'];
};

export type OpportunityConnection = {
  __typename?: 'OpportunityConnection';
  edges: Array<OpportunityEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type OpportunityEdge = {
  __typename?: 'OpportunityEdge';
  cursor: Scalars['String']['output'];
  node: Opportunity;
};

export type OpportunityFilter = {
  accountId?: InputMaybe<Scalars['ID']['input']>;
  /** Close date on or after this day. */
  closeDateFrom?: InputMaybe<Scalars['Date']['input']>;
  /** Close date on or before this day. */
  closeDateTo?: InputMaybe<Scalars['Date']['input']>;
  forecastCategory?: InputMaybe<ForecastCategory>;
  isClosed?: InputMaybe<Scalars['Boolean']['input']>;
  ownerId?: InputMaybe<Scalars['ID']['input']>;
  /** Name of the stage, such as "Negotiation/Review". */
  stage?: InputMaybe<Scalars['String']['input']>;
  type?: InputMaybe<OpportunityType>;
};

export type OpportunityOrder = {
  direction?: SortDirection;
  field: OpportunityOrderField;
};

export type OpportunityOrderField =
  | 'AMOUNT'
  | 'CLOSE_DATE'
  | 'CREATED_AT'
  | 'NAME';

export type OpportunityPayload = {
  __typename?: 'OpportunityPayload';
  opportunity?: Maybe<Opportunity>;
  userErrors: Array<UserError>;
};

/** Which opportunities of an account to list. */
export type OpportunityStatus =
  | 'ALL'
  /** Opportunities in a closed (won or lost) stage. */
  | 'CLOSED'
  /** Opportunities in an open stage. */
  | 'OPEN';

export type OpportunityType =
  | 'CROSS_SELL'
  | 'NEW_BUSINESS'
  | 'RENEWAL'
  | 'UPSELL';

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
  hasPreviousPage: Scalars['Boolean']['output'];
  startCursor?: Maybe<Scalars['String']['output']>;
};

export type Pipeline = {
  __typename?: 'Pipeline';
  amount: Scalars['Decimal']['output'];
  count: Scalars['Int']['output'];
  /** Every open stage in sales-process order, including stages with no opportunities. */
  stages: Array<PipelineStage>;
  /** Sum of the stages' weighted amounts. */
  weightedAmount: Scalars['Decimal']['output'];
};

/** What an opportunity change was, the most specific that applies. */
export type PipelineChangeKind =
  /** Only the amount changed. */
  | 'AMOUNT_CHANGED'
  /** Only the close date changed. */
  | 'CLOSE_DATE_CHANGED'
  /** The opportunity was created. */
  | 'CREATED'
  /** The opportunity entered a lost stage. */
  | 'LOST'
  /** A closed opportunity moved back to an open stage. */
  | 'REOPENED'
  /** The opportunity moved to another open stage. */
  | 'STAGE_CHANGED'
  /** Any other change, or several fields at once. */
  | 'UPDATED'
  /** The opportunity entered a won stage. */
  | 'WON';

/** One change of one opportunity. */
export type PipelineEvent = {
  __typename?: 'PipelineEvent';
  /** Position in the sales event sequence; pass it as `after` to resume after this event. */
  eventId: Scalars['ID']['output'];
  kind: PipelineChangeKind;
  occurredAt: Scalars['DateTime']['output'];
  /** The opportunity as it was right after this change, not as it is now. */
  opportunity: Opportunity;
  /**
   * The pipeline summary for the subscriber's filter as it stood right after this change
   * committed, not as it is now: a replayed event, or one delivered during a burst of changes,
   * shows the pipeline of its own moment, so successive events show how the pipeline moved.
   */
  pipeline: Pipeline;
  /** The amount before the change, when the change altered it. */
  previousAmount?: Maybe<Scalars['Decimal']['output']>;
  /** The owner before the change, when the change gave the opportunity to another owner. */
  previousOwnerId?: Maybe<Scalars['ID']['output']>;
  /** The stage the opportunity left, when the change moved it. */
  previousStage?: Maybe<Stage>;
};

export type PipelineFilter = {
  accountId?: InputMaybe<Scalars['ID']['input']>;
  /** Only opportunities in this ISO 4217 currency. */
  currency?: InputMaybe<Scalars['String']['input']>;
  ownerId?: InputMaybe<Scalars['ID']['input']>;
};

/** Open opportunities of one stage. */
export type PipelineStage = {
  __typename?: 'PipelineStage';
  amount: Scalars['Decimal']['output'];
  count: Scalars['Int']['output'];
  stage: Stage;
  /** Sum of amount × probability / 100, rounded to two decimal places once, after summing. */
  weightedAmount: Scalars['Decimal']['output'];
};

/** Which opportunities' changes a pipeline subscription receives; every given field must match. */
export type PipelineSubscriptionFilter = {
  /** Only opportunities of this account, after the change or, for a move to another, before it. */
  accountId?: InputMaybe<Scalars['ID']['input']>;
  /** Only opportunities of this owner, after the change or, for a reassignment, before it. */
  ownerId?: InputMaybe<Scalars['ID']['input']>;
};

export type Query = {
  __typename?: 'Query';
  /** Opportunities, a page at a time. */
  opportunities: OpportunityConnection;
  /** One opportunity by id; NOT_FOUND when no opportunity has it. */
  opportunity?: Maybe<Opportunity>;
  /**
   * Open opportunities summed per open stage. Amounts are added as recorded, without currency
   * conversion.
   */
  pipeline: Pipeline;
  /** Every sales stage, in the order an opportunity moves through them. */
  stages: Array<Stage>;
};


export type QueryOpportunitiesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<OpportunityFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<OpportunityOrder>;
};


export type QueryOpportunityArgs = {
  id: Scalars['ID']['input'];
};


export type QueryPipelineArgs = {
  filter?: InputMaybe<PipelineFilter>;
};

export type SortDirection =
  | 'ASC'
  | 'DESC';

/** A step of the sales process. */
export type Stage = {
  __typename?: 'Stage';
  /** Probability, in percent, an opportunity takes when it enters this stage. */
  defaultProbability: Scalars['Int']['output'];
  forecastCategory: ForecastCategory;
  id: Scalars['ID']['output'];
  isClosed: Scalars['Boolean']['output'];
  isWon: Scalars['Boolean']['output'];
  name: Scalars['String']['output'];
  /** Position in the sales process; lower comes first. */
  sortOrder: Scalars['Int']['output'];
};

export type Subscription = {
  __typename?: 'Subscription';
  /**
   * One event per opportunity change, in commit order. Pass the last eventId seen as `after` to
   * receive what was missed (retention: 24 hours).
   */
  pipelineChanged: PipelineEvent;
};


export type SubscriptionPipelineChangedArgs = {
  after?: InputMaybe<Scalars['ID']['input']>;
  filter?: InputMaybe<PipelineSubscriptionFilter>;
};

export type UpdateOpportunityInput = {
  /**
   * Moves the opportunity to another account, which the Accounts subgraph must have: otherwise
   * userErrors holds NOT_FOUND on ["input", "accountId"] and nothing is written.
   */
  accountId?: InputMaybe<Scalars['ID']['input']>;
  amount?: InputMaybe<Scalars['Decimal']['input']>;
  closeDate?: InputMaybe<Scalars['Date']['input']>;
  currency?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  name?: InputMaybe<Scalars['String']['input']>;
  ownerId?: InputMaybe<Scalars['ID']['input']>;
  type?: InputMaybe<OpportunityType>;
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
  Opportunity: Opportunity;
};

/** Mapping of federation reference types */
export type FederationReferenceTypes = {
  Account:
    ( { __typename: 'Account' }
    & GraphQLRecursivePick<FederationTypes['Account'], {"id":true}> );
  Opportunity:
    ( { __typename: 'Opportunity' }
    & GraphQLRecursivePick<FederationTypes['Opportunity'], {"id":true}> );
};



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  Account: ResolverTypeWrapper<AccountModel>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  AccountOpportunityFilter: AccountOpportunityFilter;
  ChangeOpportunityStageInput: ChangeOpportunityStageInput;
  CreateOpportunityInput: CreateOpportunityInput;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Decimal: ResolverTypeWrapper<Scalars['Decimal']['output']>;
  ForecastCategory: ForecastCategory;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Opportunity: ResolverTypeWrapper<OpportunityModel>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  OpportunityConnection: ResolverTypeWrapper<OpportunityConnectionModel>;
  OpportunityEdge: ResolverTypeWrapper<OpportunityEdgeModel>;
  OpportunityFilter: OpportunityFilter;
  OpportunityOrder: OpportunityOrder;
  OpportunityOrderField: OpportunityOrderField;
  OpportunityPayload: ResolverTypeWrapper<OpportunityPayloadModel>;
  OpportunityStatus: OpportunityStatus;
  OpportunityType: OpportunityType;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Pipeline: ResolverTypeWrapper<PipelineModel>;
  PipelineChangeKind: PipelineChangeKind;
  PipelineEvent: ResolverTypeWrapper<PipelineEventModel>;
  PipelineFilter: PipelineFilter;
  PipelineStage: ResolverTypeWrapper<PipelineStageModel>;
  PipelineSubscriptionFilter: PipelineSubscriptionFilter;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  SortDirection: SortDirection;
  Stage: ResolverTypeWrapper<StageModel>;
  Subscription: ResolverTypeWrapper<Record<PropertyKey, never>>;
  UpdateOpportunityInput: UpdateOpportunityInput;
  UserError: ResolverTypeWrapper<UserError>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  Account: AccountModel;
  ID: Scalars['ID']['output'];
  String: Scalars['String']['output'];
  Int: Scalars['Int']['output'];
  AccountOpportunityFilter: AccountOpportunityFilter;
  ChangeOpportunityStageInput: ChangeOpportunityStageInput;
  CreateOpportunityInput: CreateOpportunityInput;
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  Decimal: Scalars['Decimal']['output'];
  Mutation: Record<PropertyKey, never>;
  Opportunity: OpportunityModel;
  Boolean: Scalars['Boolean']['output'];
  OpportunityConnection: OpportunityConnectionModel;
  OpportunityEdge: OpportunityEdgeModel;
  OpportunityFilter: OpportunityFilter;
  OpportunityOrder: OpportunityOrder;
  OpportunityPayload: OpportunityPayloadModel;
  PageInfo: PageInfo;
  Pipeline: PipelineModel;
  PipelineEvent: PipelineEventModel;
  PipelineFilter: PipelineFilter;
  PipelineStage: PipelineStageModel;
  PipelineSubscriptionFilter: PipelineSubscriptionFilter;
  Query: Record<PropertyKey, never>;
  Stage: StageModel;
  Subscription: Record<PropertyKey, never>;
  UpdateOpportunityInput: UpdateOpportunityInput;
  UserError: UserError;
};

export type AccountResolvers<ContextType = ResolverContext, ParentType extends ResolversParentTypes['Account'] = ResolversParentTypes['Account'], FederationReferenceType extends FederationReferenceTypes['Account'] = FederationReferenceTypes['Account']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Account']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  openPipelineAmount?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  opportunities?: Resolver<ResolversTypes['OpportunityConnection'], ParentType, ContextType, Partial<AccountOpportunitiesArgs>>;
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

export type MutationResolvers<ContextType = ResolverContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  changeOpportunityStage?: Resolver<ResolversTypes['OpportunityPayload'], ParentType, ContextType, RequireFields<MutationChangeOpportunityStageArgs, 'input'>>;
  createOpportunity?: Resolver<ResolversTypes['OpportunityPayload'], ParentType, ContextType, RequireFields<MutationCreateOpportunityArgs, 'input'>>;
  updateOpportunity?: Resolver<ResolversTypes['OpportunityPayload'], ParentType, ContextType, RequireFields<MutationUpdateOpportunityArgs, 'input'>>;
};

export type OpportunityResolvers<ContextType = ResolverContext, ParentType extends ResolversParentTypes['Opportunity'] = ResolversParentTypes['Opportunity'], FederationReferenceType extends FederationReferenceTypes['Opportunity'] = FederationReferenceTypes['Opportunity']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Opportunity']> | FederationReferenceType, FederationReferenceType, ContextType>;
  account?: Resolver<ResolversTypes['Account'], ParentType, ContextType>;
  amount?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  campaignId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  closeDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  closedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  forecastCategory?: Resolver<ResolversTypes['ForecastCategory'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  isClosed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  isWon?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  leadId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  ownerId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  probability?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  stage?: Resolver<ResolversTypes['Stage'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['OpportunityType'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
};

export type OpportunityConnectionResolvers<ContextType = ResolverContext, ParentType extends ResolversParentTypes['OpportunityConnection'] = ResolversParentTypes['OpportunityConnection']> = {
  edges?: Resolver<Array<ResolversTypes['OpportunityEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type OpportunityEdgeResolvers<ContextType = ResolverContext, ParentType extends ResolversParentTypes['OpportunityEdge'] = ResolversParentTypes['OpportunityEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Opportunity'], ParentType, ContextType>;
};

export type OpportunityPayloadResolvers<ContextType = ResolverContext, ParentType extends ResolversParentTypes['OpportunityPayload'] = ResolversParentTypes['OpportunityPayload']> = {
  opportunity?: Resolver<Maybe<ResolversTypes['Opportunity']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type PageInfoResolvers<ContextType = ResolverContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type PipelineResolvers<ContextType = ResolverContext, ParentType extends ResolversParentTypes['Pipeline'] = ResolversParentTypes['Pipeline']> = {
  amount?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  stages?: Resolver<Array<ResolversTypes['PipelineStage']>, ParentType, ContextType>;
  weightedAmount?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
};

export type PipelineEventResolvers<ContextType = ResolverContext, ParentType extends ResolversParentTypes['PipelineEvent'] = ResolversParentTypes['PipelineEvent']> = {
  eventId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['PipelineChangeKind'], ParentType, ContextType>;
  occurredAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  opportunity?: Resolver<ResolversTypes['Opportunity'], ParentType, ContextType>;
  pipeline?: Resolver<ResolversTypes['Pipeline'], ParentType, ContextType>;
  previousAmount?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  previousOwnerId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  previousStage?: Resolver<Maybe<ResolversTypes['Stage']>, ParentType, ContextType>;
};

export type PipelineStageResolvers<ContextType = ResolverContext, ParentType extends ResolversParentTypes['PipelineStage'] = ResolversParentTypes['PipelineStage']> = {
  amount?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  stage?: Resolver<ResolversTypes['Stage'], ParentType, ContextType>;
  weightedAmount?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = ResolverContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  opportunities?: Resolver<ResolversTypes['OpportunityConnection'], ParentType, ContextType, Partial<QueryOpportunitiesArgs>>;
  opportunity?: Resolver<Maybe<ResolversTypes['Opportunity']>, ParentType, ContextType, RequireFields<QueryOpportunityArgs, 'id'>>;
  pipeline?: Resolver<ResolversTypes['Pipeline'], ParentType, ContextType, Partial<QueryPipelineArgs>>;
  stages?: Resolver<Array<ResolversTypes['Stage']>, ParentType, ContextType>;
};

export type StageResolvers<ContextType = ResolverContext, ParentType extends ResolversParentTypes['Stage'] = ResolversParentTypes['Stage']> = {
  defaultProbability?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  forecastCategory?: Resolver<ResolversTypes['ForecastCategory'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  isClosed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  isWon?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sortOrder?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type SubscriptionResolvers<ContextType = ResolverContext, ParentType extends ResolversParentTypes['Subscription'] = ResolversParentTypes['Subscription']> = {
  pipelineChanged?: SubscriptionResolver<ResolversTypes['PipelineEvent'], "pipelineChanged", ParentType, ContextType, Partial<SubscriptionPipelineChangedArgs>>;
};

export type UserErrorResolvers<ContextType = ResolverContext, ParentType extends ResolversParentTypes['UserError'] = ResolversParentTypes['UserError']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  field?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type Resolvers<ContextType = ResolverContext> = {
  Account?: AccountResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  Decimal?: GraphQLScalarType;
  Mutation?: MutationResolvers<ContextType>;
  Opportunity?: OpportunityResolvers<ContextType>;
  OpportunityConnection?: OpportunityConnectionResolvers<ContextType>;
  OpportunityEdge?: OpportunityEdgeResolvers<ContextType>;
  OpportunityPayload?: OpportunityPayloadResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Pipeline?: PipelineResolvers<ContextType>;
  PipelineEvent?: PipelineEventResolvers<ContextType>;
  PipelineStage?: PipelineStageResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Stage?: StageResolvers<ContextType>;
  Subscription?: SubscriptionResolvers<ContextType>;
  UserError?: UserErrorResolvers<ContextType>;
};

