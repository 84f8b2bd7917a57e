import { ValidationError, userError, type UserError } from '../../../platform/errors/domain-errors';
import { UserErrorCode } from '../../../platform/errors/error-codes';
import {
  calendarDay,
  integerInRange,
  money,
  optionalEmail,
  optionalId,
  optionalText,
  requireText,
} from '../../../platform/graphql/input-validation';
import type { Lead } from '../entities/lead.entity';
import type { ConversionRequest } from '../entities/lead-conversion.entity';
import type { ConvertLeadInput } from '../generated/resolvers-types';

/** Days from the day of the conversion (in UTC) to the close date of an opportunity given none. */
const DEFAULT_CLOSE_DAYS = 90;

/**
 * The longest values Accounts' `registerLeadConversion` and Sales' `createOpportunity` accept,
 * as they check them. The request is checked against these before anything is written, so that
 * Sales refusing what Accounts has already registered stays an exception (see
 * `requestProblems`).
 */
const LIMITS = {
  accountName: 200,
  industry: 100,
  ownerId: 200,
  employeeCount: 10_000_000,
  firstName: 100,
  lastName: 100,
  phone: 50,
  title: 100,
  opportunityName: 200,
};

/** A checked convertLead input. */
export interface ConversionOrder {
  leadId: string;
  accountId: string | null;
  opportunity: { name: string | null; amount: string; closeDate: string } | null;
}

/**
 * Checks a convertLead input; throws a ValidationError naming the field at fault. A missing
 * close date becomes DEFAULT_CLOSE_DAYS after `today`.
 */
export function conversionOrder(
  leadId: string,
  input: ConvertLeadInput,
  today: Date,
): ConversionOrder {
  const accountId = optionalId(input.accountId, 'input.accountId');
  if (input.createOpportunity === false) {
    for (const field of ['opportunityName', 'amount', 'closeDate'] as const) {
      if (input[field] !== null && input[field] !== undefined) {
        throw new ValidationError(
          `input.${field}`,
          `input.${field} does not apply when input.createOpportunity is false`,
        );
      }
    }

    return { leadId, accountId, opportunity: null };
  }

  return {
    leadId,
    accountId,
    opportunity: {
      name: optionalText(input.opportunityName, 'input.opportunityName', LIMITS.opportunityName),
      amount: money(input.amount ?? '0', 'input.amount'),
      closeDate: calendarDay(input.closeDate ?? defaultCloseDate(today), 'input.closeDate'),
    },
  };
}

/** The day DEFAULT_CLOSE_DAYS after `today`'s UTC day, as `YYYY-MM-DD`. */
function defaultCloseDate(today: Date): string {
  const day = new Date(
    Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate() + DEFAULT_CLOSE_DAYS),
  );

  return day.toISOString().slice(0, 10);
}

/**
 * What the conversion will ask Accounts and Sales for, taken from the lead as it is now: the
 * account is named after the lead's company (or the person), the contact is the person. Names
 * derived from the lead are cut to what Accounts and Sales accept rather than refused: a person
 * whose first and last name are 100 characters each still gets an account and an opportunity.
 * `failedConversionIds` are the lead's FAILED conversions, newest first: Accounts takes over the
 * contact they registered. Every conversion of a lead uses one Sales idempotency key.
 *
 * What a failed attempt registered is taken over by the next attempt rather than withdrawn by a
 * compensating step: nothing others may have seen (the contact's event, the account) is deleted,
 * and the takeover is part of the next attempt's own idempotent registration, so it needs no
 * step of its own that a crash could interrupt, nor Accounts being reachable when a conversion
 * fails (which is exactly when it may not be).
 */
export function conversionRequest(
  order: ConversionOrder,
  lead: Lead,
  failedConversionIds: string[],
): ConversionRequest {
  const personName = `${lead.firstName} ${lead.lastName}`;

  return {
    accounts: {
      supersedes: failedConversionIds,
      accountId: order.accountId,
      account:
        order.accountId !== null
          ? null
          : {
              name: cutToLength(lead.company ?? personName, LIMITS.accountName),
              industry: lead.industry,
              employeeCount: lead.employeeCount,
              ownerId: lead.ownerId,
            },
      contact: {
        firstName: lead.firstName,
        lastName: lead.lastName,
        email: lead.email,
        phone: lead.phone,
        title: lead.title,
      },
    },
    sales:
      order.opportunity === null
        ? null
        : {
            idempotencyKey: `lead-conversion:${lead.id}`,
            name:
              order.opportunity.name ??
              cutToLength(lead.company ?? personName, LIMITS.opportunityName),
            amount: order.opportunity.amount,
            closeDate: order.opportunity.closeDate,
            campaignId: lead.campaignId,
            leadId: lead.id,
            ownerId: lead.ownerId,
          },
  };
}

/**
 * What Accounts or Sales would refuse in `request`, checked with their own rules before the
 * conversion writes anything. The caller's input has been checked already, so what remains comes
 * from the lead (stored before a limit was introduced, or changed outside the API): each problem
 * names input.leadId and says which of the lead's fields to change. What Marketing cannot know
 * (whether the named account exists, Sales' stages) is still refused on the way, in the first
 * case before anything is written.
 */
export function requestProblems(request: ConversionRequest): UserError[] {
  const problems: UserError[] = [];
  const check = (subgraph: string, validate: () => unknown): void => {
    try {
      validate();
    } catch (error) {
      if (!(error instanceof ValidationError)) {
        throw error;
      }
      problems.push(
        userError(
          UserErrorCode.Invalid,
          `${error.message} for ${subgraph}; change the lead before converting it`,
          ['input', 'leadId'],
        ),
      );
    }
  };
  const { account, contact } = request.accounts;
  check('Accounts', () =>
    optionalText(contact.firstName, "The lead's first name", LIMITS.firstName),
  );
  check('Accounts', () => requireText(contact.lastName, "The lead's last name", LIMITS.lastName));
  check('Accounts', () => optionalEmail(contact.email, "The lead's email"));
  check('Accounts', () => optionalText(contact.phone, "The lead's phone", LIMITS.phone));
  check('Accounts', () => optionalText(contact.title, "The lead's title", LIMITS.title));
  if (account !== null) {
    check('Accounts', () => requireText(account.name, "The lead's company", LIMITS.accountName));
    check('Accounts', () => optionalText(account.industry, "The lead's industry", LIMITS.industry));
    check('Accounts', () =>
      integerInRange(account.employeeCount, "The lead's employee count", 0, LIMITS.employeeCount),
    );
  }
  // Accounts (for a new account) and Sales both take the lead's owner; the first to get it says.
  const ownerId = account?.ownerId ?? request.sales?.ownerId ?? null;
  check(account !== null ? 'Accounts' : 'Sales', () =>
    optionalText(ownerId, "The lead's owner", LIMITS.ownerId),
  );

  return problems;
}

/**
 * `text` cut to at most `maxLength` UTF-16 code units (the length the other subgraphs count),
 * never between the two halves of a surrogate pair, without trailing blanks.
 */
function cutToLength(text: string, maxLength: number): string {
  if (text.length <= maxLength) {
    return text;
  }
  const splitsPair = /[\uD800-\uDBFF]/.test(text[maxLength - 1]);

  return text.slice(0, splitsPair ? maxLength - 1 : maxLength).trimEnd();
}
