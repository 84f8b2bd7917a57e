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
    id: { type: 'uuid', primary: true, generated: 'uuid' },
    name: { type: 'text', unique: true },
    sortOrder: { name: 'sort_order', type: 'integer' },
    defaultProbability: { name: 'default_probability', type: 'integer' },
    forecastCategory: { name: 'forecast_category', type: 'text' },
    isClosed: { name: 'is_closed', type: 'boolean' },
    isWon: { name: 'is_won', type: 'boolean' },
  },
});
