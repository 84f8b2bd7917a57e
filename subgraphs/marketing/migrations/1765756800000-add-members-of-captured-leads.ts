import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A lead captured through a campaign is a member of it that responded; leads stored before
 * captures recorded that get their membership here, responded when they were captured (CONVERTED
 * for a converted lead, as a conversion leaves it). Their scores stay as they were: no RESPONDED
 * activity is added for a response made long ago.
 */
export class AddMembersOfCapturedLeads1765756800000 implements MigrationInterface {
  name = 'AddMembersOfCapturedLeads1765756800000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      INSERT INTO marketing.campaign_member
        (campaign_id, lead_id, status, has_responded, first_responded_at, created_at, updated_at)
      SELECT campaign_id, id, CASE WHEN status = 'CONVERTED' THEN 'CONVERTED' ELSE 'RESPONDED' END,
             true, created_at, created_at, created_at
        FROM marketing.lead
       WHERE campaign_id IS NOT NULL
      ON CONFLICT (campaign_id, lead_id) WHERE lead_id IS NOT NULL DO NOTHING`);
  }

  async down(): Promise<void> {
    // The memberships cannot be told from those captures made since; they stay.
  }
}
