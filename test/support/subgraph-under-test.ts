import type {
  StartedSubgraph,
  SubgraphStartOptions,
} from '../../platform/graphql/subgraph-startup';
import { TEST_IDENTITY_SECRET } from './identities';
import { testLogger } from './silent-logger';
import { createTestDatabase, type TestDatabase } from './test-database';

export interface SubgraphUnderTest<T extends StartedSubgraph> {
  readonly subgraph: T;
  readonly database: TestDatabase;
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
    subgraph = await start({
      databaseUrl: database.url,
      port: 0,
      identitySecret: TEST_IDENTITY_SECRET,
      logger: testLogger,
    });
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
