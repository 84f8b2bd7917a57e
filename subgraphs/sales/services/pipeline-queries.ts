import type { DataSource } from 'typeorm';
import { optionalId } from '../../../platform/graphql/input-validation';
import type { ForecastCategory, Stage } from '../entities/stage.entity';
import type { PipelineFilter } from '../generated/resolvers-types';
import type { Pipeline } from '../models';
import { optionalText } from '../../../platform/graphql/input-validation';
import { currencyCode } from './input-rules';

interface PipelineRow {
  id: string;
  name: string;
  sort_order: number;
  default_probability: number;
  forecast_category: ForecastCategory;
  is_closed: boolean;
  is_won: boolean;
  count: number;
  amount: string;
  weighted_amount: string;
  total_count: number;
  total_amount: string;
  total_weighted_amount: string;
}

/**
 * Open opportunities summed per open stage, and in total, in one statement. Every sum is
 * PostgreSQL `numeric`, so no amount passes through a binary float; a weighted amount is rounded
 * to the cent once per stage, and the total adds those rounded figures so the column adds up.
 */
const PIPELINE_SQL = `
  WITH per_stage AS (
    SELECT s.id, s.name, s.sort_order, s.default_probability, s.forecast_category,
           s.is_closed, s.is_won,
           count(o.id)::int AS count,
           coalesce(sum(o.amount), 0) AS amount,
           coalesce(round(sum(o.amount * o.probability) / 100, 2), 0) AS weighted_amount
      FROM sales.stage s
      LEFT JOIN sales.opportunity o
        ON o.stage_id = s.id
       AND NOT o.is_closed
       AND ($1::text IS NULL OR o.owner_id = $1)
       AND ($2::uuid IS NULL OR o.account_id = $2)
       AND ($3::text IS NULL OR o.currency = $3)
     WHERE NOT s.is_closed
     GROUP BY s.id
  )
  SELECT id, name, sort_order, default_probability, forecast_category, is_closed, is_won, count,
         amount::text AS amount,
         weighted_amount::text AS weighted_amount,
         (sum(count) OVER ())::int AS total_count,
         (sum(amount) OVER ())::text AS total_amount,
         (sum(weighted_amount) OVER ())::text AS total_weighted_amount
    FROM per_stage
   ORDER BY sort_order`;

/** The open pipeline, optionally of one owner, one account and one currency. */
export async function loadPipeline(
  dataSource: DataSource,
  filter: PipelineFilter | null | undefined,
): Promise<Pipeline> {
  const ownerId = optionalText(filter?.ownerId, 'filter.ownerId', 200);
  const accountId = optionalId(filter?.accountId, 'filter.accountId');
  const currency =
    filter?.currency === null || filter?.currency === undefined
      ? null
      : currencyCode(filter.currency, 'filter.currency');
  const rows: PipelineRow[] = await dataSource.query(PIPELINE_SQL, [ownerId, accountId, currency]);

  return {
    stages: rows.map((row) => ({
      stage: toStage(row),
      count: row.count,
      amount: row.amount,
      weightedAmount: row.weighted_amount,
    })),
    count: rows[0]?.total_count ?? 0,
    amount: rows[0]?.total_amount ?? '0',
    weightedAmount: rows[0]?.total_weighted_amount ?? '0',
  };
}

function toStage(row: PipelineRow): Stage {
  return {
    id: row.id,
    name: row.name,
    sortOrder: row.sort_order,
    defaultProbability: row.default_probability,
    forecastCategory: row.forecast_category,
    isClosed: row.is_closed,
    isWon: row.is_won,
  };
}
