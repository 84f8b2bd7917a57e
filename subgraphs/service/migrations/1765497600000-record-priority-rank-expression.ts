import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * TypeORM does not read a generated column's expression back from PostgreSQL, which renders it
 * differently from how it was written, but from its own `typeorm_metadata` table, where it
 * records the expression of every generated column it creates. The migration that created
 * `support_case.priority_rank` did not record it, so TypeORM took the column for one without an
 * expression and its schema diff would drop and re-add it. This records it, as written in the
 * entity; the table is TypeORM's own, created here if TypeORM has not made it yet.
 */
export class RecordPriorityRankExpression1765497600000 implements MigrationInterface {
  name = 'RecordPriorityRankExpression1765497600000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE IF NOT EXISTS service.typeorm_metadata (
        "type" varchar NOT NULL,
        "database" varchar,
        "schema" varchar,
        "table" varchar,
        "name" varchar,
        "value" text
      )`);
    await runner.query(`
      INSERT INTO service.typeorm_metadata ("database", "schema", "table", "type", "name", "value")
      VALUES (current_database(), 'service', 'support_case', 'GENERATED_COLUMN', 'priority_rank',
        'CASE priority WHEN ''LOW'' THEN 1 WHEN ''MEDIUM'' THEN 2 WHEN ''HIGH'' THEN 3 WHEN ''URGENT'' THEN 4 END')`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`
      DELETE FROM service.typeorm_metadata
      WHERE "schema" = 'service' AND "table" = 'support_case' AND "type" = 'GENERATED_COLUMN'
        AND "name" = 'priority_rank'`);
  }
}
