import { ValidationError } from '../../../platform/errors/domain-errors';
import {
  calendarDay,
  money,
  optionalId,
  optionalText,
  requireId,
} from '../../../platform/graphql/input-validation';
import type { Lead } from '../entities/lead.entity';
import type { ConversionRequest } from '../entities/lead-conversion.entity';
import type { ConvertLeadInput } from '../generated/resolvers-types';

/** A checked convertLead input. */
export interface ConversionOrder {
  leadId: string;
  accountId: string | null;
  opportunity: { name: string | null; amount: string; closeDate: string } | null;
}

/** Checks a convertLead input; throws a ValidationError naming the field at fault. */
export function conversionOrder(input: ConvertLeadInput): ConversionOrder {
  const leadId = requireId(input.leadId, 'input.leadId');
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
  if (input.closeDate === null || input.closeDate === undefined) {
    throw new ValidationError(
      'input.closeDate',
      'input.closeDate is required when an opportunity is created',
    );
  }

  return {
    leadId,
    accountId,
    opportunity: {
      name: optionalText(input.opportunityName, 'input.opportunityName', 200),
      amount: money(input.amount ?? '0', 'input.amount'),
      closeDate: calendarDay(input.closeDate, 'input.closeDate'),
    },
  };
}

/**
 * What the conversion will ask Accounts and Sales for, taken from the lead as it is now: the
 * account is named after the lead's company (or the person), the contact is the person.
 */
export function conversionRequest(order: ConversionOrder, lead: Lead): ConversionRequest {
  const personName = `${lead.firstName} ${lead.lastName}`;

  return {
    accounts: {
      accountId: order.accountId,
      account:
        order.accountId !== null
          ? null
          : {
              name: lead.company ?? personName,
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
            name: order.opportunity.name ?? lead.company ?? personName,
            amount: order.opportunity.amount,
            closeDate: order.opportunity.closeDate,
            campaignId: lead.campaignId,
            leadId: lead.id,
            ownerId: lead.ownerId,
          },
  };
}
