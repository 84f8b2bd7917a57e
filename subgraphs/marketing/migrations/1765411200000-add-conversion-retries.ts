import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The retry state of a lead conversion: how many attempts it has made, when the next is due
 * after one that could not reach Accounts or Sales, what went wrong last, and why a FAILED one
 * failed (every conversion FAILED before this migration was refused).
 */
export class AddConversionRetries1765411200000 implements MigrationInterface {
  name = 'AddConversionRetries1765411200000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      ALTER TABLE marketing.lead_conversion
        ADD COLUMN attempts integer NOT NULL DEFAULT 0 CHECK (attempts >= 0),
        ADD COLUMN next_attempt_at timestamptz,
        ADD COLUMN last_error text,
        ADD COLUMN failure_reason text CHECK (failure_reason IN ('REFUSED', 'UNAVAILABLE'))`);
    await runner.query(
      `UPDATE marketing.lead_conversion SET failure_reason = 'REFUSED' WHERE status = 'FAILED'`,
    );
    await runner.query(`
      ALTER TABLE marketing.lead_conversion ADD CONSTRAINT lead_conversion_failed_reason_check
        CHECK ((status = 'FAILED') = (failure_reason IS NOT NULL))`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`
      ALTER TABLE marketing.lead_conversion
        DROP CONSTRAINT lead_conversion_failed_reason_check,
        DROP COLUMN failure_reason,
        DROP COLUMN last_error,
        DROP COLUMN next_attempt_at,
        DROP COLUMN attempts`);
  }
}
