import { ValidationError } from '../../../platform/errors/domain-errors';
import {
  findNul,
  integerInRange,
  normaliseEmail,
  optionalId,
  optionalText,
  requireText,
} from '../../../platform/graphql/input-validation';
import type { LeadSource } from '../entities/lead.entity';
import type { CaptureLeadInput } from '../generated/resolvers-types';
import { optionalCountryCode } from '../services/country-codes';

/** One captured lead, checked and normalised, before it is stored. */
export interface CaptureRow {
  firstName: string;
  lastName: string;
  /** Lower-cased and trimmed. */
  email: string;
  company: string | null;
  title: string | null;
  phone: string | null;
  industry: string | null;
  /** ISO 3166 alpha-2, upper-case. */
  country: string | null;
  employeeCount: number | null;
  source: LeadSource;
  campaignId: string | null;
}

/** The fields a MERGE may fill in on a lead that has them empty. */
export const MERGEABLE_FIELDS = [
  'company',
  'title',
  'phone',
  'industry',
  'country',
  'employeeCount',
  'campaignId',
] as const;

export type MergeableField = (typeof MERGEABLE_FIELDS)[number];

/**
 * Checks and normalises one captured lead; throws a ValidationError naming the field under
 * `path` (such as `input` or `input.leads.3`) at the first problem. Every string of the row is
 * screened for the NUL character first, whatever its field: `captureLeads` rows are marked
 * `@checkedPerRow`, so no request-wide screen has looked at them.
 */
export function normaliseCaptureRow(input: CaptureLeadInput, path: string): CaptureRow {
  const nul = findNul(input, path);
  if (nul !== null) {
    throw new ValidationError(nul, `${nul} must not contain the NUL character`);
  }

  return {
    firstName: requireText(input.firstName, `${path}.firstName`, 100),
    lastName: requireText(input.lastName, `${path}.lastName`, 100),
    email: normaliseEmail(input.email, `${path}.email`),
    company: optionalText(input.company, `${path}.company`, 200),
    title: optionalText(input.title, `${path}.title`, 100),
    phone: optionalText(input.phone, `${path}.phone`, 50),
    industry: optionalText(input.industry, `${path}.industry`, 100),
    country: optionalCountryCode(input.country, `${path}.country`),
    employeeCount: integerInRange(input.employeeCount, `${path}.employeeCount`, 0, 10_000_000),
    source: input.source ?? 'WEB_FORM',
    campaignId: optionalId(input.campaignId, `${path}.campaignId`),
  };
}
