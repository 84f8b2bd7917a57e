import type { EntityManager } from 'typeorm';
import { updateReturning } from '../services/update-returning';

/** A new lead waiting for an owner. */
export interface AssignableLead {
  country: string | null;
  industry: string | null;
  ownerId: string | null;
}

interface RuleRow {
  team_id: string;
  country: string | null;
  industry: string | null;
}

/**
 * Gives each lead the owner the stored rules route it to: the first rule (by priority) whose
 * country and industry match names a team, and the team's members take the leads in turn.
 * A team's turn counter is advanced by one atomic UPDATE per team, which also locks the team's
 * row until the transaction ends, so concurrent captures continue the round exactly where the
 * previous one stopped and a rolled-back capture gives its turns back. Leads in `leads` that no
 * rule matches keep a null owner.
 */
export async function assignOwners(
  manager: EntityManager,
  leads: readonly AssignableLead[],
): Promise<void> {
  if (leads.length === 0) {
    return;
  }
  const rules: RuleRow[] = await manager.query(
    'SELECT team_id, country, industry FROM marketing.assignment_rule ORDER BY priority',
  );
  if (rules.length === 0) {
    return;
  }
  const byTeam = new Map<string, AssignableLead[]>();
  for (const lead of leads) {
    const rule = rules.find((candidate) => matches(candidate, lead));
    if (rule !== undefined) {
      const queue = byTeam.get(rule.team_id) ?? [];
      queue.push(lead);
      byTeam.set(rule.team_id, queue);
    }
  }
  // Teams are locked in one order by every capture, so two captures cannot deadlock on them.
  for (const teamId of [...byTeam.keys()].sort()) {
    const queue = byTeam.get(teamId) ?? [];
    const rows = await updateReturning<{ next_turn: string; member_ids: string[] }>(
      manager,
      `UPDATE marketing.assignment_team SET next_turn = next_turn + $2
       WHERE id = $1
       RETURNING next_turn::text, member_ids`,
      [teamId, queue.length],
    );
    const [{ next_turn: nextTurn, member_ids: members }] = rows;
    const first = BigInt(nextTurn) - BigInt(queue.length);
    queue.forEach((lead, offset) => {
      lead.ownerId = members[Number((first + BigInt(offset)) % BigInt(members.length))];
    });
  }
}

function matches(rule: RuleRow, lead: AssignableLead): boolean {
  return (
    (rule.country === null || rule.country === lead.country) &&
    (rule.industry === null ||
      (lead.industry !== null && rule.industry.toLowerCase() === lead.industry.toLowerCase()))
  );
}
