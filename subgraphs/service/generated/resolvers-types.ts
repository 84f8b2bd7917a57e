import { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import { Account as AccountModel, Case as CaseModel, CaseConnection as CaseConnectionModel, CaseEdge as CaseEdgeModel, CasePayload as CasePayloadModel, Contact as ContactModel, SlaEvent as SlaEventModel, SlaPolicy as SlaPolicyModel, SlaPolicyPayload as SlaPolicyPayloadModel, SlaTarget as SlaTargetModel } from '../models';
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
  /** An instant in ISO-8601 with a zone, such as 2026-01-31T09:30:00Z. */
  DateTime: { input: Date; output: Date | string; }
  _FieldSet: { input: unknown; output: unknown; }
};

export type Account = {
  __typename?: 'Account';
  /**
   * Cases of this account, a page at a time: its open cases (not yet resolved or closed), most
   * recently opened first, unless filter or orderBy say otherwise. `first` is 20 when not given and
   * at most 100; `after` takes a cursor of this list.
   */
  cases: CaseConnection;
  id: Scalars['ID']['output'];
  /** How many cases of this account are not yet resolved or closed. */
  openCaseCount: Scalars['Int']['output'];
};


export type AccountCasesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AccountCaseFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<CaseOrder>;
};

/** Which cases of an account to list; every given field must match. */
export type AccountCaseFilter = {
  contactId?: InputMaybe<Scalars['ID']['input']>;
  ownerId?: InputMaybe<Scalars['ID']['input']>;
  priority?: InputMaybe<CasePriority>;
  /** OPEN, the default, lists the cases not yet resolved or closed; CLOSED the others; ALL both. */
  status?: CaseStatusFilter;
};

/** A customer's request for help, from opening to closing. */
export type Case = {
  __typename?: 'Case';
  account?: Maybe<Account>;
  /** Human-readable number, such as CS-000123; unique. */
  caseNumber: Scalars['String']['output'];
  /** When the case entered CLOSED; cleared when it is reopened. */
  closedAt?: Maybe<Scalars['DateTime']['output']>;
  contact?: Maybe<Contact>;
  createdAt: Scalars['DateTime']['output'];
  description?: Maybe<Scalars['String']['output']>;
  /** When the customer first got an answer: the first move out of NEW, or respondToCase. */
  firstRespondedAt?: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  /** True until the case is resolved or closed. */
  isOpen: Scalars['Boolean']['output'];
  openedAt: Scalars['DateTime']['output'];
  origin: CaseOrigin;
  /** Subject of the user who owns the case. */
  ownerId: Scalars['ID']['output'];
  priority: CasePriority;
  /** When the case last entered RESOLVED; cleared when it is reopened. */
  resolvedAt?: Maybe<Scalars['DateTime']['output']>;
  /**
   * The case's SLA targets, oldest first: a first-response and a resolution target from its
   * opening, and a new resolution target each time it is reopened.
   */
  slaTargets: Array<SlaTarget>;
  status: CaseStatus;
  subject: Scalars['String']['output'];
  updatedAt: Scalars['DateTime']['output'];
};

