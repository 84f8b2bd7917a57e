import { CreateCampaignsAndLeads1764806400000 } from './1764806400000-create-campaigns-and-leads';

/** Every migration of the `marketing` schema, oldest first. */
export const marketingMigrations = [CreateCampaignsAndLeads1764806400000];
