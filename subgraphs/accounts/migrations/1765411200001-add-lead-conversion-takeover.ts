import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Whether a lead conversion created its account, so that a later conversion of the same lead
 * that wants a new account takes that one over instead of creating a second. A conversion that
 * created its account inserted it in the same transaction as its own row, so both carry that
 * transaction's `now()`: equal times tell the earlier ones.
 */
export class AddLeadConversionTakeover1765411200001 implements MigrationInterface {
  name = 'AddLeadConversionTakeover1765411200001';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(
      `ALTER TABLE accounts.lead_conversion
         ADD COLUMN created_account boolean NOT NULL DEFAULT false`,
    );
    await runner.query(`
      UPDATE accounts.lead_conversion conversion SET created_account = true
      FROM accounts.account account
      WHERE account.id = conversion.account_id AND account.created_at = conversion.created_at`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE accounts.lead_conversion DROP COLUMN created_account`);
  }
}