export type CaseConnection = {
  __typename?: 'CaseConnection';
  edges: Array<CaseEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type CaseEdge = {
  __typename?: 'CaseEdge';
  cursor: Scalars['String']['output'];
  node: Case;
};

export type CaseFilter = {
  accountId?: InputMaybe<Scalars['ID']['input']>;
  contactId?: InputMaybe<Scalars['ID']['input']>;
  isOpen?: InputMaybe<Scalars['Boolean']['input']>;
  ownerId?: InputMaybe<Scalars['ID']['input']>;
  priority?: InputMaybe<CasePriority>;
  /** Cases in any of these statuses. */
  status?: InputMaybe<Array<CaseStatus>>;
};

export type CaseOrder = {
  direction?: SortDirection;
  field: CaseOrderField;
};

export type CaseOrderField =
  | 'CREATED_AT'
  | 'OPENED_AT'
  /** From LOW to URGENT when ascending. */
  | 'PRIORITY';

/** The channel the customer reached the business through. */
export type CaseOrigin =
  | 'CHAT'
  | 'EMAIL'
  | 'PHONE'
  | 'PORTAL'
  | 'WEB';

export type CasePayload = {
  __typename?: 'CasePayload';
  case?: Maybe<Case>;
  userErrors: Array<UserError>;
};

export type CasePriority =
  | 'HIGH'
  | 'LOW'
  | 'MEDIUM'
  | 'URGENT';

/**
 * Where a case is in its life. A case is open in NEW, WORKING, ESCALATED and ON_HOLD.
 * Moves allowed: from an open status to any other status but NEW; from RESOLVED to CLOSED or
 * back to WORKING; from CLOSED only back to WORKING. Nothing returns to NEW.
 */
export type CaseStatus =
  /** Entering it sets closedAt. */
  | 'CLOSED'
  | 'ESCALATED'
  | 'NEW'
  | 'ON_HOLD'
  /** Entering it sets resolvedAt. */
  | 'RESOLVED'
  | 'WORKING';

/** Which cases of an account to list. */
export type CaseStatusFilter =
  | 'ALL'
  /** Resolved and closed cases. */
  | 'CLOSED'
  /** Cases not yet resolved or closed. */
  | 'OPEN';

export type ChangeCaseStatusInput = {
  id: Scalars['ID']['input'];
  status: CaseStatus;
};

export type Contact = {
  __typename?: 'Contact';
  id: Scalars['ID']['output'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /**
   * Moves a case to another status, following the rules of CaseStatus; any other move returns
   * userErrors code INVALID_TRANSITION and changes nothing.
   */
  changeCaseStatus: CasePayload;
  /**
   * Opens a case in status NEW, owned by the caller unless ownerId names someone else. Its account
   * and contact are confirmed with the Accounts subgraph first (see OpenCaseInput); while Accounts
   * cannot be reached, a case with either fails with SERVICE_UNAVAILABLE and nothing is written.
   */
  openCase: CasePayload;
  /**
   * Records the first response to the customer without changing the status. The first response
   * time is kept: calling it again leaves the case as it is.
   */
  respondToCase: CasePayload;
  /**
   * Changes the given fields of a case; fields left out keep their value. A CLOSED case cannot
   * be changed (userErrors code INVALID) until it is reopened. A new account or contact is
   * confirmed with the Accounts subgraph as in openCase.
   */
  updateCase: CasePayload;
  /**
   * Replaces the SLA policy of one priority. Every number must be a positive whole number of
   * seconds, at most one year, and warningSeconds must be shorter than both targets; anything
   * else is refused as BAD_USER_INPUT naming the field. Targets already running keep their due
   * times: the policy applies to cases opened afterwards, to reopened cases and to cases moved to
   * this priority.
   */
  updateSlaPolicy: SlaPolicyPayload;
};


export type MutationChangeCaseStatusArgs = {
  input: ChangeCaseStatusInput;
};


export type MutationOpenCaseArgs = {
  input: OpenCaseInput;
};


export type MutationRespondToCaseArgs = {
  input: RespondToCaseInput;
};


export type MutationUpdateCaseArgs = {
  input: UpdateCaseInput;
};


export type MutationUpdateSlaPolicyArgs = {
  input: UpdateSlaPolicyInput;
};

export type OpenCaseInput = {
  /**
   * An account of the Accounts subgraph; when Accounts does not have it, userErrors holds
   * NOT_FOUND on ["input", "accountId"] and nothing is written.
   */
  accountId?: InputMaybe<Scalars['ID']['input']>;
  /**
   * A contact of the Accounts subgraph; when Accounts does not have it, userErrors holds NOT_FOUND
   * on ["input", "contactId"]. With accountId it must be a contact of that account, otherwise
   * userErrors holds INVALID on ["input", "contactId"]. Either way nothing is written.
   */
  contactId?: InputMaybe<Scalars['ID']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  origin?: InputMaybe<CaseOrigin>;
  /** Defaults to the caller. */
  ownerId?: InputMaybe<Scalars['ID']['input']>;
  priority?: InputMaybe<CasePriority>;
  subject: Scalars['String']['input'];
};

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
  hasPreviousPage: Scalars['Boolean']['output'];
  startCursor?: Maybe<Scalars['String']['output']>;
};

export type Query = {
  __typename?: 'Query';
  /** One case by id; NOT_FOUND when no case has it. */
  case?: Maybe<Case>;
  /** Cases, a page at a time; most recently opened first unless orderBy says otherwise. */
  cases: CaseConnection;
  /** The SLA policy of each case priority, from LOW to URGENT. */
  slaPolicies: Array<SlaPolicy>;
};


export type QueryCaseArgs = {
  id: Scalars['ID']['input'];
};


export type QueryCasesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<CaseFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<CaseOrder>;
};

