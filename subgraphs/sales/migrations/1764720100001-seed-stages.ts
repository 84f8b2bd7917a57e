import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The sales process. Opportunities copy a stage's probability and category on entering it. */
export class SeedStages1764720100001 implements MigrationInterface {
  name = 'SeedStages1764720100001';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      INSERT INTO sales.stage
        (name, sort_order, default_probability, forecast_category, is_closed, is_won)
      VALUES
        ('Prospecting', 1, 10, 'PIPELINE', false, false),
        ('Qualification', 2, 10, 'PIPELINE', false, false),
        ('Needs Analysis', 3, 20, 'PIPELINE', false, false),
        ('Value Proposition', 4, 50, 'PIPELINE', false, false),
        ('Id. Decision Makers', 5, 60, 'PIPELINE', false, false),
        ('Perception Analysis', 6, 70, 'BEST_CASE', false, false),
        ('Proposal/Price Quote', 7, 75, 'BEST_CASE', false, false),
        ('Negotiation/Review', 8, 90, 'COMMIT', false, false),
        ('Closed Won', 9, 100, 'CLOSED', true, true),
        ('Closed Lost', 10, 0, 'OMITTED', true, false)`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DELETE FROM sales.stage`);
  }
}
