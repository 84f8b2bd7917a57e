import {
  TableCheck,
  TableForeignKey,
  TableIndex,
  TableUnique,
  type DataSource,
  type EntityMetadata,
  type QueryRunner,
} from 'typeorm';
import { testLogger } from '../../../test/support/silent-logger';
import { createTestDatabase, type TestDatabase } from '../../../test/support/test-database';
import { accountsDatabase } from '../../../subgraphs/accounts/database';
import { marketingDatabase } from '../../../subgraphs/marketing/database';
import { salesDatabase } from '../../../subgraphs/sales/database';
import { serviceDatabase } from '../../../subgraphs/service/database';
import { openSubgraphDataSource } from '../subgraph-data-source';

/**
 * The entities are the description of each subgraph's tables that TypeORM queries with, and the
 * migrations are what builds those tables. These tests keep the two saying the same thing, so
 * that the schema diff TypeORM computes (the SQL `synchronize` would run, and
 * `migration:generate` would write) stays empty.
 */
const subgraphDatabases = [accountsDatabase, salesDatabase, serviceDatabase, marketingDatabase];

let database: TestDatabase;
const dataSources = new Map<string, DataSource>();

beforeAll(async () => {
  database = await createTestDatabase();
  for (const subgraph of subgraphDatabases) {
    const { dataSource } = await openSubgraphDataSource({
      url: database.url,
      ...subgraph,
      logger: testLogger,
    });
    dataSources.set(subgraph.schema, dataSource);
  }
});

afterAll(async () => {
  await Promise.all([...dataSources.values()].map((dataSource) => dataSource.destroy()));
  await database.drop();
});

describe.each(subgraphDatabases.map(({ schema }) => schema))(
  'the %s entities, on a database built by the migrations',
  (schema) => {
    it('leave nothing for schema synchronisation to change', async () => {
      const pending = await dataSources.get(schema)!.driver.createSchemaBuilder().log();

      expect(pending.upQueries.map(({ query }) => query)).toEqual([]);
    });

    // The diff above matches checks and indexes by name alone, single-column unique constraints
    // and primary keys by their columns alone, and takes a generated column's expression from
    // TypeORM's own typeorm_metadata table, so an entity could state any of them wrongly and
    // the diff would not notice. Here PostgreSQL renders what the entity states the way it
    // renders what the migrations created, and the two renderings are compared.
    it('state every constraint, index and generated column as the migrations define it', async () => {
      const dataSource = dataSources.get(schema)!;
      const runner = dataSource.createQueryRunner();
      const created: Record<string, Definitions> = {};
      const declared: Record<string, Definitions> = {};
      const leftToMigrations: Record<string, string[]> = {};
      await runner.startTransaction();
      try {
        for (const metadata of dataSource.entityMetadatas) {
          // Read first, before the probes are added beside them.
          created[metadata.tablePath] = await createdDefinitions(runner, metadata.tablePath);
          declared[metadata.tablePath] = await declaredDefinitions(runner, metadata);
          leftToMigrations[metadata.tablePath] = metadata.indices
            .filter(({ synchronize }) => !synchronize)
            .map(({ name }) => name);
        }
      } finally {
        await runner.rollbackTransaction();
        await runner.release();
      }

      // An index the entity leaves to its migration (`synchronize: false`) cannot be built from
      // the entity; it only has to exist.
      for (const [table, names] of Object.entries(leftToMigrations)) {
        expect(Object.keys(created[table].indexes)).toEqual(expect.arrayContaining(names));
        created[table].indexes = withoutKeys(created[table].indexes, names);
      }
      expect(declared).toEqual(created);
    });
  },
);

/** PostgreSQL's rendering of each constraint, index and generated column, by name. */
interface Definitions {
  constraints: Record<string, string>;
  indexes: Record<string, string>;
  generatedColumns: Record<string, string>;
}

/**
 * The constraints, indexes (other than those of constraints) and generated columns of the table
 * as the migrations left it.
 */
async function createdDefinitions(runner: QueryRunner, table: string): Promise<Definitions> {
  const created: Definitions = { constraints: {}, indexes: {}, generatedColumns: {} };

  // PostgreSQL 18 lists NOT NULL as constraints too (contype 'n'); nullability is the schema
  // builder's to compare, as on older servers.
  const constraints: { name: string }[] = await runner.query(
    `SELECT conname AS name FROM pg_constraint WHERE conrelid = $1::regclass AND contype <> 'n'`,
    [table],
  );
  for (const { name } of constraints) {
    created.constraints[name] = await constraintDefinition(runner, table, name);
  }

  const indexes: { name: string }[] = await runner.query(
    `SELECT index.relname AS name FROM pg_index
       JOIN pg_class index ON index.oid = pg_index.indexrelid
     WHERE pg_index.indrelid = $1::regclass
       AND NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conindid = pg_index.indexrelid)`,
    [table],
  );
  for (const { name } of indexes) {
    created.indexes[name] = await indexDefinition(runner, table, name);
  }

  const generated: { name: string }[] = await runner.query(
    `SELECT attname AS name FROM pg_attribute
     WHERE attrelid = $1::regclass AND attgenerated <> '' AND NOT attisdropped`,
    [table],
  );
  for (const { name } of generated) {
    created.generatedColumns[name] = await generationExpression(runner, table, name);
  }

  return created;
}