export type RespondToCaseInput = {
  id: Scalars['ID']['input'];
};

/** An SLA warning or breach of one case's target, recorded once however many Service instances run. */
export type SlaEvent = {
  __typename?: 'SlaEvent';
  /** The case as it is when the event is delivered; a replayed event shows the case as it is now. */
  case: Case;
  dueAt: Scalars['DateTime']['output'];
  /** Position in the event sequence; pass it as `after` to resume after this event. */
  eventId: Scalars['ID']['output'];
  kind: SlaEventKind;
  occurredAt: Scalars['DateTime']['output'];
  /**
   * Whole seconds past the due time, for a breach: until the target was met when it was met late
   * before the breach was detected (for instance while no SLA monitor was running), otherwise until
   * the breach was recorded. Null for a warning.
   */
  secondsLate?: Maybe<Scalars['Int']['output']>;
  /** Seconds left before the due time when a warning was recorded; null for a breach. */
  secondsLeft?: Maybe<Scalars['Int']['output']>;
  target: SlaTargetKind;
};

/**
 * Which SLA events to receive; fields left out match every case. Matched against the case as it was
 * when the event was recorded.
 */
export type SlaEventFilter = {
  accountId?: InputMaybe<Scalars['ID']['input']>;
  ownerId?: InputMaybe<Scalars['ID']['input']>;
  priority?: InputMaybe<CasePriority>;
};

export type SlaEventKind =
  | 'BREACH'
  | 'WARNING';

/** How long cases of one priority may wait, in seconds. */
export type SlaPolicy = {
  __typename?: 'SlaPolicy';
  firstResponseSeconds: Scalars['Int']['output'];
  priority: CasePriority;
  resolutionSeconds: Scalars['Int']['output'];
  updatedAt: Scalars['DateTime']['output'];
  /** How long before each due time the warning fires; shorter than both targets. */
  warningSeconds: Scalars['Int']['output'];
};

export type SlaPolicyPayload = {
  __typename?: 'SlaPolicyPayload';
  policy?: Maybe<SlaPolicy>;
  userErrors: Array<UserError>;
};

/**
 * A deadline of a case, counted in plain elapsed time from the case's opening (or, for a
 * resolution target, from its reopening). A priority change recomputes the due and warning times
 * of the targets still running and not yet past due. Every time is read from the database's clock,
 * which also decides warnings and breaches.
 */
export type SlaTarget = {
  __typename?: 'SlaTarget';
  /** When the breach was recorded. */
  breachedAt?: Maybe<Scalars['DateTime']['output']>;
  dueAt: Scalars['DateTime']['output'];
  kind: SlaTargetKind;
  /** When the target was met; it may be after dueAt. */
  metAt?: Maybe<Scalars['DateTime']['output']>;
  status: SlaTargetStatus;
  /** When the warning fires: the policy's warningSeconds before dueAt. */
  warnAt: Scalars['DateTime']['output'];
  /** When the warning was sent. */
  warnedAt?: Maybe<Scalars['DateTime']['output']>;
};

/** The deadline an SLA target sets. */
export type SlaTargetKind =
  /** The first answer to the customer: the first move out of NEW, or respondToCase. */
  | 'FIRST_RESPONSE'
  /** Entering RESOLVED or CLOSED. */
  | 'RESOLUTION';

/** Where an SLA target stands now. */
export type SlaTargetStatus =
  /** Not met by its due time, whether or not it was met later. */
  | 'BREACHED'
  /** Met by its due time. */
  | 'MET'
  /** Running, and not yet within its warning window. */
  | 'PENDING'
  /** Running, and within its warning window. */
  | 'WARNED';

