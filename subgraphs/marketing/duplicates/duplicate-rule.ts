import type { EntityManager } from 'typeorm';

export type DuplicateRule = 'MERGE' | 'FLAG' | 'REJECT';

/** The stored rule for captured leads whose email a lead or a contact already has. */
export async function readDuplicateRule(manager: EntityManager): Promise<DuplicateRule> {
  const rows: { rule: DuplicateRule }[] = await manager.query(
    'SELECT duplicate_rule AS rule FROM marketing.lead_settings',
  );

  return rows[0]?.rule ?? 'REJECT';
}

/** Stores the rule; captures that start afterwards follow it. */
export async function writeDuplicateRule(
  manager: EntityManager,
  rule: DuplicateRule,
): Promise<DuplicateRule> {
  await manager.query(
    `INSERT INTO marketing.lead_settings (id, duplicate_rule) VALUES (true, $1)
     ON CONFLICT (id) DO UPDATE SET duplicate_rule = EXCLUDED.duplicate_rule, updated_at = now()`,
    [rule],
  );

  return rule;
}
