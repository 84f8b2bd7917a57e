import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The transactional outbox the platform's OutboxStream reads: events in commit order, and how
 * far old events have been pruned, so a resume point older than that is refused.
 */
export class CreateOutbox1765152000000 implements MigrationInterface {
  name = 'CreateOutbox1765152000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE accounts.outbox_event (
        id bigserial PRIMARY KEY,
        topic text NOT NULL,
        payload jsonb NOT NULL,
        occurred_at timestamptz NOT NULL DEFAULT now()
      )`);
    await runner.query(`CREATE INDEX outbox_event_topic_idx ON accounts.outbox_event (topic, id)`);
    await runner.query(
      `CREATE INDEX outbox_event_occurred_at_idx ON accounts.outbox_event (occurred_at)`,
    );
    await runner.query(`
      CREATE TABLE accounts.outbox_retention (
        singleton boolean PRIMARY KEY DEFAULT true CHECK (singleton),
        pruned_through bigint NOT NULL DEFAULT 0
      )`);
    await runner.query(`INSERT INTO accounts.outbox_retention DEFAULT VALUES`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE accounts.outbox_retention`);
    await runner.query(`DROP TABLE accounts.outbox_event`);
  }
}
