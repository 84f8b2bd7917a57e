import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The projection of Accounts' contacts that duplicate detection reads (an email per contact,
 * with the event it was last written from), and the contact a captured lead was found to match.
 */
export class AddKnownContacts1765152000001 implements MigrationInterface {
  name = 'AddKnownContacts1765152000001';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE marketing.known_contact (
        contact_id uuid PRIMARY KEY,
        email text CHECK (email = lower(email)),
        last_event_id bigint NOT NULL
      )`);
    await runner.query(`CREATE INDEX known_contact_email_idx ON marketing.known_contact (email)`);
    await runner.query(`ALTER TABLE marketing.lead ADD COLUMN existing_contact_id uuid`);
    await runner.query(
      `CREATE INDEX lead_existing_contact_idx ON marketing.lead (existing_contact_id)
         WHERE existing_contact_id IS NOT NULL`,
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP INDEX marketing.lead_existing_contact_idx`);
    await runner.query(`ALTER TABLE marketing.lead DROP COLUMN existing_contact_id`);
    await runner.query(`DROP TABLE marketing.known_contact`);
  }
}
