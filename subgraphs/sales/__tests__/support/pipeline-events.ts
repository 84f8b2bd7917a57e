import { randomUUID } from 'node:crypto';
import type { Client } from 'graphql-ws';
import { Client as PgClient } from 'pg';
import { querySubgraph } from '../../../../test/support/graphql-client';
import { forwardedIdentityHeader } from '../../../../test/support/identities';
import type { AccountRecords } from '../../../../test/support/account-records';
import { useSubgraphWithAccounts } from '../../../../test/support/subgraph-under-test';
import { startSalesSubgraph, type StartedSalesSubgraph } from '../../sales-subgraph';
import { openWebSocketClient, SubscriptionRecorder } from './subscription-recorder';
import { waitUntil } from './wait-until';

/**
 * The Sales subgraph under test, the accounts of the Accounts subgraph beside it and a direct
 * connection to their database, set once the `beforeAll` hooks of `usePipelineEvents` have run.
 * Jest loads this module afresh for every test file, so each file that calls `usePipelineEvents`
 * has its own subgraphs, database and clients.
 */
export let subgraph: StartedSalesSubgraph;
export let accounts: AccountRecords;
export let sql: PgClient;
const clients: Client[] = [];

/**
 * Starts the Sales subgraph, with Accounts beside it, over a throwaway database before the file's
 * tests, connects `sql` to that database, ends every subscription after each test and stops
 * everything after the file.
 */
export function usePipelineEvents(): void {
  // Declared before the subgraph's hooks because Jest runs `afterAll` hooks in declaration
  // order: the connection must close before the database is dropped.
  afterAll(async () => {
    await sql?.end();
  });
  const underTest = useSubgraphWithAccounts(startSalesSubgraph);
  accounts = underTest.accounts;
  beforeAll(async () => {
    subgraph = underTest.subgraph;
    sql = new PgClient({ connectionString: underTest.database.url });
    await sql.connect();
  });
  afterEach(async () => {
    await Promise.all(clients.splice(0).map((client) => client.dispose()));
    await waitUntil(() => subgraph.events.subscriberCount === 0, 'every subscription to end');
  });
}

export interface OpportunityResult {
  id: string;
  name: string;
  amount: string;
  closeDate: string;
  ownerId: string;
  probability: number;
  isClosed: boolean;
  isWon: boolean;
  closedAt: string | null;
  stage: { name: string };
  account: { id: string };
}

export interface PipelineEventResult {
  eventId: string;
  kind: string;
  occurredAt: string;
  previousAmount: string | null;
  previousStage: { name: string } | null;
  opportunity: OpportunityResult;
  pipeline: { count: number; amount: string; weightedAmount: string };
}

export interface Payload {
  opportunity: OpportunityResult | null;
  userErrors: { field: string[] | null; code: string }[];
}

const OPPORTUNITY_FIELDS = `id name amount currency probability
  forecastCategory closeDate type ownerId isClosed isWon campaignId leadId createdAt updatedAt
  closedAt stage { name } account { id }`;

export const PIPELINE_CHANGED = `subscription ($filter: PipelineSubscriptionFilter, $after: ID) {
  pipelineChanged(filter: $filter, after: $after) {
    eventId kind occurredAt previousAmount previousStage { name }
    opportunity { ${OPPORTUNITY_FIELDS} }
    pipeline { count amount weightedAmount }
  }
}`;

const PAYLOAD = `opportunity { ${OPPORTUNITY_FIELDS} } userErrors { field code }`;

export const CREATE = `mutation ($input: CreateOpportunityInput!) {
  createOpportunity(input: $input) { ${PAYLOAD} }
}`;

export const UPDATE = `mutation ($input: UpdateOpportunityInput!) {
  updateOpportunity(input: $input) { ${PAYLOAD} }
}`;

export const CHANGE_STAGE = `mutation ($input: ChangeOpportunityStageInput!) {
  changeOpportunityStage(input: $input) { ${PAYLOAD} }
}`;

export async function readerConnection(): Promise<Record<string, unknown>> {
  return { identity: await forwardedIdentityHeader(['sales:read']) };
}

/** Opens a WebSocket client to the subgraph, disposed of after the test. */
export function openClient(connectionParams?: Record<string, unknown>): Client {
  const client = openWebSocketClient(subgraph.url, connectionParams);
  clients.push(client);

  return client;
}

/** Subscribes as a reader and returns once the subgraph holds the subscription. */
export async function subscribe(
  variables: Record<string, unknown> = {},
): Promise<SubscriptionRecorder<PipelineEventResult>> {
  const before = subgraph.events.subscriberCount;
  const recorder = new SubscriptionRecorder<PipelineEventResult>(
    openClient(await readerConnection()),
    'pipelineChanged',
    PIPELINE_CHANGED,
    variables,
  );
  await waitUntil(
    () =>
      subgraph.events.subscriberCount > before ||
      recorder.failure !== undefined ||
      recorder.completed,
    'the subscription to open',
  );

  return recorder;
}

export async function stop(recorder: SubscriptionRecorder<unknown>): Promise<void> {
  const before = subgraph.events.subscriberCount;
  recorder.stop();
  await waitUntil(() => subgraph.events.subscriberCount < before, 'the subscription to end');
}

export async function mutate(query: string, field: string, input: Record<string, unknown>) {
  const result = await querySubgraph<Record<string, Payload>>(subgraph.url, query, { input });
  expect(result.errors).toBeUndefined();

  return result.data![field];
}

/** Creates an opportunity, at the file's shared account unless `input` names another. */
export async function create(input: Record<string, unknown>): Promise<OpportunityResult> {
  const payload = await mutate(CREATE, 'createOpportunity', {
    name: 'Analytics rollout',
    accountId: await accounts.sharedAccount(),
    closeDate: '2026-06-30',
    ...input,
  });
  expect(payload.userErrors).toEqual([]);

  return payload.opportunity!;
}

export async function update(input: Record<string, unknown>): Promise<OpportunityResult> {
  const payload = await mutate(UPDATE, 'updateOpportunity', input);
  expect(payload.userErrors).toEqual([]);

  return payload.opportunity!;
}

export async function changeStage(id: string, stage: string): Promise<OpportunityResult> {
  const payload = await mutate(CHANGE_STAGE, 'changeOpportunityStage', { id, stage });
  expect(payload.userErrors).toEqual([]);

  return payload.opportunity!;
}

export function newOwner(): string {
  return `owner-${randomUUID()}`;
}

export function expectIncreasingIds(events: { eventId: string }[]): void {
  const ids = events.map((event) => BigInt(event.eventId));
  ids.slice(1).forEach((id, index) => expect(id > ids[index]).toBe(true));
}
