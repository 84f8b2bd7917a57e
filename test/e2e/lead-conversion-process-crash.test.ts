import { Client } from 'pg';
import type { StartedSubgraph } from '../../platform/graphql/subgraph-startup';
import { stablePort } from '../support/stable-port';
import {
  startReadyService,
  stopChildServices,
  type ChildService,
} from '../../scripts/support/child-services';
import { startAccountsSubgraph } from '../../subgraphs/accounts/accounts-subgraph';
import type { ConversionStep } from '../../subgraphs/marketing/conversion/conversion-context';
import { CRASH_AT_VARIABLE } from '../../subgraphs/marketing/conversion/crash-points';
import { eventually, qualifiedLead } from '../../subgraphs/marketing/__tests__/lead-operations';
import { startSalesSubgraph } from '../../subgraphs/sales/sales-subgraph';
import { querySubgraph } from '../support/graphql-client';
import { TEST_IDENTITY_SECRET } from '../support/identities';
import { testLogger } from '../support/silent-logger';
import { createTestDatabase, type TestDatabase } from '../support/test-database';

/**
 * Marketing runs as its own OS process, killed with SIGKILL in the middle of a conversion (by
 * the test-only MARKETING_TEST_CRASH_AT hook) and started again; Accounts and Sales run in this
 * process, as the conversion's other side that keeps what it committed.
 */
let database: TestDatabase;
let accounts: StartedSubgraph;
let sales: StartedSubgraph;
let marketingPort: number;
const running: ChildService[] = [];

beforeAll(async () => {
  database = await createTestDatabase();
  const options = {
    databaseUrl: database.url,
    port: 0,
    identitySecret: TEST_IDENTITY_SECRET,
    logger: testLogger,
  };
  accounts = await startAccountsSubgraph(options);
  sales = await startSalesSubgraph({ ...options, accountsUrl: accounts.url });
  marketingPort = await stablePort();
}, 60_000);

afterAll(async () => {
  await stopChildServices(running);
  await Promise.all([accounts?.close(), sales?.close()]);
  await database?.drop();
});

/** Starts a Marketing process on the same port each time; with `crashAt`, it kills itself there. */
async function startMarketing(crashAt: ConversionStep | null): Promise<ChildService> {
  const started: ChildService[] = [];
  try {
    await startReadyService(
      started,
      'marketing',
      'subgraphs/marketing/main.ts',
      {
        DATABASE_URL: database.url,
        GATEWAY_IDENTITY_SECRET: TEST_IDENTITY_SECRET,
        ACCOUNTS_URL: accounts.url,
        SALES_URL: sales.url,
        LOG_LEVEL: 'error',
        ...(crashAt === null ? {} : { [CRASH_AT_VARIABLE]: crashAt }),
      },
      { port: marketingPort, timeoutMs: 90_000 },
    );
  } finally {
    running.push(...started);
  }

  return started[0];
}

const marketingUrl = () => `http://127.0.0.1:${marketingPort}/graphql`;

const sendToMarketing = <T = Record<string, unknown>>(
  query: string,
  variables?: Record<string, unknown>,
  scopes?: string[],
) => querySubgraph<T>(marketingUrl(), query, variables, scopes);

/**
 * Resolves once the process has ended, with how: the tsx wrapper that runs the entry point
 * reports its child's SIGKILL as exit code 137 (128 + 9).
 */
function exited(child: ChildService): Promise<{ killed: boolean }> {
  const outcome = () => ({
    killed: child.process.signalCode === 'SIGKILL' || child.process.exitCode === 137,
  });
  if (child.process.exitCode !== null || child.process.signalCode !== null) {
    return Promise.resolve(outcome());
  }

  return new Promise((resolve) => child.process.once('exit', () => resolve(outcome())));
}

async function sql<T>(text: string, values: unknown[] = []): Promise<T[]> {
  const client = new Client({ connectionString: database.url });
  await client.connect();
  try {
    return (await client.query(text, values)).rows as T[];
  } finally {
    await client.end();
  }
}

