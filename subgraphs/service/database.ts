import { SlaPolicyEntity } from './entities/sla-policy.entity';
import { SlaTargetEntity } from './entities/sla-target.entity';
import { SupportCaseEntity } from './entities/support-case.entity';
import { serviceMigrations } from './migrations';

/** The PostgreSQL schema the Service subgraph owns, its entities and its migrations. */
export const serviceDatabase = {
  schema: 'service',
  entities: [SupportCaseEntity, SlaPolicyEntity, SlaTargetEntity],
  migrations: serviceMigrations,
};
