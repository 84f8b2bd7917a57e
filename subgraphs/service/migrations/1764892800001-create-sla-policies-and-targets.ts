import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * SLA policies (one per case priority) and the SLA targets of cases. The partial indexes hold
 * only the targets the SLA monitor still has to look at, so its cost follows the number of
 * targets coming due rather than the number of cases.
 */
export class CreateSlaPoliciesAndTargets1764892800001 implements MigrationInterface {
  name = 'CreateSlaPoliciesAndTargets1764892800001';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE service.sla_policy (
        priority text PRIMARY KEY CHECK (priority IN ('LOW', 'MEDIUM', 'HIGH', 'URGENT')),
        first_response_seconds integer NOT NULL CHECK (first_response_seconds > 0),
        resolution_seconds integer NOT NULL CHECK (resolution_seconds > 0),
        warning_seconds integer NOT NULL CHECK (warning_seconds > 0),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT sla_policy_warning_check CHECK (
          warning_seconds < first_response_seconds AND warning_seconds < resolution_seconds
        )
      )`);
    await runner.query(`
      CREATE TABLE service.sla_target (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        case_id uuid NOT NULL REFERENCES service.support_case (id) ON DELETE CASCADE,
        target text NOT NULL CHECK (target IN ('FIRST_RESPONSE', 'RESOLUTION')),
        started_at timestamptz NOT NULL,
        due_at timestamptz NOT NULL,
        warn_at timestamptz NOT NULL,
        met_at timestamptz,
        warned_at timestamptz,
        breached_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT sla_target_times_check CHECK (started_at <= warn_at AND warn_at <= due_at)
      )`);
    await runner.query(
      `CREATE INDEX sla_target_case_idx ON service.sla_target (case_id, created_at)`,
    );
    // A case has at most one running target of each kind: the one its next move meets.
    await runner.query(`
      CREATE UNIQUE INDEX sla_target_running_idx ON service.sla_target (case_id, target)
        WHERE met_at IS NULL`);
    await runner.query(`
      CREATE INDEX sla_target_warning_due_idx ON service.sla_target (warn_at)
        WHERE met_at IS NULL AND warned_at IS NULL AND breached_at IS NULL`);
    await runner.query(`
      CREATE INDEX sla_target_breach_due_idx ON service.sla_target (due_at)
        WHERE met_at IS NULL AND breached_at IS NULL`);
    // Met after its due time but before the monitor saw it: still a breach to report.
    await runner.query(`
      CREATE INDEX sla_target_met_late_idx ON service.sla_target (due_at)
        WHERE breached_at IS NULL AND met_at > due_at`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE service.sla_target`);
    await runner.query(`DROP TABLE service.sla_policy`);
  }
}
