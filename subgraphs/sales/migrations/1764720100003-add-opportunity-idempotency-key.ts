import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The key a client may give when creating an opportunity, unique so a retry cannot duplicate. */
export class AddOpportunityIdempotencyKey1764720100003 implements MigrationInterface {
  name = 'AddOpportunityIdempotencyKey1764720100003';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      ALTER TABLE sales.opportunity
        ADD COLUMN idempotency_key text UNIQUE
          CHECK (char_length(idempotency_key) BETWEEN 1 AND 200)`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE sales.opportunity DROP COLUMN idempotency_key`);
  }
}
