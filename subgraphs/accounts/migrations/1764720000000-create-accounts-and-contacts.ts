import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateAccountsAndContacts1764720000000 implements MigrationInterface {
  name = 'CreateAccountsAndContacts1764720000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE accounts.account (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL,
        industry text,
        website text,
        annual_revenue numeric(20, 2) CHECK (annual_revenue >= 0),
        employee_count integer CHECK (employee_count >= 0),
        tier text NOT NULL
          CHECK (tier IN ('STRATEGIC', 'ENTERPRISE', 'MID_MARKET', 'SMALL_BUSINESS')),
        owner_id text,
        parent_id uuid REFERENCES accounts.account (id),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK (parent_id <> id)
      )`);
    await runner.query(`CREATE INDEX account_name_idx ON accounts.account (name, id)`);
    await runner.query(`CREATE INDEX account_created_at_idx ON accounts.account (created_at, id)`);
    await runner.query(`CREATE INDEX account_parent_idx ON accounts.account (parent_id)`);
    await runner.query(`CREATE INDEX account_owner_idx ON accounts.account (owner_id)`);
    await runner.query(`
      CREATE TABLE accounts.contact (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        first_name text,
        last_name text NOT NULL,
        email text CHECK (email = lower(email)),
        phone text,
        title text,
        account_id uuid REFERENCES accounts.account (id),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await runner.query(`CREATE INDEX contact_account_idx ON accounts.contact (account_id)`);
    await runner.query(`CREATE INDEX contact_email_idx ON accounts.contact (email)`);
    await runner.query(`CREATE INDEX contact_last_name_idx ON accounts.contact (last_name, id)`);
    await runner.query(`CREATE INDEX contact_created_at_idx ON accounts.contact (created_at, id)`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE accounts.contact`);
    await runner.query(`DROP TABLE accounts.account`);
  }
}
