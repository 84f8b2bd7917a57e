import { CreateAccountsAndContacts1764720000000 } from './1764720000000-create-accounts-and-contacts';
import { CreateLeadConversions1764979200001 } from './1764979200001-create-lead-conversions';
import { CreateOutbox1765152000000 } from './1765152000000-create-outbox';
import { AddLeadConversionTakeover1765411200001 } from './1765411200001-add-lead-conversion-takeover';
import { IndexNestedLists1765670400000 } from './1765670400000-index-nested-lists';

/** Every migration of the `accounts` schema, oldest first. */
export const accountsMigrations = [
  CreateAccountsAndContacts1764720000000,
  CreateLeadConversions1764979200001,
  CreateOutbox1765152000000,
  AddLeadConversionTakeover1765411200001,
  IndexNestedLists1765670400000,
];
