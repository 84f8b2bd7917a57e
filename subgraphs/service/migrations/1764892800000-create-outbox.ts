import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The transactional outbox of the Service subgraph, in the shape `OutboxStream` reads: events
 * by id per topic, pruned by age, and the id up to which pruning has removed them.
 */
export class CreateOutbox1764892800000 implements MigrationInterface {
  name = 'CreateOutbox1764892800000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE service.outbox_event (
        id bigserial PRIMARY KEY,
        topic text NOT NULL,
        payload jsonb NOT NULL,
        occurred_at timestamptz NOT NULL DEFAULT now()
      )`);
    await runner.query(`CREATE INDEX outbox_event_topic_idx ON service.outbox_event (topic, id)`);
    await runner.query(
      `CREATE INDEX outbox_event_occurred_at_idx ON service.outbox_event (occurred_at)`,
    );
    await runner.query(`
      CREATE TABLE service.outbox_retention (
        singleton boolean PRIMARY KEY DEFAULT true CHECK (singleton),
        pruned_through bigint NOT NULL DEFAULT 0
      )`);
    await runner.query(`INSERT INTO service.outbox_retention DEFAULT VALUES`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE service.outbox_retention`);
    await runner.query(`DROP TABLE service.outbox_event`);
  }
}
