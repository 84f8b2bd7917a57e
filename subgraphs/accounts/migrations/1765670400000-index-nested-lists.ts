import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * `Account.children` and `Account.contacts` page the rows of each parent by keyset, in every
 * order they offer: an index on the parent column and each sort key, with the id that breaks
 * ties, makes a page a short index scan however many rows the parent has. The single-column
 * parent indexes become the first of them, which serves every lookup they served.
 */
export class IndexNestedLists1765670400000 implements MigrationInterface {
  name = 'IndexNestedLists1765670400000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP INDEX accounts.account_parent_idx`);
    await runner.query(`CREATE INDEX account_parent_idx ON accounts.account (parent_id, name, id)`);
    await runner.query(
      `CREATE INDEX account_parent_created_at_idx ON accounts.account (parent_id, created_at, id)`,
    );
    await runner.query(`DROP INDEX accounts.contact_account_idx`);
    await runner.query(
      `CREATE INDEX contact_account_idx ON accounts.contact (account_id, last_name, id)`,
    );
    await runner.query(
      `CREATE INDEX contact_account_created_at_idx ON accounts.contact (account_id, created_at, id)`,
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP INDEX accounts.contact_account_created_at_idx`);
    await runner.query(`DROP INDEX accounts.contact_account_idx`);
    await runner.query(`CREATE INDEX contact_account_idx ON accounts.contact (account_id)`);
    await runner.query(`DROP INDEX accounts.account_parent_created_at_idx`);
    await runner.query(`DROP INDEX accounts.account_parent_idx`);
    await runner.query(`CREATE INDEX account_parent_idx ON accounts.account (parent_id)`);
  }
}
