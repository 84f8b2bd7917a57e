import type { GraphQLResponse } from '../../../test/support/graphql-client';

/** Sends an operation through the gateway, as GraphUnderTest.query does. */
export type SendQuery = <T = Record<string, unknown>>(
  query: string,
  variables?: Record<string, unknown>,
  scopes?: string[],
) => Promise<GraphQLResponse<T>>;

export const CAPTURE_LEADS = `mutation ($input: CaptureLeadsInput!) {
  captureLeads(input: $input) {
    accepted created merged flagged refused
    results {
      index outcome
      lead { id email ownerId status duplicateOf { id } }
      errors { index field message code }
    }
    userErrors { field message code }
  }
}`;

export interface CaptureResults {
  captureLeads: {
    accepted: number;
    created: number;
    merged: number;
    flagged: number;
    refused: number;
    results: {
      index: number;
      outcome: 'CREATED' | 'MERGED' | 'FLAGGED' | 'REFUSED';
      lead: {
        id: string;
        email: string;
        ownerId: string | null;
        status: string;
        duplicateOf: { id: string } | null;
      } | null;
      errors: { index: number; field: string[] | null; message: string; code: string }[];
    }[];
  };
}

export const QUALIFY_LEAD = `mutation ($input: QualifyLeadInput!) {
  qualifyLead(input: $input) {
    lead { id status qualification { budget authority need timeline } }
    userErrors { field message code }
  }
}`;

export const CONVERT_LEAD = `mutation ($input: ConvertLeadInput!) {
  convertLead(input: $input) {
    lead { id status }
    account { id }
    contact { id }
    opportunity { id }
    conversion { id status }
    userErrors { field message code }
  }
}`;

export interface ConvertResult {
  convertLead: {
    lead: { id: string; status: string } | null;
    account: { id: string } | null;
    contact: { id: string } | null;
    opportunity: { id: string } | null;
    conversion: { id: string; status: string } | null;
    userErrors: { field: string[] | null; message: string; code: string }[];
  };
}

/** A lead with the given fields; every other required field filled in. */
export function leadInput(email: string, fields: Record<string, unknown> = {}) {
  return { firstName: 'Test', lastName: 'Lead', email, ...fields };
}

/** Captures leads and fails the test unless the call itself succeeded. */
export async function captureLeads(
  send: SendQuery,
  leads: Record<string, unknown>[],
): Promise<CaptureResults['captureLeads']> {
  const result = await send<CaptureResults>(CAPTURE_LEADS, { input: { leads } });
  if (result.errors || !result.data) {
    throw new Error(`captureLeads failed: ${JSON.stringify(result.errors)}`);
  }

  return result.data.captureLeads;
}

/** Creates a campaign and returns its id. */
export async function createCampaign(
  send: SendQuery,
  input: Record<string, unknown>,
): Promise<string> {
  const result = await send<{ createCampaign: { campaign: { id: string } } }>(
    `mutation ($input: CreateCampaignInput!) {
      createCampaign(input: $input) { campaign { id } userErrors { message } }
    }`,
    { input },
  );

  return result.data!.createCampaign.campaign.id;
}

/** Sets the duplicate rule. */
export async function setDuplicateRule(send: SendQuery, rule: string): Promise<void> {
  const result = await send(
    'mutation ($rule: DuplicateRule!) { setDuplicateRule(input: { rule: $rule }) { rule } }',
    { rule },
  );
  if (result.errors) {
    throw new Error(JSON.stringify(result.errors));
  }
}

/** Captures one lead, qualifies it and returns its id. */
export async function qualifiedLead(
  send: SendQuery,
  email: string,
  fields: Record<string, unknown> = {},
): Promise<string> {
  const captured = await captureLeads(send, [leadInput(email, fields)]);
  const leadId = captured.results[0].lead!.id;
  const qualified = await send(QUALIFY_LEAD, {
    input: {
      leadId,
      budget: '50000.00',
      authority: 'DECISION_MAKER',
      need: 'Fleet telemetry',
      timeline: 'WITHIN_QUARTER',
    },
  });
  if (qualified.errors) {
    throw new Error(JSON.stringify(qualified.errors));
  }

  return leadId;
}

/**
 * Asks `probe` again until it returns a value other than undefined, or fails after `timeoutMs`;
 * a probe that throws is asked again too.
 */
export async function eventually<T>(
  probe: () => Promise<T | undefined>,
  timeoutMs = 20_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown = null;
  while (Date.now() < deadline) {
    try {
      const value = await probe();
      if (value !== undefined) {
        return value;
      }
    } catch (error) {
      lastError = error;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`gave up after ${timeoutMs} ms; last error: ${String(lastError)}`);
}
