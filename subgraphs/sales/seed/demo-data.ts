import type { DataSource } from 'typeorm';
import { insertRows } from '../../../platform/database/insert-rows';
import {
  DEMO_OWNERS,
  DEMO_SIZE,
  demoAccountId,
  demoCampaignId,
  demoId,
  demoRandom,
} from '../../../platform/demo/demo-ids';
import type { ForecastCategory } from '../entities/stage.entity';

const PRODUCTS = [
  'Analytics Suite',
  'Cloud Platform',
  'Field Service App',
  'Data Warehouse',
  'Support Desk',
  'Security Bundle',
  'Integration Hub',
  'Mobile SDK',
  'Training Program',
  'Managed Services',
];
const DEALS = ['rollout', 'expansion', 'pilot', 'upgrade', 'migration', 'renewal', 'add-on'];
const TYPES = ['NEW_BUSINESS', 'NEW_BUSINESS', 'UPSELL', 'CROSS_SELL', 'RENEWAL'];

/** Share of demo opportunities per stage name, in percent; they add up to 100. */
const STAGE_WEIGHTS: [string, number][] = [
  ['Prospecting', 12],
  ['Qualification', 11],
  ['Needs Analysis', 9],
  ['Value Proposition', 8],
  ['Id. Decision Makers', 7],
  ['Perception Analysis', 6],
  ['Proposal/Price Quote', 8],
  ['Negotiation/Review', 7],
  ['Closed Won', 18],
  ['Closed Lost', 14],
];

const DAY_MS = 86_400_000;

interface StageRow {
  id: string;
  name: string;
  default_probability: number;
  forecast_category: ForecastCategory;
  is_closed: boolean;
  is_won: boolean;
}

/**
 * Inserts the Sales part of the demo data set: opportunities of the demo accounts across every
 * stage, with amounts in whole cents and close dates from a year ago to a year ahead. The rows
 * are the same on every run of the same day; nothing is inserted when opportunities exist.
 */
export async function seedSalesDemoData(dataSource: DataSource): Promise<void> {
  await dataSource.transaction(async (manager) => {
    // Two processes seeding at once would otherwise both find the table empty.
    await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', ['crm-demo:sales']);
    const [{ found }] = await manager.query(
      'SELECT EXISTS (SELECT 1 FROM sales.opportunity) AS found',
    );
    if (found) {
      return;
    }
    const stages: StageRow[] = await manager.query(
      `SELECT id, name, default_probability, forecast_category, is_closed, is_won
         FROM sales.stage ORDER BY sort_order`,
    );
    await insertRows(
      manager.query.bind(manager),
      'sales.opportunity',
      [
        'id',
        'name',
        'account_id',
        'amount',
        'currency',
        'stage_id',
        'probability',
        'forecast_category',
        'close_date',
        'type',
        'owner_id',
        'is_closed',
        'is_won',
        'campaign_id',
        'created_at',
        'updated_at',
        'closed_at',
      ],
      demoOpportunities(stages, startOfToday()),
    );
  });
}

function demoOpportunities(stages: StageRow[], today: number): unknown[][] {
  const random = demoRandom(11);
  const pick = <T>(values: readonly T[]): T => values[Math.floor(random() * values.length)];
  const between = (low: number, high: number): number =>
    low + Math.floor(random() * (high - low + 1));
  const stageByName = new Map(stages.map((stage) => [stage.name, stage]));
  const rows: unknown[][] = [];
  for (let n = 0; n < DEMO_SIZE.opportunities; n += 1) {
    const stage = stageByName.get(weightedStageName(random()));
    if (stage === undefined) {
      throw new Error('The sales stages are not the ones the demo data expects');
    }
    const overdue = !stage.is_closed && random() < 0.1;
    const closeDay =
      stage.is_closed || overdue
        ? today - between(1, 365) * DAY_MS
        : today + between(0, 365) * DAY_MS;
    const createdAt = new Date(Math.min(closeDay, today) - between(14, 180) * DAY_MS);
    const closedAt = stage.is_closed ? new Date(closeDay + 16 * 3_600_000) : null;
    rows.push([
      demoId('opportunity', n),
      `${pick(PRODUCTS)} ${pick(DEALS)}`,
      demoAccountId(between(0, DEMO_SIZE.accounts - 1)),
      cents(Math.round(100_000 * 500 ** random())),
      'USD',
      stage.id,
      stage.default_probability,
      stage.forecast_category,
      new Date(closeDay).toISOString().slice(0, 10),
      pick(TYPES),
      pick(DEMO_OWNERS),
      stage.is_closed,
      stage.is_won,
      random() < 0.4 ? demoCampaignId(between(0, DEMO_SIZE.campaigns - 1)) : null,
      createdAt,
      closedAt ?? createdAt,
      closedAt,
    ]);
  }

  return rows;
}

function weightedStageName(draw: number): string {
  let remaining = draw * 100;
  for (const [name, weight] of STAGE_WEIGHTS) {
    remaining -= weight;
    if (remaining < 0) {
      return name;
    }
  }

  return STAGE_WEIGHTS[0][0];
}

/** Prints a whole number of cents as a decimal with two places, without floating point. */
function cents(amount: number): string {
  return `${Math.floor(amount / 100)}.${String(amount % 100).padStart(2, '0')}`;
}

function startOfToday(): number {
  const now = new Date();

  return Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
}
