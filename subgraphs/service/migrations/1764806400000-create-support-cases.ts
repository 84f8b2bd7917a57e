import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateSupportCases1764806400000 implements MigrationInterface {
  name = 'CreateSupportCases1764806400000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`CREATE SEQUENCE service.case_number_seq`);
    // lpad alone would cut the millionth number down to six digits; this widens instead.
    await runner.query(`
      CREATE FUNCTION service.next_case_number() RETURNS text
        LANGUAGE sql VOLATILE
        AS $$
          SELECT 'CS-' || lpad(n::text, greatest(6, length(n::text)), '0')
          FROM nextval('service.case_number_seq') AS n
        $$`);
    await runner.query(`
      CREATE TABLE service.support_case (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        case_number text NOT NULL UNIQUE DEFAULT service.next_case_number(),
        subject text NOT NULL CHECK (char_length(subject) BETWEEN 1 AND 255),
        description text CHECK (char_length(description) <= 10000),
        status text NOT NULL
          CHECK (status IN ('NEW', 'WORKING', 'ESCALATED', 'ON_HOLD', 'RESOLVED', 'CLOSED')),
        priority text NOT NULL CHECK (priority IN ('LOW', 'MEDIUM', 'HIGH', 'URGENT')),
        priority_rank numeric(1, 0) NOT NULL GENERATED ALWAYS AS (
          CASE priority WHEN 'LOW' THEN 1 WHEN 'MEDIUM' THEN 2 WHEN 'HIGH' THEN 3 WHEN 'URGENT' THEN 4 END
        ) STORED,
        origin text NOT NULL CHECK (origin IN ('EMAIL', 'PHONE', 'WEB', 'CHAT', 'PORTAL')),
        account_id uuid,
        contact_id uuid,
        owner_id text NOT NULL,
        opened_at timestamptz NOT NULL DEFAULT now(),
        first_responded_at timestamptz,
        resolved_at timestamptz,
        closed_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT support_case_responded_check
          CHECK (status = 'NEW' OR first_responded_at IS NOT NULL),
        CONSTRAINT support_case_resolved_check
          CHECK (status <> 'RESOLVED' OR resolved_at IS NOT NULL),
        CONSTRAINT support_case_open_check
          CHECK (status NOT IN ('NEW', 'WORKING', 'ESCALATED', 'ON_HOLD') OR resolved_at IS NULL),
        CONSTRAINT support_case_closed_check CHECK ((status = 'CLOSED') = (closed_at IS NOT NULL))
      )`);
    await runner.query(
      `CREATE INDEX support_case_opened_at_idx ON service.support_case (opened_at, id)`,
    );
    await runner.query(
      `CREATE INDEX support_case_priority_idx ON service.support_case (priority_rank, id)`,
    );
    await runner.query(
      `CREATE INDEX support_case_created_at_idx ON service.support_case (created_at, id)`,
    );
    await runner.query(
      `CREATE INDEX support_case_account_idx ON service.support_case (account_id, opened_at)`,
    );
    await runner.query(
      `CREATE INDEX support_case_contact_idx ON service.support_case (contact_id)`,
    );
    await runner.query(`CREATE INDEX support_case_owner_idx ON service.support_case (owner_id)`);
    await runner.query(`CREATE INDEX support_case_status_idx ON service.support_case (status)`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE service.support_case`);
    await runner.query(`DROP FUNCTION service.next_case_number()`);
    await runner.query(`DROP SEQUENCE service.case_number_seq`);
  }
}
