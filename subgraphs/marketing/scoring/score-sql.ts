/**
 * The SQL both the stored score and its breakdown are computed with, so that the breakdown of a
 * lead always adds up to the score it shows. Expressions refer to the lead as `l`, the scoring
 * rule as `r` and the activity as `a`.
 */

/** True when FIT rule `r` matches lead `l`. */
export const FIT_RULE_MATCHES = `(
  (r.field = 'INDUSTRY' AND lower(l.industry) = lower(r.value))
  OR (r.field = 'COUNTRY' AND l.country = r.value)
  OR (r.field = 'TITLE' AND strpos(lower(l.title), lower(r.value)) > 0)
  OR (r.field = 'EMPLOYEE_COUNT' AND l.employee_count
      BETWEEN COALESCE(r.min_employees, 0) AND COALESCE(r.max_employees, 2147483647))
)`;

/** The lead's value FIT rule `r` looked at. */
export const FIT_MATCHED_VALUE = `CASE r.field
  WHEN 'INDUSTRY' THEN l.industry
  WHEN 'COUNTRY' THEN l.country
  WHEN 'TITLE' THEN l.title
  WHEN 'EMPLOYEE_COUNT' THEN l.employee_count::text
END`;

/**
 * What activity `a` is worth under ENGAGEMENT rule `r` at the instant `asOf` (an SQL
 * expression): the rule's points halved for every `half_life_days` since the activity, kept to
 * four decimal places. The decay factor is computed in floating point, the sums in numeric.
 */
export function decayedActivityPoints(asOf: string): string {
  return `round((r.points * power(0.5::float8,
    GREATEST(extract(epoch FROM (${asOf} - a.occurred_at))::float8, 0)
      / (r.half_life_days * 86400.0)))::numeric, 4)`;
}

/** The score stored for fit and engagement point totals (numeric SQL expressions). */
export function clampedScore(fit: string, engagement: string): string {
  return `LEAST(100, GREATEST(0, round(COALESCE(${fit}, 0) + COALESCE(${engagement}, 0))))::int`;
}