export type SortDirection =
  | 'ASC'
  | 'DESC';

export type Subscription = {
  __typename?: 'Subscription';
  /** A case missed an SLA target that was not met in time. */
  slaBreached: SlaEvent;
  /**
   * A case's SLA target comes within its warning window. Pass the last eventId seen as `after` to
   * receive what was missed.
   */
  slaWarning: SlaEvent;
};


export type SubscriptionSlaBreachedArgs = {
  after?: InputMaybe<Scalars['ID']['input']>;
  filter?: InputMaybe<SlaEventFilter>;
};


export type SubscriptionSlaWarningArgs = {
  after?: InputMaybe<Scalars['ID']['input']>;
  filter?: InputMaybe<SlaEventFilter>;
};

export type UpdateCaseInput = {
  /**
   * Gives the case another account, or none with null. Accounts must have it (NOT_FOUND on
   * ["input", "accountId"] otherwise), and the case's contact, when it keeps one, must be a contact
   * of it (INVALID on ["input", "accountId"] otherwise).
   */
  accountId?: InputMaybe<Scalars['ID']['input']>;
  /**
   * Gives the case another contact, or none with null. Accounts must have it (NOT_FOUND on
   * ["input", "contactId"] otherwise), and it must be a contact of the case's account, when the case
   * has one (INVALID on ["input", "contactId"] otherwise).
   */
  contactId?: InputMaybe<Scalars['ID']['input']>;
  /** Set to null to clear the description. */
  description?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  ownerId?: InputMaybe<Scalars['ID']['input']>;
  priority?: InputMaybe<CasePriority>;
  subject?: InputMaybe<Scalars['String']['input']>;
};

export type UpdateSlaPolicyInput = {
  firstResponseSeconds: Scalars['Int']['input'];
  priority: CasePriority;
  resolutionSeconds: Scalars['Int']['input'];
  warningSeconds: Scalars['Int']['input'];
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
  Case: Case;
};

/** Mapping of federation reference types */
export type FederationReferenceTypes = {
  Account:
    ( { __typename: 'Account' }
    & GraphQLRecursivePick<FederationTypes['Account'], {"id":true}> );
  Case:
    ( { __typename: 'Case' }
    & GraphQLRecursivePick<FederationTypes['Case'], {"id":true}> );
};



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  Account: ResolverTypeWrapper<AccountModel>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  AccountCaseFilter: AccountCaseFilter;
  Case: ResolverTypeWrapper<CaseModel>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  CaseConnection: ResolverTypeWrapper<CaseConnectionModel>;
  CaseEdge: ResolverTypeWrapper<CaseEdgeModel>;
  CaseFilter: CaseFilter;
  CaseOrder: CaseOrder;
  CaseOrderField: CaseOrderField;
  CaseOrigin: CaseOrigin;
  CasePayload: ResolverTypeWrapper<CasePayloadModel>;
  CasePriority: CasePriority;
  CaseStatus: CaseStatus;
  CaseStatusFilter: CaseStatusFilter;
  ChangeCaseStatusInput: ChangeCaseStatusInput;
  Contact: ResolverTypeWrapper<ContactModel>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  OpenCaseInput: OpenCaseInput;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RespondToCaseInput: RespondToCaseInput;
  SlaEvent: ResolverTypeWrapper<SlaEventModel>;
  SlaEventFilter: SlaEventFilter;
  SlaEventKind: SlaEventKind;
  SlaPolicy: ResolverTypeWrapper<SlaPolicyModel>;
  SlaPolicyPayload: ResolverTypeWrapper<SlaPolicyPayloadModel>;
  SlaTarget: ResolverTypeWrapper<SlaTargetModel>;
  SlaTargetKind: SlaTargetKind;
  SlaTargetStatus: SlaTargetStatus;
  SortDirection: SortDirection;
  Subscription: ResolverTypeWrapper<Record<PropertyKey, never>>;
  UpdateCaseInput: UpdateCaseInput;
  UpdateSlaPolicyInput: UpdateSlaPolicyInput;
  UserError: ResolverTypeWrapper<UserError>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  Account: AccountModel;
  String: Scalars['String']['output'];
  Int: Scalars['Int']['output'];
  ID: Scalars['ID']['output'];
  AccountCaseFilter: AccountCaseFilter;
  Case: CaseModel;
  Boolean: Scalars['Boolean']['output'];
  CaseConnection: CaseConnectionModel;
  CaseEdge: CaseEdgeModel;
  CaseFilter: CaseFilter;
  CaseOrder: CaseOrder;
  CasePayload: CasePayloadModel;
  ChangeCaseStatusInput: ChangeCaseStatusInput;
  Contact: ContactModel;
  DateTime: Scalars['DateTime']['output'];
  Mutation: Record<PropertyKey, never>;
  OpenCaseInput: OpenCaseInput;
  PageInfo: PageInfo;
  Query: Record<PropertyKey, never>;
  RespondToCaseInput: RespondToCaseInput;
  SlaEvent: SlaEventModel;
  SlaEventFilter: SlaEventFilter;
  SlaPolicy: SlaPolicyModel;
  SlaPolicyPayload: SlaPolicyPayloadModel;
  SlaTarget: SlaTargetModel;
  Subscription: Record<PropertyKey, never>;
  UpdateCaseInput: UpdateCaseInput;
  UpdateSlaPolicyInput: UpdateSlaPolicyInput;
  UserError: UserError;
};

