import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * `Account.opportunities` pages each account's opportunities by keyset, in every order it
 * offers; `opportunity_account_idx` serves the close-date order, and these the others, so a page
 * is a short index scan however many opportunities the account has.
 */
export class IndexAccountOpportunities1765670400001 implements MigrationInterface {
  name = 'IndexAccountOpportunities1765670400001';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(
      `CREATE INDEX opportunity_account_amount_idx ON sales.opportunity (account_id, amount, id)`,
    );
    await runner.query(
      `CREATE INDEX opportunity_account_created_at_idx
         ON sales.opportunity (account_id, created_at, id)`,
    );
    await runner.query(
      `CREATE INDEX opportunity_account_name_idx ON sales.opportunity (account_id, name, id)`,
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP INDEX sales.opportunity_account_name_idx`);
    await runner.query(`DROP INDEX sales.opportunity_account_created_at_idx`);
    await runner.query(`DROP INDEX sales.opportunity_account_amount_idx`);
  }
}
