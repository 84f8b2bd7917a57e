import { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import { Account as AccountModel, AccountConnection as AccountConnectionModel, AccountEdge as AccountEdgeModel, AccountPayload as AccountPayloadModel, Contact as ContactModel, ContactConnection as ContactConnectionModel, ContactEdge as ContactEdgeModel, ContactEvent as ContactEventModel, ContactPayload as ContactPayloadModel, LeadConversionPayload as LeadConversionPayloadModel } from '../models';
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
  /** An exact decimal number, serialised as a string such as "1250.50". */
  Decimal: { input: string; output: string | number; }
  _FieldSet: { input: unknown; output: unknown; }
};

/** A company the business sells to or serves. */
export type Account = {
  __typename?: 'Account';
  annualRevenue?: Maybe<Scalars['Decimal']['output']>;
  /**
   * Accounts directly below this one in the hierarchy, a page at a time: by name unless orderBy
   * says otherwise. `first` is 20 when not given and at most 100; `after` takes a cursor of this
   * list.
   */
  children: AccountConnection;
  /**
   * People at this account, a page at a time: by last name unless orderBy says otherwise. `first`
   * is 20 when not given and at most 100; `after` takes a cursor of this list.
   */
  contacts: ContactConnection;
  createdAt: Scalars['DateTime']['output'];
  employeeCount?: Maybe<Scalars['Int']['output']>;
  id: Scalars['ID']['output'];
  industry?: Maybe<Scalars['String']['output']>;
  name: Scalars['String']['output'];
  /** Subject of the user who owns the account. */
  ownerId?: Maybe<Scalars['ID']['output']>;
  /** The account above this one in a corporate hierarchy. */
  parent?: Maybe<Account>;
  tier: AccountTier;
  updatedAt: Scalars['DateTime']['output'];
  website?: Maybe<Scalars['String']['output']>;
};


/** A company the business sells to or serves. */
export type AccountChildrenArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<AccountOrder>;
};


/** A company the business sells to or serves. */
export type AccountContactsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<ContactOrder>;
};

