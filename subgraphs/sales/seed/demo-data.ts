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
import type { OpportunityType } from '../entities/opportunity.entity';
import type { ForecastCategory } from '../entities/stage.entity';
import {
  PIPELINE_TOPIC,
  type OpportunitySnapshot,
  type PipelineEventPayload,
} from '../events/pipeline-event-payload';

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
const TYPES: OpportunityType[] = [
  'NEW_BUSINESS',
  'NEW_BUSINESS',
  'UPSELL',
  'CROSS_SELL',
  'RENEWAL',
];

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
 * stage, with amounts in whole cents and close dates from a year ago to a year ahead, and a
 * `CREATED` pipeline event for each. The rows are the same on every run of the same day; nothing
 * is inserted when opportunities exist.
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
    const opportunities = demoOpportunities(stages, startOfToday());
    const query = manager.query.bind(manager);
    await insertRows(
      query,
      'sales.opportunity',
      OPPORTUNITY_COLUMNS.map(([column]) => column),
      opportunities.map((opportunity) =>
        OPPORTUNITY_COLUMNS.map(([, field]) => opportunity[field]),
      ),
    );
    // Each demo opportunity is announced like any new one, so that consumers of the pipeline
    // events (Marketing's campaign results) know the demo pipeline too.
    await insertRows(
      query,
      'sales.outbox_event',
      ['topic', 'payload'],
      opportunities.map((opportunity) => [
        PIPELINE_TOPIC,
        JSON.stringify({
          kind: 'CREATED',
          opportunity,
          previous: null,
        } satisfies PipelineEventPayload),
      ]),
    );
  });
}

/** Columns of `sales.opportunity` and the snapshot field each is written from. */
const OPPORTUNITY_COLUMNS: [string, keyof OpportunitySnapshot][] = [
  ['id', 'id'],
  ['name', 'name'],
  ['account_id', 'accountId'],
  ['amount', 'amount'],
  ['currency', 'currency'],
  ['stage_id', 'stageId'],
  ['probability', 'probability'],
  ['forecast_category', 'forecastCategory'],
  ['close_date', 'closeDate'],
  ['type', 'type'],
  ['owner_id', 'ownerId'],
  ['is_closed', 'isClosed'],
  ['is_won', 'isWon'],
  ['campaign_id', 'campaignId'],
  ['lead_id', 'leadId'],
  ['created_at', 'createdAt'],
  ['updated_at', 'updatedAt'],
  ['closed_at', 'closedAt'],
];

function demoOpportunities(stages: StageRow[], today: number): OpportunitySnapshot[] {
  const random = demoRandom(11);
  const pick = <T>(values: readonly T[]): T => values[Math.floor(random() * values.length)];
  const between = (low: number, high: number): number =>
    low + Math.floor(random() * (high - low + 1));
  const stageByName = new Map(stages.map((stage) => [stage.name, stage]));
  const opportunities: OpportunitySnapshot[] = [];
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
    opportunities.push({
      id: demoId('opportunity', n),
      name: `${pick(PRODUCTS)} ${pick(DEALS)}`,
      accountId: demoAccountId(between(0, DEMO_SIZE.accounts - 1)),
      amount: cents(Math.round(100_000 * 500 ** random())),
      currency: 'USD',
      stageId: stage.id,
      stageName: stage.name,
      probability: stage.default_probability,
      forecastCategory: stage.forecast_category,
      closeDate: new Date(closeDay).toISOString().slice(0, 10),
      type: pick(TYPES),
      ownerId: pick(DEMO_OWNERS),
      isClosed: stage.is_closed,
      isWon: stage.is_won,
      campaignId: random() < 0.4 ? demoCampaignId(between(0, DEMO_SIZE.campaigns - 1)) : null,
      leadId: null,
      createdAt: createdAt.toISOString(),
      updatedAt: (closedAt ?? createdAt).toISOString(),
      closedAt: closedAt?.toISOString() ?? null,
    });
  }

  return opportunities;
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
