import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateCampaignsAndLeads1764806400000 implements MigrationInterface {
  name = 'CreateCampaignsAndLeads1764806400000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE marketing.campaign (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL,
        channel text NOT NULL
          CHECK (channel IN ('EMAIL', 'WEB', 'EVENT', 'WEBINAR', 'SOCIAL', 'PAID_SEARCH',
                             'REFERRAL', 'PARTNER', 'DIRECT_MAIL', 'OTHER')),
        status text NOT NULL CHECK (status IN ('PLANNED', 'ACTIVE', 'COMPLETED', 'ABORTED')),
        budget numeric(20, 2) CHECK (budget >= 0),
        actual_cost numeric(20, 2) CHECK (actual_cost >= 0),
        start_date date,
        end_date date,
        parent_id uuid REFERENCES marketing.campaign (id),
        owner_id text,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK (end_date >= start_date),
        CHECK (parent_id <> id)
      )`);
    await runner.query(`CREATE INDEX campaign_name_idx ON marketing.campaign (name, id)`);
    await runner.query(
      `CREATE INDEX campaign_created_at_idx ON marketing.campaign (created_at, id)`,
    );
    await runner.query(`CREATE INDEX campaign_parent_idx ON marketing.campaign (parent_id)`);
    await runner.query(`
      CREATE TABLE marketing.lead (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        first_name text NOT NULL,
        last_name text NOT NULL,
        email text NOT NULL CHECK (email = lower(email)),
        company text,
        title text,
        phone text,
        industry text,
        country text CHECK (country ~ '^[A-Z]{2}$'),
        source text NOT NULL
          CHECK (source IN ('WEB_FORM', 'IMPORT', 'REFERRAL', 'PARTNER', 'EVENT', 'CAMPAIGN',
                            'OTHER')),
        status text NOT NULL DEFAULT 'OPEN'
          CHECK (status IN ('OPEN', 'WORKING', 'NURTURING', 'QUALIFIED', 'UNQUALIFIED',
                            'CONVERTED')),
        rating text CHECK (rating IN ('HOT', 'WARM', 'COLD')),
        score integer NOT NULL DEFAULT 0 CHECK (score BETWEEN 0 AND 100),
        campaign_id uuid REFERENCES marketing.campaign (id),
        owner_id text,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await runner.query(`CREATE UNIQUE INDEX lead_email_key ON marketing.lead (email)`);
    await runner.query(`CREATE INDEX lead_campaign_idx ON marketing.lead (campaign_id)`);
    await runner.query(`CREATE INDEX lead_owner_idx ON marketing.lead (owner_id)`);
    await runner.query(`CREATE INDEX lead_status_idx ON marketing.lead (status)`);
    await runner.query(`CREATE INDEX lead_created_at_idx ON marketing.lead (created_at, id)`);
    await runner.query(`CREATE INDEX lead_last_name_idx ON marketing.lead (last_name, id)`);
    // The score sort compares as numeric (see lead-queries.ts), so its index must too.
    await runner.query(`CREATE INDEX lead_score_idx ON marketing.lead ((score::numeric), id)`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE marketing.lead`);
    await runner.query(`DROP TABLE marketing.campaign`);
  }
}