export type AccountConnection = {
  __typename?: 'AccountConnection';
  edges: Array<AccountEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type AccountEdge = {
  __typename?: 'AccountEdge';
  cursor: Scalars['String']['output'];
  node: Account;
};

export type AccountFilter = {
  industry?: InputMaybe<Scalars['String']['input']>;
  /** Accounts whose name contains this text, in any letter case. */
  nameContains?: InputMaybe<Scalars['String']['input']>;
  ownerId?: InputMaybe<Scalars['ID']['input']>;
  parentId?: InputMaybe<Scalars['ID']['input']>;
  tier?: InputMaybe<AccountTier>;
};

export type AccountOrder = {
  direction?: SortDirection;
  field: AccountOrderField;
};

export type AccountOrderField =
  | 'CREATED_AT'
  | 'NAME';

export type AccountPayload = {
  __typename?: 'AccountPayload';
  account?: Maybe<Account>;
  userErrors: Array<UserError>;
};

/** How strategic an account is to the business. */
export type AccountTier =
  | 'ENTERPRISE'
  | 'MID_MARKET'
  | 'SMALL_BUSINESS'
  | 'STRATEGIC';

/** A person at an account. */
export type Contact = {
  __typename?: 'Contact';
  account?: Maybe<Account>;
  createdAt: Scalars['DateTime']['output'];
  /** Stored lower-cased, so lookups ignore letter case. */
  email?: Maybe<Scalars['String']['output']>;
  firstName?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  lastName: Scalars['String']['output'];
  /** First and last name together. */
  name: Scalars['String']['output'];
  phone?: Maybe<Scalars['String']['output']>;
  title?: Maybe<Scalars['String']['output']>;
  updatedAt: Scalars['DateTime']['output'];
};

/** What happened to a contact. */
export type ContactChangeKind =
  /** The contact was created, directly or by a lead conversion. */
  | 'CREATED'
  /** One or more of its fields were changed. */
  | 'UPDATED';

export type ContactConnection = {
  __typename?: 'ContactConnection';
  edges: Array<ContactEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ContactEdge = {
  __typename?: 'ContactEdge';
  cursor: Scalars['String']['output'];
  node: Contact;
};

/** One committed change of one contact. */
export type ContactEvent = {
  __typename?: 'ContactEvent';
  /**
   * The contact: its name, email and account as the change left them, its other fields as they
   * are now.
   */
  contact: Contact;
  /** Position in the Accounts event sequence; pass it as `after` to resume from here. */
  eventId: Scalars['ID']['output'];
  kind: ContactChangeKind;
  occurredAt: Scalars['DateTime']['output'];
  /** The email before the change, when an update changed it; null otherwise. */
  previousEmail?: Maybe<Scalars['String']['output']>;
};

export type ContactFilter = {
  accountId?: InputMaybe<Scalars['ID']['input']>;
  /** Exact email, in any letter case. */
  email?: InputMaybe<Scalars['String']['input']>;
  nameContains?: InputMaybe<Scalars['String']['input']>;
};

export type ContactOrder = {
  direction?: SortDirection;
  field: ContactOrderField;
};

export type ContactOrderField =
  | 'CREATED_AT'
  | 'LAST_NAME';

export type ContactPayload = {
  __typename?: 'ContactPayload';
  contact?: Maybe<Contact>;
  userErrors: Array<UserError>;
};

export type CreateAccountInput = {
  annualRevenue?: InputMaybe<Scalars['Decimal']['input']>;
  employeeCount?: InputMaybe<Scalars['Int']['input']>;
  industry?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
  ownerId?: InputMaybe<Scalars['ID']['input']>;
  parentId?: InputMaybe<Scalars['ID']['input']>;
  tier?: InputMaybe<AccountTier>;
  website?: InputMaybe<Scalars['String']['input']>;
};

export type CreateContactInput = {
  accountId?: InputMaybe<Scalars['ID']['input']>;
  email?: InputMaybe<Scalars['String']['input']>;
  firstName?: InputMaybe<Scalars['String']['input']>;
  lastName: Scalars['String']['input'];
  phone?: InputMaybe<Scalars['String']['input']>;
  title?: InputMaybe<Scalars['String']['input']>;
};

export type LeadConversionAccountInput = {
  annualRevenue?: InputMaybe<Scalars['Decimal']['input']>;
  employeeCount?: InputMaybe<Scalars['Int']['input']>;
  industry?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
  ownerId?: InputMaybe<Scalars['ID']['input']>;
  tier?: InputMaybe<AccountTier>;
  website?: InputMaybe<Scalars['String']['input']>;
};

export type LeadConversionContactInput = {
  email?: InputMaybe<Scalars['String']['input']>;
  firstName?: InputMaybe<Scalars['String']['input']>;
  lastName: Scalars['String']['input'];
  phone?: InputMaybe<Scalars['String']['input']>;
  title?: InputMaybe<Scalars['String']['input']>;
};

export type LeadConversionPayload = {
  __typename?: 'LeadConversionPayload';
  account?: Maybe<Account>;
  contact?: Maybe<Contact>;
  userErrors: Array<UserError>;
};

export type Mutation = {
  __typename?: 'Mutation';
  createAccount: AccountPayload;
  createContact: ContactPayload;
  /**
   * Records the account and contact a lead conversion creates, once per conversionId: a repeated
   * call creates nothing and returns what the first one created. With accountId the contact joins
   * that account; otherwise a new account is made from `account`. When a conversion it supersedes
   * registered a contact, that contact is taken over instead of creating another (see
   * RegisterLeadConversionInput.supersedes). Called by Marketing's lead conversion only, so it is
   * not part of the gateway's API.
   */
  registerLeadConversion: LeadConversionPayload;
  /** Changes the given fields of an account; fields left out keep their value. */
  updateAccount: AccountPayload;
  /** Changes the given fields of a contact; fields left out keep their value. */
  updateContact: ContactPayload;
};


export type MutationCreateAccountArgs = {
  input: CreateAccountInput;
};


export type MutationCreateContactArgs = {
  input: CreateContactInput;
};


export type MutationRegisterLeadConversionArgs = {
  input: RegisterLeadConversionInput;
};


export type MutationUpdateAccountArgs = {
  input: UpdateAccountInput;
};


export type MutationUpdateContactArgs = {
  input: UpdateContactInput;
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
  /** One account by id; NOT_FOUND when no account has it. */
  account?: Maybe<Account>;
  /** Accounts, a page at a time. */
  accounts: AccountConnection;
  /** One contact by id; NOT_FOUND when no contact has it. */
  contact?: Maybe<Contact>;
  /** Contacts, a page at a time. */
  contacts: ContactConnection;
};


export type QueryAccountArgs = {
  id: Scalars['ID']['input'];
};


export type QueryAccountsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AccountFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<AccountOrder>;
};


export type QueryContactArgs = {
  id: Scalars['ID']['input'];
};


export type QueryContactsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ContactFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<ContactOrder>;
};

