import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { NotFoundError, userError, type UserError } from '../../../platform/errors/domain-errors';
import { UserErrorCode } from '../../../platform/errors/error-codes';
import { requireId } from '../../../platform/graphql/input-validation';
import type { Identity } from '../../../platform/identity/identity';
import { requireScope, scopeFor } from '../../../platform/identity/scopes';
import { LeadEntity } from '../entities/lead.entity';
import { LeadConversionEntity, type LeadConversion } from '../entities/lead-conversion.entity';
import type { ConvertLeadInput } from '../generated/resolvers-types';
import type { ConvertLeadPayload } from '../models';
import type { ConversionContext } from './conversion-context';
import { conversionOrder, conversionRequest, requestProblems } from './conversion-request';
import { driveConversion } from './conversion-steps';

type Started =
  | { kind: 'recorded'; conversion: LeadConversion }
  | { kind: 'repeated'; conversion: LeadConversion }
  | { kind: 'refused'; problems: UserError[] };

/**
 * Converts a QUALIFIED lead. The conversion is first recorded as PENDING with its id and
 * everything it will send, in Marketing's own transaction, once everything Accounts and Sales
 * would refuse that Marketing can know has been checked; then Accounts, Sales and Marketing each
 * write their part (see conversion-steps.ts). A lead that already has a conversion, done or
 * under way, is not checked again: the call creates nothing and returns that conversion,
 * marked `repeated`, whatever its input says. Should Accounts or Sales be unreachable the
 * payload shows the conversion PENDING, with the next attempt's time and the reason.
 */
export async function convertLead(
  context: ConversionContext,
  identity: Identity,
  input: ConvertLeadInput,
): Promise<ConvertLeadPayload> {
  const leadId = requireId(input.leadId, 'input.leadId');
  if (context.urls === null) {
    throw new Error('Lead conversion needs the Accounts and Sales subgraph URLs');
  }
  requireScope(identity, scopeFor('accounts', 'write'));
  if (input.createOpportunity !== false) {
    requireScope(identity, scopeFor('sales', 'write'));
  }
  const started = await context.dataSource.transaction((manager) =>
    startConversion(manager, identity, leadId, input),
  );
  if (started.kind === 'refused') {
    return emptyPayload(started.problems);
  }
  if (started.kind === 'recorded') {
    context.faults.afterConversionStep?.('recorded');
  }
  const conversion =
    started.conversion.status === 'PENDING'
      ? await driveConversion(context, started.conversion.id)
      : started.conversion;

  return conversionPayload(context, conversion, started.kind === 'repeated');
}

/**
 * Under the lead's lock: returns its conversion under way or done, or checks the input and the
 * lead and records a new PENDING conversion. The input is checked only when a conversion is to
 * be recorded, so a repeated call is answered even when its input would now be refused.
 */
async function startConversion(
  manager: EntityManager,
  identity: Identity,
  leadId: string,
  input: ConvertLeadInput,
): Promise<Started> {
  const lead = await manager
    .getRepository(LeadEntity)
    .findOne({ where: { id: leadId }, lock: { mode: 'pessimistic_write' } });
  if (lead === null) {
    throw new NotFoundError('Lead', leadId, 'input.leadId');
  }
  const conversions = manager.getRepository(LeadConversionEntity);
  const earlier = await conversions
    .createQueryBuilder('conversion')
    .where('conversion.lead_id = :leadId', { leadId })
    .andWhere("conversion.status <> 'FAILED'")
    .getOne();
  if (earlier !== null) {
    return { kind: 'repeated', conversion: earlier };
  }
  const order = conversionOrder(leadId, input, new Date());
  if (lead.status !== 'QUALIFIED') {
    return {
      kind: 'refused',
      problems: [
        userError(
          UserErrorCode.InvalidTransition,
          `Only a QUALIFIED lead can be converted; this one is ${lead.status}`,
          ['input', 'leadId'],
        ),
      ],
    };
  }
  const failed: { id: string }[] = await manager.query(
    `SELECT id FROM marketing.lead_conversion
     WHERE lead_id = $1 AND status = 'FAILED' ORDER BY created_at DESC`,
    [leadId],
  );
  const request = conversionRequest(
    order,
    lead,
    failed.map((row) => row.id),
  );
  const problems = requestProblems(request);
  if (problems.length > 0) {
    return { kind: 'refused', problems };
  }
  const conversion = conversions.create({
    id: randomUUID(),
    leadId,
    status: 'PENDING',
    accountId: null,
    contactId: null,
    request,
    identity: {
      subject: identity.subject,
      scopes: [...identity.scopes],
      partnerId: identity.partnerId,
      expiresAt: identity.expiresAt,
    },
  });
  await conversions.insert(conversion);

  return { kind: 'recorded', conversion };
}

async function conversionPayload(
  context: ConversionContext,
  conversion: LeadConversion,
  repeated: boolean,
): Promise<ConvertLeadPayload> {
  const lead = await context.dataSource
    .getRepository(LeadEntity)
    .findOneByOrFail({ id: conversion.leadId });
  if (conversion.status === 'FAILED') {
    return { ...emptyPayload(failureErrors(conversion)), lead, conversion, repeated };
  }
  const reference = (id: string | null) => (id === null ? null : { id });

  return {
    lead,
    account: reference(conversion.accountId),
    contact: reference(conversion.contactId),
    opportunity: reference(conversion.opportunityId),
    conversion,
    repeated,
    userErrors: [],
  };
}

/**
 * The refusal of a failed conversion, pointed at the convertLead input field it comes from:
 * the account id and the opportunity's name, amount and close date were given by the caller;
 * anything else Accounts or Sales refused was taken from the lead. A conversion that gave up
 * (UNAVAILABLE) has none: its lastError says why.
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
    repeated: false,
    userErrors,
  };
}
