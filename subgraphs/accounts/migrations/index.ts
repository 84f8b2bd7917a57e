import { CreateAccountsAndContacts1764720000000 } from './1764720000000-create-accounts-and-contacts';
import { CreateLeadConversions1764979200001 } from './1764979200001-create-lead-conversions';

/** Every migration of the `accounts` schema, oldest first. */
export const accountsMigrations = [
  CreateAccountsAndContacts1764720000000,
  CreateLeadConversions1764979200001,
];