export type RegisterLeadConversionInput = {
  /** The account to create; give either this or accountId. */
  account?: InputMaybe<LeadConversionAccountInput>;
  /** An existing account for the contact; give either this or account. */
  accountId?: InputMaybe<Scalars['ID']['input']>;
  contact: LeadConversionContactInput;
  /** The conversion's id, chosen by Marketing; the key that makes the call idempotent. */
  conversionId: Scalars['ID']['input'];
  /**
   * Earlier conversions of the same lead that failed. The contact the latest of them registered
   * is taken over as it is now, and moved to this conversion's account: the one accountId names,
   * else the account one of them created, else a new one made from `account`. Each of them not
   * registered yet is recorded as superseded, so that a late call for it creates nothing and
   * returns what this call registered.
   */
  supersedes?: InputMaybe<Array<Scalars['ID']['input']>>;
};

export type SortDirection =
  | 'ASC'
  | 'DESC';

export type Subscription = {
  __typename?: 'Subscription';
  /**
   * One event per contact created or changed, in commit order. Pass the last eventId seen as `after`
   * to resume.
   */
  contactChanged: ContactEvent;
};


export type SubscriptionContactChangedArgs = {
  after?: InputMaybe<Scalars['ID']['input']>;
};

export type UpdateAccountInput = {
  annualRevenue?: InputMaybe<Scalars['Decimal']['input']>;
  employeeCount?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  industry?: InputMaybe<Scalars['String']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  ownerId?: InputMaybe<Scalars['ID']['input']>;
  /** Set to null to detach the account from its parent. */
  parentId?: InputMaybe<Scalars['ID']['input']>;
  tier?: InputMaybe<AccountTier>;
  website?: InputMaybe<Scalars['String']['input']>;
};

export type UpdateContactInput = {
  /** Set to null to detach the contact from its account. */
  accountId?: InputMaybe<Scalars['ID']['input']>;
  email?: InputMaybe<Scalars['String']['input']>;
  firstName?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  lastName?: InputMaybe<Scalars['String']['input']>;
  phone?: InputMaybe<Scalars['String']['input']>;
  title?: InputMaybe<Scalars['String']['input']>;
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
  Contact: Contact;
};

