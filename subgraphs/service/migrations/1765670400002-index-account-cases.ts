import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * `Account.cases` pages each account's cases by keyset, in every order it offers: an index on
 * the account and each sort key, with the id that breaks ties, makes a page a short index scan.
 * `support_case_account_idx` gains the id for that. Its default, the open cases most recently
 * opened first, gets an index of open cases alone, so an account's closed cases, however many,
 * are not walked past to find its few open ones.
 */
export class IndexAccountCases1765670400002 implements MigrationInterface {
  name = 'IndexAccountCases1765670400002';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP INDEX service.support_case_account_idx`);
    await runner.query(
      `CREATE INDEX support_case_account_idx ON service.support_case (account_id, opened_at, id)`,
    );
    await runner.query(
      `CREATE INDEX support_case_account_open_idx ON service.support_case (account_id, opened_at, id)
         WHERE status IN ('NEW', 'WORKING', 'ESCALATED', 'ON_HOLD')`,
    );
    await runner.query(
      `CREATE INDEX support_case_account_priority_idx
         ON service.support_case (account_id, priority_rank, id)`,
    );
    await runner.query(
      `CREATE INDEX support_case_account_created_at_idx
         ON service.support_case (account_id, created_at, id)`,
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP INDEX service.support_case_account_created_at_idx`);
    await runner.query(`DROP INDEX service.support_case_account_priority_idx`);
    await runner.query(`DROP INDEX service.support_case_account_open_idx`);
    await runner.query(`DROP INDEX service.support_case_account_idx`);
    await runner.query(
      `CREATE INDEX support_case_account_idx ON service.support_case (account_id, opened_at)`,
    );
  }
}