export type AccountResolvers<ContextType = ResolverContext, ParentType extends ResolversParentTypes['Account'] = ResolversParentTypes['Account'], FederationReferenceType extends FederationReferenceTypes['Account'] = FederationReferenceTypes['Account']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Account']> | FederationReferenceType, FederationReferenceType, ContextType>;
  cases?: Resolver<ResolversTypes['CaseConnection'], ParentType, ContextType, Partial<AccountCasesArgs>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  openCaseCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CaseResolvers<ContextType = ResolverContext, ParentType extends ResolversParentTypes['Case'] = ResolversParentTypes['Case'], FederationReferenceType extends FederationReferenceTypes['Case'] = FederationReferenceTypes['Case']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Case']> | FederationReferenceType, FederationReferenceType, ContextType>;
  account?: Resolver<Maybe<ResolversTypes['Account']>, ParentType, ContextType>;
  caseNumber?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  closedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  contact?: Resolver<Maybe<ResolversTypes['Contact']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  firstRespondedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  isOpen?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  openedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  origin?: Resolver<ResolversTypes['CaseOrigin'], ParentType, ContextType>;
  ownerId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  priority?: Resolver<ResolversTypes['CasePriority'], ParentType, ContextType>;
  resolvedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  slaTargets?: Resolver<Array<ResolversTypes['SlaTarget']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['CaseStatus'], ParentType, ContextType>;
  subject?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
};

export type CaseConnectionResolvers<ContextType = ResolverContext, ParentType extends ResolversParentTypes['CaseConnection'] = ResolversParentTypes['CaseConnection']> = {
  edges?: Resolver<Array<ResolversTypes['CaseEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CaseEdgeResolvers<ContextType = ResolverContext, ParentType extends ResolversParentTypes['CaseEdge'] = ResolversParentTypes['CaseEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Case'], ParentType, ContextType>;
};

export type CasePayloadResolvers<ContextType = ResolverContext, ParentType extends ResolversParentTypes['CasePayload'] = ResolversParentTypes['CasePayload']> = {
  case?: Resolver<Maybe<ResolversTypes['Case']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type ContactResolvers<ContextType = ResolverContext, ParentType extends ResolversParentTypes['Contact'] = ResolversParentTypes['Contact']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type MutationResolvers<ContextType = ResolverContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  changeCaseStatus?: Resolver<ResolversTypes['CasePayload'], ParentType, ContextType, RequireFields<MutationChangeCaseStatusArgs, 'input'>>;
  openCase?: Resolver<ResolversTypes['CasePayload'], ParentType, ContextType, RequireFields<MutationOpenCaseArgs, 'input'>>;
  respondToCase?: Resolver<ResolversTypes['CasePayload'], ParentType, ContextType, RequireFields<MutationRespondToCaseArgs, 'input'>>;
  updateCase?: Resolver<ResolversTypes['CasePayload'], ParentType, ContextType, RequireFields<MutationUpdateCaseArgs, 'input'>>;
  updateSlaPolicy?: Resolver<ResolversTypes['SlaPolicyPayload'], ParentType, ContextType, RequireFields<MutationUpdateSlaPolicyArgs, 'input'>>;
};

export type PageInfoResolvers<ContextType = ResolverContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type QueryResolvers<ContextType = ResolverContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  case?: Resolver<Maybe<ResolversTypes['Case']>, ParentType, ContextType, RequireFields<QueryCaseArgs, 'id'>>;
  cases?: Resolver<ResolversTypes['CaseConnection'], ParentType, ContextType, Partial<QueryCasesArgs>>;
  slaPolicies?: Resolver<Array<ResolversTypes['SlaPolicy']>, ParentType, ContextType>;
};