/** Mapping of federation reference types */
export type FederationReferenceTypes = {
  Account:
    ( { __typename: 'Account' }
    & GraphQLRecursivePick<FederationTypes['Account'], {"id":true}> );
  Contact:
    ( { __typename: 'Contact' }
    & GraphQLRecursivePick<FederationTypes['Contact'], {"id":true}> );
};



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  Account: ResolverTypeWrapper<AccountModel>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  AccountConnection: ResolverTypeWrapper<AccountConnectionModel>;
  AccountEdge: ResolverTypeWrapper<AccountEdgeModel>;
  AccountFilter: AccountFilter;
  AccountOrder: AccountOrder;
  AccountOrderField: AccountOrderField;
  AccountPayload: ResolverTypeWrapper<AccountPayloadModel>;
  AccountTier: AccountTier;
  Contact: ResolverTypeWrapper<ContactModel>;
  ContactChangeKind: ContactChangeKind;
  ContactConnection: ResolverTypeWrapper<ContactConnectionModel>;
  ContactEdge: ResolverTypeWrapper<ContactEdgeModel>;
  ContactEvent: ResolverTypeWrapper<ContactEventModel>;
  ContactFilter: ContactFilter;
  ContactOrder: ContactOrder;
  ContactOrderField: ContactOrderField;
  ContactPayload: ResolverTypeWrapper<ContactPayloadModel>;
  CreateAccountInput: CreateAccountInput;
  CreateContactInput: CreateContactInput;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Decimal: ResolverTypeWrapper<Scalars['Decimal']['output']>;
  LeadConversionAccountInput: LeadConversionAccountInput;
  LeadConversionContactInput: LeadConversionContactInput;
  LeadConversionPayload: ResolverTypeWrapper<LeadConversionPayloadModel>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RegisterLeadConversionInput: RegisterLeadConversionInput;
  SortDirection: SortDirection;
  Subscription: ResolverTypeWrapper<Record<PropertyKey, never>>;
  UpdateAccountInput: UpdateAccountInput;
  UpdateContactInput: UpdateContactInput;
  UserError: ResolverTypeWrapper<UserError>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  Account: AccountModel;
  String: Scalars['String']['output'];
  Int: Scalars['Int']['output'];
  ID: Scalars['ID']['output'];
  AccountConnection: AccountConnectionModel;
  AccountEdge: AccountEdgeModel;
  AccountFilter: AccountFilter;
  AccountOrder: AccountOrder;
  AccountPayload: AccountPayloadModel;
  Contact: ContactModel;
  ContactConnection: ContactConnectionModel;
  ContactEdge: ContactEdgeModel;
  ContactEvent: ContactEventModel;
  ContactFilter: ContactFilter;
  ContactOrder: ContactOrder;
  ContactPayload: ContactPayloadModel;
  CreateAccountInput: CreateAccountInput;
  CreateContactInput: CreateContactInput;
  DateTime: Scalars['DateTime']['output'];
  Decimal: Scalars['Decimal']['output'];
  LeadConversionAccountInput: LeadConversionAccountInput;
  LeadConversionContactInput: LeadConversionContactInput;
  LeadConversionPayload: LeadConversionPayloadModel;
  Mutation: Record<PropertyKey, never>;
  PageInfo: PageInfo;
  Boolean: Scalars['Boolean']['output'];
  Query: Record<PropertyKey, never>;
  RegisterLeadConversionInput: RegisterLeadConversionInput;
  Subscription: Record<PropertyKey, never>;
  UpdateAccountInput: UpdateAccountInput;
  UpdateContactInput: UpdateContactInput;
  UserError: UserError;
};

