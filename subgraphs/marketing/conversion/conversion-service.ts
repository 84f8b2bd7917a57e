import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { NotFoundError, userError, type UserError } from '../../../platform/errors/domain-errors';
import { UserErrorCode } from '../../../platform/errors/error-codes';
import type { Identity } from '../../../platform/identity/identity';
import { requireScope, scopeFor } from '../../../platform/identity/scopes';
import { LeadEntity } from '../entities/lead.entity';
import { LeadConversionEntity, type LeadConversion } from '../entities/lead-conversion.entity';
import type { ConvertLeadInput } from '../generated/resolvers-types';
import type { ConvertLeadPayload } from '../models';
import type { ConversionContext } from './conversion-context';
import { conversionOrder, conversionRequest } from './conversion-request';
import { driveConversion } from './conversion-steps';
import { SubgraphUnavailableError } from './remote-subgraph';

type Started =
  | { kind: 'started'; conversion: LeadConversion; recorded: boolean }
  | { kind: 'refused'; problem: UserError };

/**
 * Converts a QUALIFIED lead. The conversion is first recorded as PENDING with its id and
 * everything it will send, in Marketing's own transaction; then Accounts, Sales and Marketing
 * each write their part (see conversion-steps.ts). Converting a lead that already has a
 * conversion, done or under way, creates nothing and returns that conversion. Should Accounts
 * or Sales be unreachable the payload shows the conversion PENDING; recovery completes it.
 */
export async function convertLead(
  context: ConversionContext,
  identity: Identity,
  input: ConvertLeadInput,
): Promise<ConvertLeadPayload> {
  const order = conversionOrder(input);
  if (context.urls === null) {
    throw new Error('Lead conversion needs the Accounts and Sales subgraph URLs');
  }
  requireScope(identity, scopeFor('accounts', 'write'));
  if (order.opportunity !== null) {
    requireScope(identity, scopeFor('sales', 'write'));
  }
  const started = await context.dataSource.transaction(async (manager): Promise<Started> => {
    const lead = await manager
      .getRepository(LeadEntity)
      .findOne({ where: { id: order.leadId }, lock: { mode: 'pessimistic_write' } });
    if (lead === null) {
      throw new NotFoundError('Lead', order.leadId, 'input.leadId');
    }
    const conversions = manager.getRepository(LeadConversionEntity);
    const earlier = await conversions
      .createQueryBuilder('conversion')
      .where('conversion.lead_id = :leadId', { leadId: lead.id })
      .andWhere("conversion.status <> 'FAILED'")
      .getOne();
    if (earlier !== null) {
      return { kind: 'started', conversion: earlier, recorded: false };
    }
    if (lead.status !== 'QUALIFIED') {
      return {
        kind: 'refused',
        problem: userError(
          UserErrorCode.InvalidTransition,
          `Only a QUALIFIED lead can be converted; this one is ${lead.status}`,
          ['input', 'leadId'],
        ),
      };
    }
    const registered = await registeredByFailedAttempt(manager, lead.id, order.accountId);
    const conversion = conversions.create({
      id: randomUUID(),
      leadId: lead.id,
      status: 'PENDING',
      accountId: registered?.accountId ?? null,
      contactId: registered?.contactId ?? null,
      request: conversionRequest(order, lead),
      identity: {
        subject: identity.subject,
        scopes: [...identity.scopes],
        partnerId: identity.partnerId,
        expiresAt: identity.expiresAt,
      },
    });
    await conversions.insert(conversion);

    return { kind: 'started', conversion, recorded: true };
  });
  if (started.kind === 'refused') {
    return emptyPayload([started.problem]);
  }
  if (started.recorded) {
    context.faults.afterConversionStep?.('recorded');
  }
  let conversion: LeadConversion = started.conversion;
  try {
    conversion = await driveConversion(context, conversion.id);
  } catch (error) {
    if (!(error instanceof SubgraphUnavailableError)) {
      throw error;
    }
    context.logger.warn('lead conversion left pending', {
      conversionId: conversion.id,
      error: error.message,
    });
    conversion = await context.dataSource
      .getRepository(LeadConversionEntity)
      .findOneByOrFail({ id: conversion.id });
  }

  return conversionPayload(context, conversion);
}

/**
 * The account and contact that Accounts registered for an earlier attempt that Sales then
 * refused, when the new attempt wants the same account (or a new one, as the earlier attempt
 * did): the new attempt takes them over and skips the Accounts step, so a lead converted again
 * after such a refusal never gets a second account or contact. An attempt naming another
 * existing account registers its contact there.
 */
async function registeredByFailedAttempt(
  manager: EntityManager,
  leadId: string,
  accountId: string | null,
): Promise<Pick<LeadConversion, 'accountId' | 'contactId'> | null> {
  const failed = await manager
    .getRepository(LeadConversionEntity)
    .createQueryBuilder('conversion')
    .where('conversion.lead_id = :leadId', { leadId })
    .andWhere("conversion.status = 'FAILED'")
    .andWhere('conversion.contact_id IS NOT NULL')
    .orderBy('conversion.created_at', 'DESC')
    .getOne();
  if (failed === null) {
    return null;
  }
  const sameAccount =
    accountId === null
      ? failed.request.accounts.accountId === null
      : accountId === failed.accountId;

  return sameAccount ? { accountId: failed.accountId, contactId: failed.contactId } : null;
}

async function conversionPayload(
  context: ConversionContext,
  conversion: LeadConversion,
): Promise<ConvertLeadPayload> {
  const lead = await context.dataSource
    .getRepository(LeadEntity)
    .findOneByOrFail({ id: conversion.leadId });
  if (conversion.status === 'FAILED') {
    return { ...emptyPayload(failureErrors(conversion)), lead, conversion };
  }
  const reference = (id: string | null) => (id === null ? null : { id });

  return {
    lead,
    account: reference(conversion.accountId),
    contact: reference(conversion.contactId),
    opportunity: reference(conversion.opportunityId),
    conversion,
    userErrors: [],
  };
}

/**
 * The refusal of a failed conversion, pointed at the convertLead input field it comes from:
 * the account id and the opportunity's name, amount and close date were given by the caller;
 * anything else Accounts or Sales refused was taken from the lead.
 */
function failureErrors(conversion: LeadConversion) {
  const fieldOf: Record<string, string> = {
    'input.accountId': 'accountId',
    'input.name': 'opportunityName',
    'input.amount': 'amount',
    'input.closeDate': 'closeDate',
  };

  return (conversion.failure ?? []).map((error) =>
    userError(error.code, error.message, [
      'input',
      fieldOf[error.field?.join('.') ?? ''] ?? 'leadId',
    ]),
  );
}

function emptyPayload(userErrors: ConvertLeadPayload['userErrors']): ConvertLeadPayload {
  return {
    lead: null,
    account: null,
    contact: null,
    opportunity: null,
    conversion: null,
    userErrors,
  };
}
