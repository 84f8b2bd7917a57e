import { AccountEntity } from './entities/account.entity';
import { ContactEntity } from './entities/contact.entity';
import { LeadConversionEntity } from './entities/lead-conversion.entity';
import { accountsMigrations } from './migrations';

/** The PostgreSQL schema the Accounts subgraph owns, its entities and its migrations. */
export const accountsDatabase = {
  schema: 'accounts',
  entities: [AccountEntity, ContactEntity, LeadConversionEntity],
  migrations: accountsMigrations,
};
