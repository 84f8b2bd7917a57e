import { OpportunityEntity } from './entities/opportunity.entity';
import { StageEntity } from './entities/stage.entity';
import { salesMigrations } from './migrations';

/** The PostgreSQL schema the Sales subgraph owns, its entities and its migrations. */
export const salesDatabase = {
  schema: 'sales',
  entities: [StageEntity, OpportunityEntity],
  migrations: salesMigrations,
};
