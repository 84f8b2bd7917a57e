import type {
  StartedSubgraph,
  SubgraphStartOptions,
} from '../../platform/graphql/subgraph-startup';
import { startAccountsSubgraph } from '../../subgraphs/accounts/accounts-subgraph';
import { AccountRecords } from './account-records';
import { TEST_IDENTITY_SECRET } from './identities';
import { testLogger } from './silent-logger';
import { createTestDatabase, type TestDatabase } from './test-database';

export interface SubgraphUnderTest<T extends StartedSubgraph> {
  readonly subgraph: T;
  readonly database: TestDatabase;
}

/** A subgraph under test that refers to Accounts' records, with the Accounts it asks about them. */
export interface SubgraphWithAccountsUnderTest<
  T extends StartedSubgraph,
> extends SubgraphUnderTest<T> {
  /** Creates the accounts and contacts the file's tests refer to, at that Accounts subgraph. */
  readonly accounts: AccountRecords;
}

/**
 * Starts one subgraph over a throwaway database before the file's tests and stops both after.
 * Read `subgraph` and `database` inside tests, once `beforeAll` has run.
 */
export function useSubgraphUnderTest<T extends StartedSubgraph>(
  start: (options: SubgraphStartOptions) => Promise<T>,
): SubgraphUnderTest<T> {
  let database: TestDatabase | undefined;
  let subgraph: T | undefined;
  beforeAll(async () => {
    database = await createTestDatabase();
    subgraph = await start(startOptions(database));
  });
  afterAll(async () => {
    await subgraph?.close();
    await database?.drop();
  });

  return {
    get subgraph(): T {
      return subgraph as T;
    },
    get database(): TestDatabase {
      return database as TestDatabase;
    },
  };
}

/**
 * Like `useSubgraphUnderTest`, for a subgraph that asks Accounts about the accounts and contacts
 * it is given (Sales, Service): a real Accounts subgraph runs beside it over the same throwaway
 * database, and the records a test creates with `accounts` are the ones the subgraph finds.
 */
export function useSubgraphWithAccounts<T extends StartedSubgraph>(
  start: (options: SubgraphStartOptions & { accountsUrl: string }) => Promise<T>,
): SubgraphWithAccountsUnderTest<T> {
  let database: TestDatabase | undefined;
  let accounts: StartedSubgraph | undefined;
  let subgraph: T | undefined;
  beforeAll(async () => {
    database = await createTestDatabase();
    const options = startOptions(database);
    accounts = await startAccountsSubgraph(options);
    subgraph = await start({ ...options, accountsUrl: accounts.url });
  });
  afterAll(async () => {
    await subgraph?.close();
    await accounts?.close();
    await database?.drop();
  });

  return {
    get subgraph(): T {
      return subgraph as T;
    },
    get database(): TestDatabase {
      return database as TestDatabase;
    },
    accounts: new AccountRecords(() => accounts as StartedSubgraph),
  };
}

function startOptions(database: TestDatabase): SubgraphStartOptions {
  return {
    databaseUrl: database.url,
    port: 0,
    identitySecret: TEST_IDENTITY_SECRET,
    logger: testLogger,
  };
}
