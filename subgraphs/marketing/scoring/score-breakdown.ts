import type { DataSource } from 'typeorm';
import type { ScoringRule } from '../entities/scoring-rule.entity';
import type { ScoreComponent } from '../models';
import { FIT_MATCHED_VALUE, FIT_RULE_MATCHES, decayedActivityPoints } from './score-sql';

interface ComponentRow {
  lead_id: string;
  rule_id: string;
  rule_name: string;
  rule_kind: ScoringRule['kind'];
  rule_field: ScoringRule['field'];
  rule_value: string | null;
  rule_min_employees: number | null;
  rule_max_employees: number | null;
  rule_activity_kind: ScoringRule['activityKind'];
  rule_points: number;
  rule_half_life_days: number | null;
  rule_created_at: Date;
  rule_updated_at: Date;
  matched_value: string | null;
  activity_count: number;
  points: number;
  decayed_points: string;
}

const RULE_COLUMNS = `r.id AS rule_id, r.name AS rule_name, r.kind AS rule_kind,
  r.field AS rule_field, r.value AS rule_value, r.min_employees AS rule_min_employees,
  r.max_employees AS rule_max_employees, r.activity_kind AS rule_activity_kind,
  r.points AS rule_points, r.half_life_days AS rule_half_life_days,
  r.created_at AS rule_created_at, r.updated_at AS rule_updated_at`;

/**
 * The score components of each lead, in one query for all of them: every FIT rule the lead
 * matches and, per ENGAGEMENT rule, the lead's activities of its kind, decayed as of the
 * instant the lead was last scored, so the components add up to the stored score.
 */
export async function loadScoreBreakdowns(
  dataSource: DataSource,
  leadIds: readonly string[],
): Promise<ScoreComponent[][]> {
  const rows: ComponentRow[] = await dataSource.query(
    `SELECT l.id AS lead_id, ${RULE_COLUMNS}, ${FIT_MATCHED_VALUE} AS matched_value,
            1 AS activity_count, r.points AS points,
            round(r.points::numeric, 4)::text AS decayed_points
     FROM marketing.lead l
     JOIN marketing.scoring_rule r ON r.kind = 'FIT' AND ${FIT_RULE_MATCHES}
     WHERE l.id = ANY($1::uuid[])
     UNION ALL
     SELECT l.id, ${RULE_COLUMNS}, NULL, count(*)::int, (r.points * count(*))::int,
            sum(${decayedActivityPoints('COALESCE(l.scored_at, now())')})::text
     FROM marketing.lead l
     JOIN marketing.lead_activity a ON a.lead_id = l.id
     JOIN marketing.scoring_rule r ON r.kind = 'ENGAGEMENT' AND r.activity_kind = a.kind
     WHERE l.id = ANY($1::uuid[])
     GROUP BY l.id, r.id
     ORDER BY lead_id, rule_kind DESC, rule_created_at, rule_id`,
    [[...leadIds]],
  );
  const byLead = new Map<string, ScoreComponent[]>();
  for (const row of rows) {
    const components = byLead.get(row.lead_id) ?? [];
    components.push(toComponent(row));
    byLead.set(row.lead_id, components);
  }

  return leadIds.map((id) => byLead.get(id) ?? []);
}

function toComponent(row: ComponentRow): ScoreComponent {
  const rule: ScoringRule = {
    id: row.rule_id,
    name: row.rule_name,
    kind: row.rule_kind,
    field: row.rule_field,
    value: row.rule_value,
    minEmployees: row.rule_min_employees,
    maxEmployees: row.rule_max_employees,
    activityKind: row.rule_activity_kind,
    points: row.rule_points,
    halfLifeDays: row.rule_half_life_days,
    createdAt: row.rule_created_at,
    updatedAt: row.rule_updated_at,
  };

  return {
    rule,
    kind: rule.kind,
    field: rule.field,
    activityKind: rule.activityKind,
    matchedValue: row.matched_value,
    activityCount: row.activity_count,
    points: row.points,
    decayedPoints: row.decayed_points,
  };
}