export type SlaEventResolvers<ContextType = ResolverContext, ParentType extends ResolversParentTypes['SlaEvent'] = ResolversParentTypes['SlaEvent']> = {
  case?: Resolver<ResolversTypes['Case'], ParentType, ContextType>;
  dueAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  eventId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['SlaEventKind'], ParentType, ContextType>;
  occurredAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  secondsLate?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  secondsLeft?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  target?: Resolver<ResolversTypes['SlaTargetKind'], ParentType, ContextType>;
};

export type SlaPolicyResolvers<ContextType = ResolverContext, ParentType extends ResolversParentTypes['SlaPolicy'] = ResolversParentTypes['SlaPolicy']> = {
  firstResponseSeconds?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  priority?: Resolver<ResolversTypes['CasePriority'], ParentType, ContextType>;
  resolutionSeconds?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  warningSeconds?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type SlaPolicyPayloadResolvers<ContextType = ResolverContext, ParentType extends ResolversParentTypes['SlaPolicyPayload'] = ResolversParentTypes['SlaPolicyPayload']> = {
  policy?: Resolver<Maybe<ResolversTypes['SlaPolicy']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type SlaTargetResolvers<ContextType = ResolverContext, ParentType extends ResolversParentTypes['SlaTarget'] = ResolversParentTypes['SlaTarget']> = {
  breachedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  dueAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['SlaTargetKind'], ParentType, ContextType>;
  metAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['SlaTargetStatus'], ParentType, ContextType>;
  warnAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  warnedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
};

export type SubscriptionResolvers<ContextType = ResolverContext, ParentType extends ResolversParentTypes['Subscription'] = ResolversParentTypes['Subscription']> = {
  slaBreached?: SubscriptionResolver<ResolversTypes['SlaEvent'], "slaBreached", ParentType, ContextType, Partial<SubscriptionSlaBreachedArgs>>;
  slaWarning?: SubscriptionResolver<ResolversTypes['SlaEvent'], "slaWarning", ParentType, ContextType, Partial<SubscriptionSlaWarningArgs>>;
};

export type UserErrorResolvers<ContextType = ResolverContext, ParentType extends ResolversParentTypes['UserError'] = ResolversParentTypes['UserError']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  field?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type Resolvers<ContextType = ResolverContext> = {
  Account?: AccountResolvers<ContextType>;
  Case?: CaseResolvers<ContextType>;
  CaseConnection?: CaseConnectionResolvers<ContextType>;
  CaseEdge?: CaseEdgeResolvers<ContextType>;
  CasePayload?: CasePayloadResolvers<ContextType>;
  Contact?: ContactResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  Mutation?: MutationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  SlaEvent?: SlaEventResolvers<ContextType>;
  SlaPolicy?: SlaPolicyResolvers<ContextType>;
  SlaPolicyPayload?: SlaPolicyPayloadResolvers<ContextType>;
  SlaTarget?: SlaTargetResolvers<ContextType>;
  Subscription?: SubscriptionResolvers<ContextType>;
  UserError?: UserErrorResolvers<ContextType>;
};

