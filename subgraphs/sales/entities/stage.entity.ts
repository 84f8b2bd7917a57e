import { EntitySchema } from 'typeorm';

export type ForecastCategory = 'PIPELINE' | 'BEST_CASE' | 'COMMIT' | 'CLOSED' | 'OMITTED';

/** A step of the sales process; the rows are fixed by a migration. */
export interface Stage {
  id: string;
  name: string;
  sortOrder: number;
  /** Percent, 0 to 100. */
  defaultProbability: number;
  forecastCategory: ForecastCategory;
  isClosed: boolean;
  isWon: boolean;
}

export const StageEntity = new EntitySchema<Stage>({
  name: 'Stage',
  tableName: 'stage',
  columns: {
    id: { type: 'uuid', primary: true, generated: 'uuid', primaryKeyConstraintName: 'stage_pkey' },
    name: { type: 'text' },
    sortOrder: { name: 'sort_order', type: 'integer' },
    defaultProbability: { name: 'default_probability', type: 'integer' },
    forecastCategory: { name: 'forecast_category', type: 'text' },
    isClosed: { name: 'is_closed', type: 'boolean' },
    isWon: { name: 'is_won', type: 'boolean' },
  },
  uniques: [
    { name: 'stage_name_key', columns: ['name'] },
    { name: 'stage_sort_order_key', columns: ['sortOrder'] },
  ],
  // Checks the migrations left unnamed carry the names PostgreSQL gave them.
  checks: [
    {
      name: 'stage_default_probability_check',
      expression: 'default_probability BETWEEN 0 AND 100',
    },
    {
      name: 'stage_forecast_category_check',
      expression: "forecast_category IN ('PIPELINE', 'BEST_CASE', 'COMMIT', 'CLOSED', 'OMITTED')",
    },
    { name: 'stage_check', expression: 'is_closed OR NOT is_won' },
  ],
});
