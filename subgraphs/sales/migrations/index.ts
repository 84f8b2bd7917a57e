import { CreateStagesAndOpportunities1764720100000 } from './1764720100000-create-stages-and-opportunities';
import { SeedStages1764720100001 } from './1764720100001-seed-stages';
import { CreateOutbox1764720100002 } from './1764720100002-create-outbox';
import { AddOpportunityIdempotencyKey1764720100003 } from './1764720100003-add-opportunity-idempotency-key';
import { IndexAccountOpportunities1765670400001 } from './1765670400001-index-account-opportunities';

/** Every migration of the `sales` schema, oldest first. */
export const salesMigrations = [
  CreateStagesAndOpportunities1764720100000,
  SeedStages1764720100001,
  CreateOutbox1764720100002,
  AddOpportunityIdempotencyKey1764720100003,
  IndexAccountOpportunities1765670400001,
];
