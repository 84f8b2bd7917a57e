import type { EntityManager } from 'typeorm';
import { FIT_RULE_MATCHES, clampedScore, decayedActivityPoints } from './score-sql';

/** Which leads to score again: some by id, every lead, or every lead with an activity. */
export type ScoreTarget = { leadIds: readonly string[] } | 'all' | 'engaged';

/**
 * Recomputes the stored score of the target leads in one statement, as of the transaction's
 * start (`now()`), which is also stored as the leads' `scored_at`. Leads are only scored here,
 * so a list filtered or ordered by score always agrees with the scores it shows. A lead already
 * scored in this transaction with the same result is not written again.
 */
export async function recomputeScores(manager: EntityManager, target: ScoreTarget): Promise<void> {
  if (typeof target === 'object' && target.leadIds.length === 0) {
    return;
  }
  const [targetSql, parameters] =
    target === 'all'
      ? ['SELECT id FROM marketing.lead', []]
      : target === 'engaged'
        ? ['SELECT DISTINCT lead_id AS id FROM marketing.lead_activity', []]
        : ['SELECT unnest($1::uuid[]) AS id', [[...new Set(target.leadIds)]]];
  await manager.query(
    `WITH target AS (${targetSql}),
     fit AS (
       SELECT l.id, sum(r.points) AS points
       FROM marketing.lead l
       JOIN target t ON t.id = l.id
       JOIN marketing.scoring_rule r ON r.kind = 'FIT' AND ${FIT_RULE_MATCHES}
       GROUP BY l.id
     ),
     engagement AS (
       SELECT a.lead_id AS id, sum(${decayedActivityPoints('now()')}) AS points
       FROM marketing.lead_activity a
       JOIN target t ON t.id = a.lead_id
       JOIN marketing.scoring_rule r ON r.kind = 'ENGAGEMENT' AND r.activity_kind = a.kind
       GROUP BY a.lead_id
     ),
     scored AS (
       SELECT target.id, ${clampedScore('fit.points', 'engagement.points')} AS score
       FROM target
         LEFT JOIN fit ON fit.id = target.id
         LEFT JOIN engagement ON engagement.id = target.id
     )
     UPDATE marketing.lead AS lead
     SET score = scored.score, scored_at = now()
     FROM scored
     WHERE lead.id = scored.id
       AND (lead.score <> scored.score OR lead.scored_at IS DISTINCT FROM now())`,
    parameters,
  );
}
