import { CampaignEntity } from './entities/campaign.entity';
import { LeadEntity } from './entities/lead.entity';
import { marketingMigrations } from './migrations';

/** The PostgreSQL schema the Marketing subgraph owns, its entities and its migrations. */
export const marketingDatabase = {
  schema: 'marketing',
  entities: [CampaignEntity, LeadEntity],
  migrations: marketingMigrations,
};
