import { CreateAccountsAndContacts1764720000000 } from './1764720000000-create-accounts-and-contacts';

/** Every migration of the `accounts` schema, oldest first. */
export const accountsMigrations = [CreateAccountsAndContacts1764720000000];