/**
 * What PostgreSQL makes of the entity's constraints, indexes and generated columns, each built
 * by TypeORM under a probe name beside the real one, in the caller's transaction, which is
 * rolled back. A table has one primary key, so the entity's is written out rather than built.
 */
async function declaredDefinitions(
  runner: QueryRunner,
  metadata: EntityMetadata,
): Promise<Definitions> {
  const table = metadata.tablePath;
  const declared: Definitions = { constraints: {}, indexes: {}, generatedColumns: {} };
  const { namingStrategy } = runner.connection;

  const primaryColumns = metadata.primaryColumns.map(({ databaseName }) => databaseName);
  const primaryKeyName =
    metadata.primaryColumns[0].primaryKeyConstraintName ??
    namingStrategy.primaryKeyName(table, primaryColumns);
  declared.constraints[primaryKeyName] = `PRIMARY KEY (${primaryColumns.join(', ')})`;

  for (const check of metadata.checks) {
    const probe = TableCheck.create(check);
    probe.name = nextProbeName();
    await runner.createCheckConstraint(table, probe);
    declared.constraints[check.name] = await constraintDefinition(runner, table, probe.name);
  }

  for (const unique of metadata.uniques) {
    const probe = TableUnique.create(unique);
    probe.name = nextProbeName();
    await runner.createUniqueConstraint(table, probe);
    declared.constraints[unique.name] = await constraintDefinition(runner, table, probe.name);
  }

  for (const foreignKey of metadata.foreignKeys) {
    const probe = TableForeignKey.create(foreignKey, runner.connection.driver);
    probe.name = nextProbeName();
    await runner.createForeignKey(table, probe);
    declared.constraints[foreignKey.name] = await constraintDefinition(runner, table, probe.name);
  }

  for (const index of metadata.indices.filter(({ synchronize }) => synchronize)) {
    const probe = TableIndex.create(index);
    probe.name = nextProbeName();
    await runner.createIndex(table, probe);
    const definition = await indexDefinition(runner, table, probe.name);
    declared.indexes[index.name] = definition.replace(
      `INDEX ${probe.name} ON`,
      `INDEX ${index.name} ON`,
    );
  }

  for (const column of metadata.columns.filter(({ generatedType }) => generatedType)) {
    const probe = nextProbeName();
    const [{ type }] = await runner.query(
      `SELECT format_type(atttypid, atttypmod) AS type FROM pg_attribute
       WHERE attrelid = $1::regclass AND attname = $2`,
      [table, column.databaseName],
    );
    await runner.query(
      `ALTER TABLE ${table} ADD COLUMN ${probe} ${type}
         GENERATED ALWAYS AS (${column.asExpression}) STORED`,
    );
    declared.generatedColumns[column.databaseName] = await generationExpression(
      runner,
      table,
      probe,
    );
  }

  return declared;
}

let probes = 0;

/** A name no table of the schema uses for a constraint, an index or a column. */
function nextProbeName(): string {
  probes += 1;

  return `entity_probe_${probes}`;
}

async function constraintDefinition(runner: QueryRunner, table: string, name: string) {
  const [{ definition }] = await runner.query(
    `SELECT pg_get_constraintdef(oid) AS definition FROM pg_constraint
     WHERE conrelid = $1::regclass AND conname = $2`,
    [table, name],
  );

  return definition as string;
}

async function indexDefinition(runner: QueryRunner, table: string, name: string) {
  const [{ definition }] = await runner.query(
    `SELECT pg_get_indexdef(indexrelid) AS definition FROM pg_index
       JOIN pg_class index ON index.oid = pg_index.indexrelid
     WHERE pg_index.indrelid = $1::regclass AND index.relname = $2`,
    [table, name],
  );

  return definition as string;
}

async function generationExpression(runner: QueryRunner, table: string, column: string) {
  const [{ expression }] = await runner.query(
    `SELECT pg_get_expr(adbin, adrelid) AS expression FROM pg_attrdef
       JOIN pg_attribute ON attrelid = adrelid AND attnum = adnum
     WHERE adrelid = $1::regclass AND attname = $2`,
    [table, column],
  );

  return expression as string;
}

function withoutKeys(record: Record<string, string>, keys: string[]): Record<string, string> {
  return Object.fromEntries(Object.entries(record).filter(([key]) => !keys.includes(key)));
}
