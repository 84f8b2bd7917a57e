import type { MigrationInterface, QueryRunner } from 'typeorm';

const ACTIVITY_KINDS = `('RESPONDED', 'WEB_VISIT', 'EMAIL_OPENED', 'FORM_SUBMITTED', 'EVENT_ATTENDED')`;

/**
 * Campaign members, duplicate handling, scoring, qualification, assignment, conversion and the
 * projection of Sales' opportunities that campaign results are read from.
 */
export class AddLeadLifecycle1764979200000 implements MigrationInterface {
  name = 'AddLeadLifecycle1764979200000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      ALTER TABLE marketing.lead
        ADD COLUMN employee_count integer CHECK (employee_count BETWEEN 0 AND 10000000),
        ADD COLUMN scored_at timestamptz,
        ADD COLUMN duplicate_of uuid REFERENCES marketing.lead (id),
        ADD COLUMN bant_budget numeric(20, 2) CHECK (bant_budget >= 0),
        ADD COLUMN bant_authority text
          CHECK (bant_authority IN ('DECISION_MAKER', 'INFLUENCER', 'EVALUATOR', 'NO_AUTHORITY')),
        ADD COLUMN bant_need text,
        ADD COLUMN bant_timeline text
          CHECK (bant_timeline IN ('IMMEDIATE', 'WITHIN_QUARTER', 'WITHIN_YEAR', 'LATER')),
        ADD COLUMN qualified_at timestamptz,
        ADD COLUMN disqualification_reason text,
        ADD COLUMN converted_at timestamptz,
        ADD CONSTRAINT lead_not_own_duplicate CHECK (duplicate_of <> id)`);
    // Two leads may share an email only when one is flagged as the other's duplicate.
    await runner.query(`DROP INDEX marketing.lead_email_key`);
    await runner.query(
      `CREATE UNIQUE INDEX lead_email_key ON marketing.lead (email) WHERE duplicate_of IS NULL`,
    );
    await runner.query(`CREATE INDEX lead_email_idx ON marketing.lead (email)`);
    await runner.query(
      `CREATE INDEX lead_duplicate_of_idx ON marketing.lead (duplicate_of)
         WHERE duplicate_of IS NOT NULL`,
    );

    await runner.query(`
      CREATE TABLE marketing.lead_settings (
        id boolean PRIMARY KEY DEFAULT true CHECK (id),
        duplicate_rule text NOT NULL DEFAULT 'REJECT'
          CHECK (duplicate_rule IN ('MERGE', 'FLAG', 'REJECT')),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await runner.query(`INSERT INTO marketing.lead_settings DEFAULT VALUES`);

    await runner.query(`
      CREATE TABLE marketing.campaign_member (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        campaign_id uuid NOT NULL REFERENCES marketing.campaign (id),
        lead_id uuid REFERENCES marketing.lead (id),
        contact_id uuid,
        status text NOT NULL
          CHECK (status IN ('SENT', 'OPENED', 'CLICKED', 'RESPONDED', 'REGISTERED', 'ATTENDED',
                            'CONVERTED')),
        has_responded boolean NOT NULL DEFAULT false,
        first_responded_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK ((lead_id IS NULL) <> (contact_id IS NULL)),
        CHECK (has_responded = (first_responded_at IS NOT NULL))
      )`);
    await runner.query(
      `CREATE UNIQUE INDEX campaign_member_lead_key ON marketing.campaign_member (campaign_id, lead_id)
         WHERE lead_id IS NOT NULL`,
    );
    await runner.query(
      `CREATE UNIQUE INDEX campaign_member_contact_key
         ON marketing.campaign_member (campaign_id, contact_id) WHERE contact_id IS NOT NULL`,
    );
    await runner.query(
      `CREATE INDEX campaign_member_page_idx ON marketing.campaign_member (campaign_id, created_at, id)`,
    );
    await runner.query(
      `CREATE INDEX campaign_member_lead_idx ON marketing.campaign_member (lead_id)`,
    );

    await runner.query(`
      CREATE TABLE marketing.lead_activity (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        lead_id uuid NOT NULL REFERENCES marketing.lead (id),
        kind text NOT NULL CHECK (kind IN ${ACTIVITY_KINDS}),
        occurred_at timestamptz NOT NULL,
        recorded_at timestamptz NOT NULL DEFAULT now()
      )`);
    await runner.query(
      `CREATE INDEX lead_activity_lead_idx ON marketing.lead_activity (lead_id, kind)`,
    );

    await runner.query(`
      CREATE TABLE marketing.scoring_rule (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL,
        kind text NOT NULL CHECK (kind IN ('FIT', 'ENGAGEMENT')),
        field text CHECK (field IN ('INDUSTRY', 'EMPLOYEE_COUNT', 'TITLE', 'COUNTRY')),
        value text,
        min_employees integer CHECK (min_employees >= 0),
        max_employees integer CHECK (max_employees >= 0),
        activity_kind text CHECK (activity_kind IN ${ACTIVITY_KINDS}),
        points integer NOT NULL CHECK (points BETWEEN -100 AND 100),
        half_life_days integer CHECK (half_life_days BETWEEN 1 AND 3650),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK ((kind = 'FIT') = (field IS NOT NULL)),
        CHECK ((kind = 'ENGAGEMENT') = (activity_kind IS NOT NULL)),
        CHECK ((kind = 'ENGAGEMENT') = (half_life_days IS NOT NULL)),
        CHECK (kind = 'FIT' OR points >= 0),
        CHECK (field <> 'EMPLOYEE_COUNT' OR min_employees IS NOT NULL OR max_employees IS NOT NULL),
        CHECK (field NOT IN ('INDUSTRY', 'TITLE', 'COUNTRY') OR value IS NOT NULL),
        CHECK (max_employees >= min_employees)
      )`);
    await runner.query(
      `CREATE INDEX scoring_rule_created_at_idx ON marketing.scoring_rule (created_at, id)`,
    );

    await runner.query(`
      CREATE TABLE marketing.assignment_team (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL,
        member_ids text[] NOT NULL CHECK (cardinality(member_ids) BETWEEN 1 AND 100),
        next_turn bigint NOT NULL DEFAULT 0,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await runner.query(
      `CREATE INDEX assignment_team_name_idx ON marketing.assignment_team (name, id)`,
    );
    await runner.query(`
      CREATE TABLE marketing.assignment_rule (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        priority integer NOT NULL UNIQUE CHECK (priority BETWEEN 0 AND 1000000),
        country text CHECK (country ~ '^[A-Z]{2}$'),
        industry text,
        team_id uuid NOT NULL REFERENCES marketing.assignment_team (id),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);

    await runner.query(`
      CREATE TABLE marketing.lead_conversion (
        id uuid PRIMARY KEY,
        lead_id uuid NOT NULL REFERENCES marketing.lead (id),
        status text NOT NULL CHECK (status IN ('PENDING', 'COMPLETE', 'FAILED')),
        request jsonb NOT NULL,
        identity jsonb NOT NULL,
        account_id uuid,
        contact_id uuid,
        opportunity_id uuid,
        failure jsonb,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        completed_at timestamptz,
        CHECK ((status = 'COMPLETE') = (completed_at IS NOT NULL))
      )`);
    // A lead has at most one conversion under way or done; failed ones are kept as history.
    await runner.query(
      `CREATE UNIQUE INDEX lead_conversion_lead_key ON marketing.lead_conversion (lead_id)
         WHERE status <> 'FAILED'`,
    );
    await runner.query(
      `CREATE INDEX lead_conversion_pending_idx ON marketing.lead_conversion (updated_at)
         WHERE status = 'PENDING'`,
    );

    await runner.query(`
      CREATE TABLE marketing.campaign_opportunity (
        opportunity_id uuid PRIMARY KEY,
        campaign_id uuid NOT NULL,
        amount numeric(20, 2) NOT NULL,
        is_won boolean NOT NULL,
        is_closed boolean NOT NULL,
        last_event_id bigint NOT NULL
      )`);
    await runner.query(
      `CREATE INDEX campaign_opportunity_campaign_idx ON marketing.campaign_opportunity (campaign_id)`,
    );
    await runner.query(`
      CREATE TABLE marketing.event_consumer_position (
        consumer text PRIMARY KEY,
        position text,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE marketing.event_consumer_position`);
    await runner.query(`DROP TABLE marketing.campaign_opportunity`);
    await runner.query(`DROP TABLE marketing.lead_conversion`);
    await runner.query(`DROP TABLE marketing.assignment_rule`);
    await runner.query(`DROP TABLE marketing.assignment_team`);
    await runner.query(`DROP TABLE marketing.scoring_rule`);
    await runner.query(`DROP TABLE marketing.lead_activity`);
    await runner.query(`DROP TABLE marketing.campaign_member`);
    await runner.query(`DROP TABLE marketing.lead_settings`);
    await runner.query(`DROP INDEX marketing.lead_duplicate_of_idx`);
    await runner.query(`DROP INDEX marketing.lead_email_idx`);
    await runner.query(`DROP INDEX marketing.lead_email_key`);
    await runner.query(`CREATE UNIQUE INDEX lead_email_key ON marketing.lead (email)`);
    await runner.query(`
      ALTER TABLE marketing.lead
        DROP CONSTRAINT lead_not_own_duplicate,
        DROP COLUMN converted_at,
        DROP COLUMN disqualification_reason,
        DROP COLUMN qualified_at,
        DROP COLUMN bant_timeline,
        DROP COLUMN bant_need,
        DROP COLUMN bant_authority,
        DROP COLUMN bant_budget,
        DROP COLUMN duplicate_of,
        DROP COLUMN scored_at,
        DROP COLUMN employee_count`);
  }
}
