import type { DataSource } from 'typeorm';
import { optionalId } from '../../../platform/graphql/input-validation';
import type { ForecastCategory, Stage } from '../entities/stage.entity';
import { PIPELINE_TOPIC } from '../events/pipeline-event-payload';
import type { PipelineFilter } from '../generated/resolvers-types';
import type { Pipeline, PipelineEvent } from '../models';
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
 * The open opportunities of `opportunities` summed per open stage, and in total, in one
 * statement. `opportunities` is a relation with the columns of `sales.opportunity` that the sums
 * read, either that table or a common table expression of `definitions`; `$1` to `$3` filter it
 * by owner, account and currency. Every sum is PostgreSQL `numeric`, so no amount passes through
 * a binary float; a weighted amount is rounded to the cent once per stage, and the total adds
 * those rounded figures so the column adds up. Every figure has two decimals, as money always
 * does in answers, "0.00" for a stage without open opportunities included (a bare `0` would print
 * as "0").
 */
function pipelineSql(opportunities: string, definitions: string[] = []): string {
  const perStage = `per_stage AS (
    SELECT s.id, s.name, s.sort_order, s.default_probability, s.forecast_category,
           s.is_closed, s.is_won,
           count(o.id)::int AS count,
           round(coalesce(sum(o.amount), 0), 2) AS amount,
           round(coalesce(sum(o.amount * o.probability) / 100, 0), 2) AS weighted_amount
      FROM sales.stage s
      LEFT JOIN ${opportunities} o
        ON o.stage_id = s.id
       AND NOT o.is_closed
       AND ($1::text IS NULL OR o.owner_id = $1)
       AND ($2::uuid IS NULL OR o.account_id = $2)
       AND ($3::text IS NULL OR o.currency = $3)
     WHERE NOT s.is_closed
     GROUP BY s.id
  )`;

  return `
  WITH ${[...definitions, perStage].join(',\n')}
  SELECT id, name, sort_order, default_probability, forecast_category, is_closed, is_won, count,
         amount::text AS amount,
         weighted_amount::text AS weighted_amount,
         (sum(count) OVER ())::int AS total_count,
         round(sum(amount) OVER (), 2)::text AS total_amount,
         round(sum(weighted_amount) OVER (), 2)::text AS total_weighted_amount
    FROM per_stage
   ORDER BY sort_order`;
}

const PIPELINE_SQL = pipelineSql('sales.opportunity');

/** The figures of a pipeline without open stages. */
const NO_AMOUNT = '0.00';

/**
 * The opportunities as they stood right after pipeline event `$4` committed. A row changed since
 * then is replaced by the `previous` snapshot of its first later event, or left out when that
 * event created it (`previous` is null). An event stored before events carried `previous` cannot
 * tell, so its opportunity is taken as it is now. Ids follow commit order and a change commits
 * with its event, so the one snapshot of the statement sees each change together with its event.
 */
const PIPELINE_AS_OF_EVENT_SQL = pipelineSql('opportunity_as_of', [
  `first_later_event AS (
    SELECT (payload #>> '{opportunity,id}')::uuid AS opportunity_id, min(id) AS id
      FROM sales.outbox_event
     WHERE topic = '${PIPELINE_TOPIC}' AND id > $4::bigint
     GROUP BY 1
  )`,
  `first_later_change AS (
    SELECT f.opportunity_id,
           e.payload ? 'previous' AS knows_previous,
           nullif(e.payload -> 'previous', 'null'::jsonb) AS previous
      FROM first_later_event f
      JOIN sales.outbox_event e ON e.id = f.id
  )`,
  `opportunity_as_of AS (
    SELECT o.id, o.stage_id, o.amount, o.probability, o.owner_id, o.account_id, o.currency,
           o.is_closed
      FROM sales.opportunity o
     WHERE NOT EXISTS (SELECT 1 FROM first_later_change c
                        WHERE c.opportunity_id = o.id AND c.knows_previous)
    UNION ALL
    SELECT c.opportunity_id, p."stageId", p.amount, p.probability, p."ownerId", p."accountId",
           p.currency, p."isClosed"
      FROM first_later_change c,
           jsonb_to_record(c.previous) AS p("stageId" uuid, amount numeric(20, 2),
             probability integer, "ownerId" text, "accountId" uuid, currency text,
             "isClosed" boolean)
  )`,
]);

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

  return toPipeline(rows);
}

/**
 * The open pipeline of a pipeline subscriber's `scope` as it stood right after the pipeline event
 * `eventId` committed, however much later it is asked for: the same figures `loadPipeline` would
 * have given at that moment, save for opportunities whose events predate `previous` snapshots.
 */
export async function loadPipelineAsOfEvent(
  dataSource: DataSource,
  scope: PipelineEvent['scope'],
  eventId: string,
): Promise<Pipeline> {
  const rows: PipelineRow[] = await dataSource.query(PIPELINE_AS_OF_EVENT_SQL, [
    scope.ownerId,
    scope.accountId,
    null,
    eventId,
  ]);

  return toPipeline(rows);
}

function toPipeline(rows: PipelineRow[]): Pipeline {
  return {
    stages: rows.map((row) => ({
      stage: toStage(row),
      count: row.count,
      amount: row.amount,
      weightedAmount: row.weighted_amount,
    })),
    count: rows[0]?.total_count ?? 0,
    amount: rows[0]?.total_amount ?? NO_AMOUNT,
    weightedAmount: rows[0]?.total_weighted_amount ?? NO_AMOUNT,
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
