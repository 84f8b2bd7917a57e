import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The completed conversions of each account, newest first: what Account.convertedLeads pages
 * through and Account.campaignInfluence adds up, without reading other accounts' conversions.
 */
export class AddAccountConversionsIndex1765584000000 implements MigrationInterface {
  name = 'AddAccountConversionsIndex1765584000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(
      `CREATE INDEX lead_conversion_account_idx
         ON marketing.lead_conversion (account_id, completed_at, id) WHERE status = 'COMPLETE'`,
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP INDEX marketing.lead_conversion_account_idx`);
  }
}
