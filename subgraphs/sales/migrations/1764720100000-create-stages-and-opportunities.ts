import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateStagesAndOpportunities1764720100000 implements MigrationInterface {
  name = 'CreateStagesAndOpportunities1764720100000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE sales.stage (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL UNIQUE,
        sort_order integer NOT NULL UNIQUE,
        default_probability integer NOT NULL CHECK (default_probability BETWEEN 0 AND 100),
        forecast_category text NOT NULL
          CHECK (forecast_category IN ('PIPELINE', 'BEST_CASE', 'COMMIT', 'CLOSED', 'OMITTED')),
        is_closed boolean NOT NULL,
        is_won boolean NOT NULL,
        CHECK (is_closed OR NOT is_won)
      )`);
    await runner.query(`
      CREATE TABLE sales.opportunity (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL CHECK (name <> ''),
        account_id uuid NOT NULL,
        amount numeric(20, 2) NOT NULL DEFAULT 0 CHECK (amount >= 0),
        currency text NOT NULL DEFAULT 'USD' CHECK (currency ~ '^[A-Z]{3}$'),
        stage_id uuid NOT NULL REFERENCES sales.stage (id),
        probability integer NOT NULL CHECK (probability BETWEEN 0 AND 100),
        forecast_category text NOT NULL
          CHECK (forecast_category IN ('PIPELINE', 'BEST_CASE', 'COMMIT', 'CLOSED', 'OMITTED')),
        close_date date NOT NULL,
        type text NOT NULL DEFAULT 'NEW_BUSINESS'
          CHECK (type IN ('NEW_BUSINESS', 'UPSELL', 'CROSS_SELL', 'RENEWAL')),
        owner_id text NOT NULL,
        is_closed boolean NOT NULL DEFAULT false,
        is_won boolean NOT NULL DEFAULT false,
        campaign_id uuid,
        lead_id uuid,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        closed_at timestamptz,
        CHECK (is_closed OR NOT is_won),
        CHECK ((closed_at IS NOT NULL) = is_closed)
      )`);
    await runner.query(
      `CREATE INDEX opportunity_account_idx ON sales.opportunity (account_id, close_date, id)`,
    );
    await runner.query(`CREATE INDEX opportunity_owner_idx ON sales.opportunity (owner_id)`);
    await runner.query(`CREATE INDEX opportunity_stage_idx ON sales.opportunity (stage_id)`);
    await runner.query(`CREATE INDEX opportunity_campaign_idx ON sales.opportunity (campaign_id)`);
    await runner.query(
      `CREATE INDEX opportunity_close_date_idx ON sales.opportunity (close_date, id)`,
    );
    await runner.query(`CREATE INDEX opportunity_amount_idx ON sales.opportunity (amount, id)`);
    await runner.query(
      `CREATE INDEX opportunity_created_at_idx ON sales.opportunity (created_at, id)`,
    );
    await runner.query(`CREATE INDEX opportunity_name_idx ON sales.opportunity (name, id)`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE sales.opportunity`);
    await runner.query(`DROP TABLE sales.stage`);
  }
}
