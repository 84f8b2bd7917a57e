import { ServiceUnavailableError } from '../errors/domain-errors';
import type { Identity } from '../identity/identity';
import { scopeFor } from '../identity/scopes';
import type { Logger } from '../logging/logger';
import { callSubgraph, SubgraphUnavailableError, type RemoteSubgraph } from './subgraph-client';

/** The accounts and contacts a write refers to; either list may be empty. */
export interface AccountsQuestion {
  accountIds: readonly string[];
  contactIds: readonly string[];
}

/** What Accounts has of the ids asked about. */
export interface AccountsAnswer {
  /** The account ids Accounts has. */
  accounts: ReadonlySet<string>;
  /** Each contact id Accounts has, with the id of the contact's account (null for none). */
  contacts: ReadonlyMap<string, string | null>;
}

export interface AccountReferencesOptions {
  /** Where Accounts serves GraphQL. */
  url: string;
  /** The secret forwarded identities are signed with (`GATEWAY_IDENTITY_SECRET`). */
  identitySecret: string;
  /**
   * The subgraph asking (`sales`, `service`, `marketing`): the subject of the identity it asks
   * as.
   */
  subject: string;
  logger: Logger;
}

type Entity = { id: string; account?: { id: string } | null } | null;

const ENTITIES = `query ($representations: [_Any!]!) {
  _entities(representations: $representations) {
    ... on Account { id }
    ... on Contact { id account { id } }
  }
}`;

const NOTHING: AccountsAnswer = { accounts: new Set(), contacts: new Map() };

/**
 * Asks the Accounts subgraph which accounts and contacts exist, through its federation entry
 * point `_entities`: a subgraph never reads another's tables. It asks as a service of its own,
 * signed like the gateway's forwarded identities and allowed to read accounts and nothing else,
 * so the answer does not depend on what the caller of the write may read.
 */
export class AccountReferences {
  private readonly accounts: RemoteSubgraph;
  private readonly identity: Identity;

  constructor(private readonly options: AccountReferencesOptions) {
    this.accounts = { name: 'Accounts', url: options.url };
    this.identity = {
      subject: options.subject,
      scopes: [scopeFor('accounts', 'read')],
      partnerId: null,
      expiresAt: null,
    };
  }

  /**
   * Looks every id up in one request, or none when there is nothing to look up. Throws
   * ServiceUnavailableError when Accounts cannot be reached or fails on its side.
   */
  async lookUp(question: AccountsQuestion): Promise<AccountsAnswer> {
    const accountIds = [...new Set(question.accountIds)];
    const contactIds = [...new Set(question.contactIds)];
    if (accountIds.length === 0 && contactIds.length === 0) {
      return NOTHING;
    }
    const representations = [
      ...accountIds.map((id) => ({ __typename: 'Account', id })),
      ...contactIds.map((id) => ({ __typename: 'Contact', id })),
    ];
    const { _entities: entities } = await this.ask(representations);
    const contacts = new Map<string, string | null>();
    contactIds.forEach((id, index) => {
      const contact = entities[accountIds.length + index];
      if (contact !== null) {
        contacts.set(id, contact.account?.id ?? null);
      }
    });

    return {
      accounts: new Set(accountIds.filter((_id, index) => entities[index] !== null)),
      contacts,
    };
  }

  private async ask(representations: { __typename: string; id: string }[]) {
    try {
      return await callSubgraph<{ _entities: Entity[] }>(
        this.accounts,
        ENTITIES,
        { representations },
        this.identity,
        this.options.identitySecret,
      );
    } catch (error) {
      if (error instanceof SubgraphUnavailableError) {
        this.options.logger.warn('references could not be checked with Accounts', {
          error: error.message,
        });
        throw new ServiceUnavailableError(this.accounts.name, error.reason);
      }
      throw error;
    }
  }
}