/** Every account, contact and opportunity there is, counted in the database. */
async function totals() {
  const [row] = await sql<{ accounts: number; contacts: number; opportunities: number }>(
    `SELECT (SELECT count(*)::int FROM accounts.account) AS accounts,
            (SELECT count(*)::int FROM accounts.contact) AS contacts,
            (SELECT count(*)::int FROM sales.opportunity) AS opportunities`,
  );

  return row;
}

interface LeadState {
  lead: {
    status: string;
    conversion: {
      status: string;
      account: { id: string } | null;
      contact: { id: string } | null;
      opportunity: { id: string } | null;
    } | null;
  };
}

/** What the other side had committed when Marketing died, and what Marketing had stored. */
async function stateAtCrash(leadId: string) {
  const [conversion] = await sql<{
    id: string;
    status: string;
    contact_id: string | null;
    opportunity_id: string | null;
  }>(
    'SELECT id, status, contact_id, opportunity_id FROM marketing.lead_conversion WHERE lead_id = $1',
    [leadId],
  );
  const registered = await sql('SELECT 1 FROM accounts.lead_conversion WHERE conversion_id = $1', [
    conversion.id,
  ]);
  const opportunities = await sql('SELECT 1 FROM sales.opportunity WHERE lead_id = $1', [leadId]);

  return {
    status: conversion.status,
    contactStored: conversion.contact_id !== null,
    opportunityStored: conversion.opportunity_id !== null,
    accountsCommitted: registered.length > 0,
    salesCommitted: opportunities.length > 0,
  };
}

describe('a Marketing process killed in the middle of a conversion', () => {
  it.each<[ConversionStep, Awaited<ReturnType<typeof stateAtCrash>>]>([
    [
      'recorded',
      {
        status: 'PENDING',
        accountsCommitted: false,
        contactStored: false,
        salesCommitted: false,
        opportunityStored: false,
      },
    ],
    [
      'accountsCommitted',
      {
        status: 'PENDING',
        accountsCommitted: true,
        contactStored: false,
        salesCommitted: false,
        opportunityStored: false,
      },
    ],
    [
      'salesCommitted',
      {
        status: 'PENDING',
        accountsCommitted: true,
        contactStored: true,
        salesCommitted: true,
        opportunityStored: false,
      },
    ],
  ])(
    'at %s leaves, once restarted, exactly one account, contact and opportunity and the lead CONVERTED',
    async (crashAt, expectedAtCrash) => {
      const crashing = await startMarketing(crashAt);
      const leadId = await qualifiedLead(sendToMarketing, `killed.${crashAt}@example.com`, {
        company: `Killed At ${crashAt} Ltd`,
      });
      const before = await totals();

      await expect(
        sendToMarketing(
          'mutation ($input: ConvertLeadInput!) { convertLead(input: $input) { lead { id } } }',
          { input: { leadId } },
        ),
      ).rejects.toThrow();

      expect(await exited(crashing)).toEqual({ killed: true });
      expect(await stateAtCrash(leadId)).toEqual(expectedAtCrash);

      const restarted = await startMarketing(null);
      const done = await eventually(async () => {
        const state = await sendToMarketing<LeadState>(
          `query ($id: ID!) {
            lead(id: $id) {
              status
              conversion { status account { id } contact { id } opportunity { id } }
            }
          }`,
          { id: leadId },
        );
        const lead = state.data?.lead;

        return lead?.status === 'CONVERTED' && lead.conversion?.status === 'COMPLETE'
          ? lead
          : undefined;
      });
      await stopChildServices([restarted]);

      expect(done.conversion).toEqual({
        status: 'COMPLETE',
        account: { id: expect.any(String) },
        contact: { id: expect.any(String) },
        opportunity: { id: expect.any(String) },
      });
      expect(await totals()).toEqual({
        accounts: before.accounts + 1,
        contacts: before.contacts + 1,
        opportunities: before.opportunities + 1,
      });
    },
    180_000,
  );
});
