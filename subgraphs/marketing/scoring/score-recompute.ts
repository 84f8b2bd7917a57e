import type { EntityManager } from 'typeorm';
import { FIT_RULE_MATCHES, clampedScore, decayedActivityPoints } from './score-sql';

/**
 * Which leads to score again: some by id, or every lead. `locked` says the transaction already
 * holds the leads (it inserted or locked them), which saves locking them again.
 */
export type ScoreTarget = { leadIds: readonly string[]; locked?: boolean } | 'all';

/**
 * The instant a lead is scored as of: the transaction's start, or the instant it was last
 * scored when a transaction that started later already scored it, so `scored_at` never moves
 * back.
 */
const AS_OF = 'GREATEST(now(), COALESCE(l.scored_at, now()))';

/**
 * Recomputes the stored score of the target leads and stores the instant it is computed as of
 * in `scored_at`. Leads are only scored here, so a list filtered or ordered by score always
 * agrees with the scores it shows, and the breakdown (computed as of `scored_at`) with the
 * score. The leads are locked first, in id order, and scored by a later statement: it then sees
 * every activity committed by a transaction that held a lead before. A lead whose score and
 * instant would not change is not written again.
 */
export async function recomputeScores(manager: EntityManager, target: ScoreTarget): Promise<void> {
  if (typeof target === 'object' && target.leadIds.length === 0) {
    return;
  }
  const [filter, parameters] =
    target === 'all' ? ['', []] : ['WHERE l.id = ANY($1::uuid[])', [[...new Set(target.leadIds)]]];
  if (target === 'all' || !target.locked) {
    await manager.query(
      `SELECT l.id FROM marketing.lead l ${filter} ORDER BY l.id FOR UPDATE`,
      parameters,
    );
  }
  await manager.query(
    `WITH target AS (
       SELECT l.id, ${AS_OF} AS as_of FROM marketing.lead l ${filter}
     ),
     fit AS (
       SELECT l.id, sum(r.points) AS points
       FROM marketing.lead l
       JOIN target t ON t.id = l.id
       JOIN marketing.scoring_rule r ON r.kind = 'FIT' AND ${FIT_RULE_MATCHES}
       GROUP BY l.id
     ),
     engagement AS (
       SELECT a.lead_id AS id, sum(${decayedActivityPoints('t.as_of')}) AS points
       FROM marketing.lead_activity a
       JOIN target t ON t.id = a.lead_id
       JOIN marketing.scoring_rule r ON r.kind = 'ENGAGEMENT' AND r.activity_kind = a.kind
       GROUP BY a.lead_id
     ),
     scored AS (
       SELECT target.id, target.as_of,
              ${clampedScore('fit.points', 'engagement.points')} AS score
       FROM target
         LEFT JOIN fit ON fit.id = target.id
         LEFT JOIN engagement ON engagement.id = target.id
     )
     UPDATE marketing.lead AS lead
     SET score = scored.score, scored_at = scored.as_of
     FROM scored
     WHERE lead.id = scored.id
       AND (lead.score <> scored.score OR lead.scored_at IS DISTINCT FROM scored.as_of)`,
    parameters,
  );
}
