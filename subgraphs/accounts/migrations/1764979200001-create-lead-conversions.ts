import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The account and contact each lead conversion created, so a repeated conversion reuses them. */
export class CreateLeadConversions1764979200001 implements MigrationInterface {
  name = 'CreateLeadConversions1764979200001';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE accounts.lead_conversion (
        conversion_id uuid PRIMARY KEY,
        account_id uuid NOT NULL REFERENCES accounts.account (id),
        contact_id uuid NOT NULL REFERENCES accounts.contact (id),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE accounts.lead_conversion`);
  }
}
