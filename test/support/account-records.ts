import type { StartedSubgraph } from '../../platform/graphql/subgraph-startup';
import { querySubgraph } from './graphql-client';

const CREATE_ACCOUNT = `mutation ($input: CreateAccountInput!) {
  createAccount(input: $input) { account { id } userErrors { message } }
}`;

const CREATE_CONTACT = `mutation ($input: CreateContactInput!) {
  createContact(input: $input) { contact { id } userErrors { message } }
}`;

/**
 * Creates the accounts and contacts a test refers to, through the API of a running Accounts
 * subgraph, so that Sales and Service find them when they ask Accounts.
 */
export class AccountRecords {
  private shared: Promise<string> | null = null;

  constructor(private readonly accounts: () => StartedSubgraph) {}

  /** The Accounts subgraph the records are created at. */
  get subgraph(): StartedSubgraph {
    return this.accounts();
  }

  /** Creates an account and returns its id. */
  async createAccount(name = 'Northwind Traders'): Promise<string> {
    const payload = await this.create<'createAccount', 'account'>(CREATE_ACCOUNT, 'createAccount', {
      name,
    });

    return payload.account.id;
  }

  /** Creates `count` accounts, one after the other, and returns their ids in that order. */
  async createAccounts(count: number): Promise<string[]> {
    const ids: string[] = [];
    for (let n = 0; n < count; n += 1) {
      ids.push(await this.createAccount(`Account ${n + 1}`));
    }

    return ids;
  }

  /** Creates a contact of `accountId` (of no account with null) and returns its id. */
  async createContact(accountId: string | null, lastName = 'Fuller'): Promise<string> {
    const payload = await this.create<'createContact', 'contact'>(CREATE_CONTACT, 'createContact', {
      lastName,
      accountId,
    });

    return payload.contact.id;
  }

  /**
   * An account created on first use and shared by the file's tests, for tests that need some
   * account rather than one of their own.
   */
  sharedAccount(): Promise<string> {
    this.shared ??= this.createAccount('Shared account');

    return this.shared;
  }

  /** Runs `use` and returns its result with the number of requests Accounts received meanwhile. */
  async countRequests<T>(use: () => Promise<T>): Promise<[T, number]> {
    let requests = 0;
    const count = () => {
      requests += 1;
    };
    const { httpServer } = this.subgraph;
    httpServer.on('request', count);
    try {
      return [await use(), requests];
    } finally {
      httpServer.off('request', count);
    }
  }

  private async create<Field extends string, Entity extends string>(
    mutation: string,
    field: Field,
    input: Record<string, unknown>,
  ): Promise<Record<Entity, { id: string }>> {
    const result = await querySubgraph<
      Record<Field, Record<Entity, { id: string }> & { userErrors: { message: string }[] }>
    >(this.accounts().url, mutation, { input });
    const payload = result.data?.[field];
    if (result.errors !== undefined || payload === undefined || payload.userErrors.length > 0) {
      throw new Error(`${field} failed: ${JSON.stringify(result.errors ?? payload?.userErrors)}`);
    }

    return payload;
  }
}
