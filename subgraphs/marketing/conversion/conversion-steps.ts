import type { UserError } from '../../../platform/errors/domain-errors';
import {
  SubgraphRefusalError,
  SubgraphUnavailableError,
  callSubgraph,
  type RemoteSubgraph,
} from '../../../platform/federation/subgraph-client';
import { LeadConversionEntity, type LeadConversion } from '../entities/lead-conversion.entity';
import type { ConversionContext, ConversionSubgraphUrls } from './conversion-context';
import { retryDelayMs } from './retry-policy';

const REGISTER_LEAD_CONVERSION = `mutation ($input: RegisterLeadConversionInput!) {
  registerLeadConversion(input: $input) {
    account { id }
    contact { id }
    userErrors { field message code }
  }
}`;

const CREATE_OPPORTUNITY = `mutation ($input: CreateOpportunityInput!) {
  createOpportunity(input: $input) {
    opportunity { id account { id } }
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
  createOpportunity: {
    opportunity: { id: string; account: { id: string } } | null;
    userErrors: UserError[];
  };
}

/**
 * Makes one attempt at a PENDING conversion's remaining steps, each idempotent, so running it
 * again after a crash, or twice at once, creates nothing twice:
 * 1. Accounts registers the account and contact (`registerLeadConversion`, keyed by the
 *    conversion id, taking over the contact of the lead's earlier failed conversions);
 * 2. Sales creates the opportunity (`createOpportunity`, keyed by the lead);
 * 3. Marketing marks the lead CONVERTED and the conversion COMPLETE, in one transaction.
 * The outcome of each step is stored before the next starts. A refusal by Accounts or Sales
 * ends the conversion FAILED (REFUSED). A subgraph that cannot be reached leaves it PENDING
 * until the next attempt is due (see retry-policy.ts); after the last allowed attempt it ends
 * FAILED (UNAVAILABLE). A conversion that is not PENDING, or whose next attempt is not due yet,
 * is left as it is. Within this process one attempt runs per conversion at a time: a second
 * call waits for it. Returns the conversion as stored at the end.
 */
export function driveConversion(
  context: ConversionContext,
  conversionId: string,
): Promise<LeadConversion> {
  const running = context.inFlight.get(conversionId);
  if (running !== undefined) {
    return running;
  }
  const attempt = attemptConversion(context, conversionId).finally(() =>
    context.inFlight.delete(conversionId),
  );
  context.inFlight.set(conversionId, attempt);

  return attempt;
}

async function attemptConversion(
  context: ConversionContext,
  conversionId: string,
): Promise<LeadConversion> {
  const conversions = context.dataSource.getRepository(LeadConversionEntity);
  if (context.urls === null) {
    throw new Error('Lead conversion needs the Accounts and Sales subgraph URLs');
  }
  const conversion = await claimAttempt(context, conversionId);
  if (conversion === null) {
    return conversions.findOneByOrFail({ id: conversionId });
  }
  const { maxAttempts } = context.retry;
  if (conversion.attempts > maxAttempts) {
    // The earlier attempts all ended without an answer, by a crash among others.
    await giveUp(context, conversion, conversion.lastError ?? 'The conversion did not finish');
  } else {
    try {
      await runSteps(context, context.urls, conversion);
    } catch (error) {
      if (error instanceof SubgraphRefusalError) {
        await refuse(context, conversion, error);
      } else if (error instanceof SubgraphUnavailableError) {
        await postpone(context, conversion, error);
      } else {
        throw error;
      }
    }
  }

  return conversions.findOneByOrFail({ id: conversionId });
}

/**
 * Counts an attempt at a PENDING conversion whose next attempt is due, and returns it; null when
 * there is none to make.
 */
async function claimAttempt(
  context: ConversionContext,
  conversionId: string,
): Promise<LeadConversion | null> {
  const [, claimed]: [unknown, number] = await context.dataSource.query(
    `UPDATE marketing.lead_conversion SET attempts = attempts + 1, updated_at = now()
     WHERE id = $1 AND status = 'PENDING' AND (next_attempt_at IS NULL OR next_attempt_at <= now())`,
    [conversionId],
  );
  if (claimed === 0) {
    return null;
  }

  return context.dataSource
    .getRepository(LeadConversionEntity)
    .findOneByOrFail({ id: conversionId });
}

async function runSteps(
  context: ConversionContext,
  urls: ConversionSubgraphUrls,
  conversion: LeadConversion,
): Promise<void> {
  const { request, identity } = conversion;
  const reached = context.faults.afterConversionStep ?? (() => undefined);
  let { accountId } = conversion;
  if (conversion.contactId === null) {
    const accounts: RemoteSubgraph = { name: 'Accounts', url: urls.accounts };
    const { registerLeadConversion: registered } = await callSubgraph<RegisterResult>(
      accounts,
      REGISTER_LEAD_CONVERSION,
      { input: { conversionId: conversion.id, ...request.accounts } },
      identity,
      context.identitySecret,
    );
    if (registered.userErrors.length > 0 || !registered.account || !registered.contact) {
      throw new SubgraphRefusalError(accounts, registered.userErrors);
    }
    reached('accountsCommitted');
    accountId = registered.account.id;
    await storeStep(context, conversion.id, {
      accountId,
      contactId: registered.contact.id,
    });
    reached('account');
  }
  if (request.sales !== null && conversion.opportunityId === null) {
    const sales: RemoteSubgraph = { name: 'Sales', url: urls.sales };
    const { createOpportunity: created } = await callSubgraph<CreateOpportunityResult>(
      sales,
      CREATE_OPPORTUNITY,
      {
        input: {
          ...request.sales,
          ownerId: request.sales.ownerId ?? undefined,
          accountId,
          idempotencyKey: request.sales.idempotencyKey ?? conversion.id,
        },
      },
      identity,
      context.identitySecret,
    );
    if (created.userErrors.length > 0 || !created.opportunity) {
      throw new SubgraphRefusalError(sales, created.userErrors);
    }
    if (created.opportunity.account.id !== accountId) {
      // Created for an attempt that gave up unanswered and named another account; see README.
      context.logger.warn(
        'lead conversion got back an opportunity of an earlier attempt, at another account',
        {
          conversionId: conversion.id,
          opportunityId: created.opportunity.id,
          opportunityAccountId: created.opportunity.account.id,
          accountId,
        },
      );
    }
    reached('salesCommitted');
    await storeStep(context, conversion.id, { opportunityId: created.opportunity.id });
    reached('opportunity');
  }
  await complete(context, conversion);
  reached('completed');
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
        { status: 'COMPLETE', completedAt: () => 'now()', nextAttemptAt: null, lastError: null },
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

/** Ends the conversion FAILED (REFUSED) with what Accounts or Sales refused. */
async function refuse(
  context: ConversionContext,
  conversion: LeadConversion,
  error: SubgraphRefusalError,
): Promise<void> {
  context.logger.warn('lead conversion refused', {
    conversionId: conversion.id,
    subgraph: error.subgraph.name,
    userErrors: error.userErrors,
  });
  await context.dataSource.query(
    `UPDATE marketing.lead_conversion
     SET status = 'FAILED', failure_reason = 'REFUSED', failure = $2, last_error = $3,
         next_attempt_at = NULL, updated_at = now()
     WHERE id = $1 AND status = 'PENDING'`,
    [
      conversion.id,
      JSON.stringify(error.userErrors),
      `${error.subgraph.name} refused the conversion`,
    ],
  );
}

/**
 * After an attempt that could not reach Accounts or Sales: the next attempt is due after the
 * policy's wait, or, when this was the last one allowed, the conversion gives up.
 */
async function postpone(
  context: ConversionContext,
  conversion: LeadConversion,
  error: SubgraphUnavailableError,
): Promise<void> {
  context.logger.warn('lead conversion attempt failed', {
    conversionId: conversion.id,
    attempt: conversion.attempts,
    error: error.message,
  });
  if (conversion.attempts >= context.retry.maxAttempts) {
    await giveUp(context, conversion, error.reason);

    return;
  }
  await context.dataSource.query(
    `UPDATE marketing.lead_conversion
     SET next_attempt_at = now() + make_interval(secs => $2), last_error = $3, updated_at = now()
     WHERE id = $1 AND status = 'PENDING'`,
    [conversion.id, retryDelayMs(context.retry, conversion.attempts) / 1000, error.reason],
  );
}

/**
 * Ends the conversion FAILED (UNAVAILABLE), so the lead can be converted again. Whatever Accounts
 * or Sales did commit for it is taken over by that next conversion (see conversion-request.ts).
 */
async function giveUp(
  context: ConversionContext,
  conversion: LeadConversion,
  reason: string,
): Promise<void> {
  context.logger.warn('lead conversion gave up', {
    conversionId: conversion.id,
    attempts: conversion.attempts,
    reason,
  });
  await context.dataSource.query(
    `UPDATE marketing.lead_conversion
     SET status = 'FAILED', failure_reason = 'UNAVAILABLE', last_error = $2,
         next_attempt_at = NULL, updated_at = now()
     WHERE id = $1 AND status = 'PENDING'`,
    [
      conversion.id,
      `${reason}; the conversion gave up after ${context.retry.maxAttempts} attempts, ` +
        'and the lead can be converted again',
    ],
  );
}
