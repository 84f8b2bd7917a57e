import { CreateStagesAndOpportunities1764720100000 } from './1764720100000-create-stages-and-opportunities';
import { SeedStages1764720100001 } from './1764720100001-seed-stages';

/** Every migration of the `sales` schema, oldest first. */
export const salesMigrations = [CreateStagesAndOpportunities1764720100000, SeedStages1764720100001];
