import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Default SLA policies. The warning fires 20% of the first-response target before each due
 * time, the same lead for both targets of a priority.
 *
 * | priority | first response | resolution | warning |
 * |----------|----------------|------------|---------|
 * | URGENT   | 15 min         | 4 h        | 3 min   |
 * | HIGH     | 1 h            | 8 h        | 12 min  |
 * | MEDIUM   | 4 h            | 24 h       | 48 min  |
 * | LOW      | 8 h            | 72 h       | 96 min  |
 */
export class SeedSlaPolicies1764892800002 implements MigrationInterface {
  name = 'SeedSlaPolicies1764892800002';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      INSERT INTO service.sla_policy
        (priority, first_response_seconds, resolution_seconds, warning_seconds)
      VALUES
        ('URGENT', 900, 14400, 180),
        ('HIGH', 3600, 28800, 720),
        ('MEDIUM', 14400, 86400, 2880),
        ('LOW', 28800, 259200, 5760)`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DELETE FROM service.sla_policy`);
  }
}