export type AccountResolvers<ContextType = ResolverContext, ParentType extends ResolversParentTypes['Account'] = ResolversParentTypes['Account'], FederationReferenceType extends FederationReferenceTypes['Account'] = FederationReferenceTypes['Account']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Account']> | FederationReferenceType, FederationReferenceType, ContextType>;
  annualRevenue?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  children?: Resolver<ResolversTypes['AccountConnection'], ParentType, ContextType, Partial<AccountChildrenArgs>>;
  contacts?: Resolver<ResolversTypes['ContactConnection'], ParentType, ContextType, Partial<AccountContactsArgs>>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  employeeCount?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  industry?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  ownerId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  parent?: Resolver<Maybe<ResolversTypes['Account']>, ParentType, ContextType>;
  tier?: Resolver<ResolversTypes['AccountTier'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  website?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type AccountConnectionResolvers<ContextType = ResolverContext, ParentType extends ResolversParentTypes['AccountConnection'] = ResolversParentTypes['AccountConnection']> = {
  edges?: Resolver<Array<ResolversTypes['AccountEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type AccountEdgeResolvers<ContextType = ResolverContext, ParentType extends ResolversParentTypes['AccountEdge'] = ResolversParentTypes['AccountEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Account'], ParentType, ContextType>;
};

export type AccountPayloadResolvers<ContextType = ResolverContext, ParentType extends ResolversParentTypes['AccountPayload'] = ResolversParentTypes['AccountPayload']> = {
  account?: Resolver<Maybe<ResolversTypes['Account']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type ContactResolvers<ContextType = ResolverContext, ParentType extends ResolversParentTypes['Contact'] = ResolversParentTypes['Contact'], FederationReferenceType extends FederationReferenceTypes['Contact'] = FederationReferenceTypes['Contact']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Contact']> | FederationReferenceType, FederationReferenceType, ContextType>;
  account?: Resolver<Maybe<ResolversTypes['Account']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  email?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  firstName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lastName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  phone?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  title?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
};

export type ContactConnectionResolvers<ContextType = ResolverContext, ParentType extends ResolversParentTypes['ContactConnection'] = ResolversParentTypes['ContactConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ContactEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ContactEdgeResolvers<ContextType = ResolverContext, ParentType extends ResolversParentTypes['ContactEdge'] = ResolversParentTypes['ContactEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Contact'], ParentType, ContextType>;
};

export type ContactEventResolvers<ContextType = ResolverContext, ParentType extends ResolversParentTypes['ContactEvent'] = ResolversParentTypes['ContactEvent']> = {
  contact?: Resolver<ResolversTypes['Contact'], ParentType, ContextType>;
  eventId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ContactChangeKind'], ParentType, ContextType>;
  occurredAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  previousEmail?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ContactPayloadResolvers<ContextType = ResolverContext, ParentType extends ResolversParentTypes['ContactPayload'] = ResolversParentTypes['ContactPayload']> = {
  contact?: Resolver<Maybe<ResolversTypes['Contact']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export interface DecimalScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Decimal'], any> {
  name: 'Decimal';
}

export type LeadConversionPayloadResolvers<ContextType = ResolverContext, ParentType extends ResolversParentTypes['LeadConversionPayload'] = ResolversParentTypes['LeadConversionPayload']> = {
  account?: Resolver<Maybe<ResolversTypes['Account']>, ParentType, ContextType>;
  contact?: Resolver<Maybe<ResolversTypes['Contact']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type MutationResolvers<ContextType = ResolverContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  createAccount?: Resolver<ResolversTypes['AccountPayload'], ParentType, ContextType, RequireFields<MutationCreateAccountArgs, 'input'>>;
  createContact?: Resolver<ResolversTypes['ContactPayload'], ParentType, ContextType, RequireFields<MutationCreateContactArgs, 'input'>>;
  registerLeadConversion?: Resolver<ResolversTypes['LeadConversionPayload'], ParentType, ContextType, RequireFields<MutationRegisterLeadConversionArgs, 'input'>>;
  updateAccount?: Resolver<ResolversTypes['AccountPayload'], ParentType, ContextType, RequireFields<MutationUpdateAccountArgs, 'input'>>;
  updateContact?: Resolver<ResolversTypes['ContactPayload'], ParentType, ContextType, RequireFields<MutationUpdateContactArgs, 'input'>>;
};

export type PageInfoResolvers<ContextType = ResolverContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type QueryResolvers<ContextType = ResolverContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  account?: Resolver<Maybe<ResolversTypes['Account']>, ParentType, ContextType, RequireFields<QueryAccountArgs, 'id'>>;
  accounts?: Resolver<ResolversTypes['AccountConnection'], ParentType, ContextType, Partial<QueryAccountsArgs>>;
  contact?: Resolver<Maybe<ResolversTypes['Contact']>, ParentType, ContextType, RequireFields<QueryContactArgs, 'id'>>;
  contacts?: Resolver<ResolversTypes['ContactConnection'], ParentType, ContextType, Partial<QueryContactsArgs>>;
};

export type SubscriptionResolvers<ContextType = ResolverContext, ParentType extends ResolversParentTypes['Subscription'] = ResolversParentTypes['Subscription']> = {
  contactChanged?: SubscriptionResolver<ResolversTypes['ContactEvent'], "contactChanged", ParentType, ContextType, Partial<SubscriptionContactChangedArgs>>;
};

export type UserErrorResolvers<ContextType = ResolverContext, ParentType extends ResolversParentTypes['UserError'] = ResolversParentTypes['UserError']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  field?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type Resolvers<ContextType = ResolverContext> = {
  Account?: AccountResolvers<ContextType>;
  AccountConnection?: AccountConnectionResolvers<ContextType>;
  AccountEdge?: AccountEdgeResolvers<ContextType>;
  AccountPayload?: AccountPayloadResolvers<ContextType>;
  Contact?: ContactResolvers<ContextType>;
  ContactConnection?: ContactConnectionResolvers<ContextType>;
  ContactEdge?: ContactEdgeResolvers<ContextType>;
  ContactEvent?: ContactEventResolvers<ContextType>;
  ContactPayload?: ContactPayloadResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  Decimal?: GraphQLScalarType;
  LeadConversionPayload?: LeadConversionPayloadResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Subscription?: SubscriptionResolvers<ContextType>;
  UserError?: UserErrorResolvers<ContextType>;
};

