import type { UserError } from '../../../platform/errors/domain-errors';
import { LeadConversionEntity, type LeadConversion } from '../entities/lead-conversion.entity';
import type { ConversionContext, ConversionSubgraphUrls } from './conversion-context';
import { SubgraphRefusalError, callSubgraph } from './remote-subgraph';

const REGISTER_LEAD_CONVERSION = `mutation ($input: RegisterLeadConversionInput!) {
  registerLeadConversion(input: $input) {
    account { id }
    contact { id }
    userErrors { field message code }
  }
}`;

const CREATE_OPPORTUNITY = `mutation ($input: CreateOpportunityInput!) {
  createOpportunity(input: $input) {
    opportunity { id }
    userErrors { field message code }
  }
}`;

interface RegisterResult {
  registerLeadConversion: {
    account: { id: string } | null;
    contact: { id: string } | null;
    userErrors: UserError[];
  };
}

interface CreateOpportunityResult {
  createOpportunity: { opportunity: { id: string } | null; userErrors: UserError[] };
}

/**
 * Takes a PENDING conversion through its remaining steps, each idempotent on the conversion id,
 * so running it again after a crash, or twice at once, creates nothing twice:
 * 1. Accounts registers the account and contact (`registerLeadConversion`);
 * 2. Sales creates the opportunity (`createOpportunity` keyed by the conversion id);
 * 3. Marketing marks the lead CONVERTED and the conversion COMPLETE, in one transaction.
 * The outcome of each step is stored before the next starts. A refusal by Accounts or Sales
 * ends the conversion as FAILED; a subgraph that cannot be reached leaves it PENDING (the
 * error is thrown) for a later attempt. Returns the conversion as stored at the end.
 */
export async function driveConversion(
  context: ConversionContext,
  conversionId: string,
): Promise<LeadConversion> {
  const conversions = context.dataSource.getRepository(LeadConversionEntity);
  const conversion = await conversions.findOneByOrFail({ id: conversionId });
  if (conversion.status !== 'PENDING') {
    return conversion;
  }
  if (context.urls === null) {
    throw new Error('Lead conversion needs the Accounts and Sales subgraph URLs');
  }
  context.inFlight.add(conversionId);
  try {
    await runSteps(context, context.urls, conversion);
  } catch (error) {
    if (!(error instanceof SubgraphRefusalError)) {
      throw error;
    }
    context.logger.warn('lead conversion refused', {
      conversionId,
      subgraph: error.url,
      userErrors: error.userErrors,
    });
    await fail(context, conversionId, error.userErrors);
  } finally {
    context.inFlight.delete(conversionId);
  }

  return conversions.findOneByOrFail({ id: conversionId });
}

async function runSteps(
  context: ConversionContext,
  urls: ConversionSubgraphUrls,
  conversion: LeadConversion,
): Promise<void> {
  const { request, identity } = conversion;
  const step = context.faults.afterConversionStep ?? (() => undefined);
  let { accountId } = conversion;
  if (conversion.contactId === null) {
    const { registerLeadConversion: registered } = await callSubgraph<RegisterResult>(
      urls.accounts,
      REGISTER_LEAD_CONVERSION,
      { input: { conversionId: conversion.id, ...request.accounts } },
      identity,
      context.identitySecret,
    );
    if (registered.userErrors.length > 0 || !registered.account || !registered.contact) {
      throw new SubgraphRefusalError(urls.accounts, registered.userErrors);
    }
    accountId = registered.account.id;
    await storeStep(context, conversion.id, {
      accountId,
      contactId: registered.contact.id,
    });
    step('account');
  }
  if (request.sales !== null && conversion.opportunityId === null) {
    const { createOpportunity: created } = await callSubgraph<CreateOpportunityResult>(
      urls.sales,
      CREATE_OPPORTUNITY,
      {
        input: {
          ...request.sales,
          ownerId: request.sales.ownerId ?? undefined,
          accountId,
          idempotencyKey: conversion.id,
        },
      },
      identity,
      context.identitySecret,
    );
    if (created.userErrors.length > 0 || !created.opportunity) {
      throw new SubgraphRefusalError(urls.sales, created.userErrors);
    }
    await storeStep(context, conversion.id, { opportunityId: created.opportunity.id });
    step('opportunity');
  }
  await complete(context, conversion);
  step('completed');
}

async function storeStep(
  context: ConversionContext,
  conversionId: string,
  outcome: Partial<Pick<LeadConversion, 'accountId' | 'contactId' | 'opportunityId'>>,
): Promise<void> {
  await context.dataSource
    .getRepository(LeadConversionEntity)
    .update({ id: conversionId, status: 'PENDING' }, outcome);
}

/** The last step, in one transaction: the lead is CONVERTED exactly when the conversion is COMPLETE. */
async function complete(context: ConversionContext, conversion: LeadConversion): Promise<void> {
  await context.dataSource.transaction(async (manager) => {
    const rows: { id: string }[] = await manager.query(
      'SELECT id FROM marketing.lead WHERE id = $1 FOR UPDATE',
      [conversion.leadId],
    );
    if (rows.length === 0) {
      throw new Error(`Lead ${conversion.leadId} of conversion ${conversion.id} is missing`);
    }
    const result = await manager
      .getRepository(LeadConversionEntity)
      .update(
        { id: conversion.id, status: 'PENDING' },
        { status: 'COMPLETE', completedAt: () => 'now()' },
      );
    if (!result.affected) {
      return;
    }
    await manager.query(
      `UPDATE marketing.lead
       SET status = 'CONVERTED', converted_at = now(), updated_at = now()
       WHERE id = $1`,
      [conversion.leadId],
    );
    await manager.query(
      `UPDATE marketing.campaign_member
       SET status = 'CONVERTED', has_responded = true,
           first_responded_at = COALESCE(first_responded_at, now()), updated_at = now()
       WHERE lead_id = $1`,
      [conversion.leadId],
    );
  });
}

async function fail(
  context: ConversionContext,
  conversionId: string,
  userErrors: UserError[],
): Promise<void> {
  await context.dataSource.query(
    `UPDATE marketing.lead_conversion SET status = 'FAILED', failure = $2, updated_at = now()
     WHERE id = $1 AND status = 'PENDING'`,
    [conversionId, JSON.stringify(userErrors)],
  );
}
