import { DataSource, type EntitySchema, type MixedList } from 'typeorm';
import { QueryCounter } from './query-counter';
import type { Logger } from '../logging/logger';

export interface SubgraphDataSourceOptions {
  /** PostgreSQL connection string. */
  url: string;
  /** The PostgreSQL schema this subgraph owns; its tables live there and nowhere else. */
  schema: string;
  entities: EntitySchema<never>[] | MixedList<EntitySchema>;
  /** Committed migrations, oldest first. */
  migrations: MixedList<new () => unknown>;
  logger: Logger;
  /** Connections in the pool (default 10). */
  poolSize?: number;
}

export interface SubgraphDataSource {
  dataSource: DataSource;
  queries: QueryCounter;
}

/**
 * Opens the data source of one subgraph and brings its schema up to date with the committed
 * migrations. `synchronize` stays off and TypeORM installs no extension (it would otherwise run
 * `CREATE EXTENSION "uuid-ossp"` in `public` for uuid ids): the migrations are the only way the
 * database changes, and their ids default to PostgreSQL's built-in `gen_random_uuid()`.
 */
export async function openSubgraphDataSource(
  options: SubgraphDataSourceOptions,
): Promise<SubgraphDataSource> {
  const queries = new QueryCounter(options.logger.child({ component: 'database' }));
  const dataSource = new DataSource({
    type: 'postgres',
    url: options.url,
    schema: options.schema,
    entities: options.entities as MixedList<EntitySchema>,
    migrations: options.migrations as MixedList<new () => never>,
    migrationsTableName: 'migrations',
    migrationsTransactionMode: 'each',
    synchronize: false,
    installExtensions: false,
    logger: queries,
    maxQueryExecutionTime: 1000,
    extra: { max: options.poolSize ?? 10, application_name: `crm-${options.schema}` },
  });
  await dataSource.initialize();
  await migrateUnderLock(dataSource, options.schema);

  return { dataSource, queries };
}

/**
 * Several instances of a subgraph may start at once; an advisory lock held on a dedicated
 * connection lets exactly one of them create the schema and run pending migrations while the
 * others wait and then find nothing left to do.
 */
async function migrateUnderLock(dataSource: DataSource, schema: string): Promise<void> {
  const lockRunner = dataSource.createQueryRunner();
  await lockRunner.connect();
  try {
    await lockRunner.query('SELECT pg_advisory_lock(hashtext($1))', [`crm-migrations:${schema}`]);
    await lockRunner.query(`CREATE SCHEMA IF NOT EXISTS "${schema}"`);
    await dataSource.runMigrations({ transaction: 'each' });
  } finally {
    await lockRunner.query('SELECT pg_advisory_unlock(hashtext($1))', [`crm-migrations:${schema}`]);
    await lockRunner.release();
  }
}
