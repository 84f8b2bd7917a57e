import { CreateCampaignsAndLeads1764806400000 } from './1764806400000-create-campaigns-and-leads';
import { AddLeadLifecycle1764979200000 } from './1764979200000-add-lead-lifecycle';
import { AddKnownContacts1765152000001 } from './1765152000001-add-known-contacts';
import { AddConversionRetries1765411200000 } from './1765411200000-add-conversion-retries';
import { AddAccountConversionsIndex1765584000000 } from './1765584000000-add-account-conversions-index';
import { AddMembersOfCapturedLeads1765756800000 } from './1765756800000-add-members-of-captured-leads';

/** Every migration of the `marketing` schema, oldest first. */
export const marketingMigrations = [
  CreateCampaignsAndLeads1764806400000,
  AddLeadLifecycle1764979200000,
  AddKnownContacts1765152000001,
  AddConversionRetries1765411200000,
  AddAccountConversionsIndex1765584000000,
  AddMembersOfCapturedLeads1765756800000,
];
