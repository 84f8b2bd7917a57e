import type { ExecutionResult } from 'graphql';
import { createClient, type Client } from 'graphql-ws';
import { Client as PgClient } from 'pg';
import WebSocket from 'ws';
import { querySubgraph, type GraphQLResponse } from '../../../test/support/graphql-client';
import { forwardedIdentityHeader, TEST_IDENTITY_SECRET } from '../../../test/support/identities';
import { testLogger } from '../../../test/support/silent-logger';
import type { TestDatabase } from '../../../test/support/test-database';
import { startServiceSubgraph, type StartedServiceSubgraph } from '../service-subgraph';

/**
 * Where the SLA tests' Service instances would find Accounts. They open cases without an account
 * or contact, so Service never asks, and no Accounts subgraph runs beside them; nothing listens
 * here, so a case given an account would be refused as SERVICE_UNAVAILABLE.
 */
const NO_ACCOUNTS_URL = 'http://127.0.0.1:1/graphql';

/** Starts one Service instance over `database`; several may share it. */
export function startService(
  database: TestDatabase,
  slaCheckIntervalMs?: number,
): Promise<StartedServiceSubgraph> {
  return startServiceSubgraph({
    databaseUrl: database.url,
    port: 0,
    identitySecret: TEST_IDENTITY_SECRET,
    logger: testLogger,
    accountsUrl: NO_ACCOUNTS_URL,
    ...(slaCheckIntervalMs === undefined ? {} : { slaCheckIntervalMs }),
  });
}

/** Runs `use` with a Service instance over `database`, closing the instance afterwards. */
export async function withService<T>(
  database: TestDatabase,
  slaCheckIntervalMs: number | undefined,
  use: (subgraph: StartedServiceSubgraph) => Promise<T>,
): Promise<T> {
  const subgraph = await startService(database, slaCheckIntervalMs);
  try {
    return await use(subgraph);
  } finally {
    await subgraph.close();
  }
}

/** Polls `read` until `done` accepts its value or `timeoutMs` passes; returns the last value. */
export async function pollUntil<T>(
  read: () => T | Promise<T>,
  done: (value: T) => boolean,
  timeoutMs: number,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (done(value) || Date.now() > deadline) {
      return value;
    }
    await pause(50);
  }
}

/** Like `pollUntil`, but fails when `done` never accepts the value. */
export async function waitUntil<T>(
  read: () => T | Promise<T>,
  done: (value: T) => boolean,
  timeoutMs: number,
  what: string,
): Promise<T> {
  const value = await pollUntil(read, done, timeoutMs);
  if (!done(value)) {
    throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`);
  }

  return value;
}

export function pause(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

export interface SlaEventResult {
  eventId: string;
  kind: 'WARNING' | 'BREACH';
  occurredAt: string;
  case: { id: string; caseNumber: string; status: string };
  target: 'FIRST_RESPONSE' | 'RESOLUTION';
  dueAt: string;
  secondsLate: number | null;
  secondsLeft: number | null;
}

export const SLA_EVENT_FIELDS = `eventId kind occurredAt case { id caseNumber status } target dueAt
  secondsLate secondsLeft`;

/** One subscription over a real graphql-ws connection, recording what it receives. */
export interface RecordedSubscription {
  events: SlaEventResult[];
  /** The errors the subscription was refused or ended with, if any. */
  errors: () => readonly { message: string; extensions?: Record<string, unknown> }[] | null;
  close: () => Promise<void>;
}

/**
 * Subscribes to `field` on the subgraph at `url` as the gateway would, and waits until the
 * subgraph has registered it (or refused it), so no event recorded afterwards can be missed.
 */
export async function subscribeSla(
  subgraph: StartedServiceSubgraph,
  field: 'slaWarning' | 'slaBreached',
  variables: Record<string, unknown> = {},
  scopes: string[] = ['service:read'],
): Promise<RecordedSubscription> {
  const identity = await forwardedIdentityHeader(scopes);
  const client: Client = createClient({
    url: subgraph.url.replace(/^http/, 'ws'),
    webSocketImpl: WebSocket,
    connectionParams: { identity },
    retryAttempts: 0,
  });
  const events: SlaEventResult[] = [];
  let errors: readonly { message: string; extensions?: Record<string, unknown> }[] | null = null;
  let ended = false;
  const before = subgraph.events.subscriberCount;
  client.subscribe(
    {
      query: `subscription ($filter: SlaEventFilter, $after: ID) {
        ${field}(filter: $filter, after: $after) { ${SLA_EVENT_FIELDS} }
      }`,
      variables,
    },
    {
      next: (result: ExecutionResult) => {
        if (result.errors) {
          errors = result.errors as typeof errors;
        }
        const event = result.data?.[field] as SlaEventResult | undefined;
        if (event) {
          events.push(event);
        }
      },
      error: (error: unknown) => {
        ended = true;
        errors = Array.isArray(error) ? error : [{ message: String(error) }];
      },
      complete: () => {
        ended = true;
      },
    },
  );
  await waitUntil(
    () => ended || subgraph.events.subscriberCount > before,
    Boolean,
    5000,
    `${field} to be registered`,
  );

  return {
    events,
    errors: () => errors,
    close: async () => {
      await client.dispose();
    },
  };
}

export const UPDATE_POLICY = `mutation ($input: UpdateSlaPolicyInput!) {
  updateSlaPolicy(input: $input) {
    policy { priority firstResponseSeconds resolutionSeconds warningSeconds updatedAt }
    userErrors { field message code }
  }
}`;

/** Sets the SLA policy of one priority through the subgraph's API. */
export async function setPolicy(
  subgraph: StartedServiceSubgraph,
  priority: string,
  firstResponseSeconds: number,
  resolutionSeconds: number,
  warningSeconds: number,
): Promise<void> {
  const result = await querySubgraph(subgraph.url, UPDATE_POLICY, {
    input: { priority, firstResponseSeconds, resolutionSeconds, warningSeconds },
  });
  if (result.errors) {
    throw new Error(`updateSlaPolicy failed: ${JSON.stringify(result.errors)}`);
  }
}

export const SLA_TARGET_FIELDS = `kind dueAt warnAt metAt warnedAt breachedAt status`;

export interface SlaTargetResult {
  kind: 'FIRST_RESPONSE' | 'RESOLUTION';
  dueAt: string;
  warnAt: string;
  metAt: string | null;
  warnedAt: string | null;
  breachedAt: string | null;
  status: 'PENDING' | 'WARNED' | 'MET' | 'BREACHED';
}

export interface OpenedCase {
  id: string;
  openedAt: string;
  priority: string;
  slaTargets: SlaTargetResult[];
}

/** Opens a case through the subgraph's API and returns it with its SLA targets. */
export async function openCase(
  subgraph: StartedServiceSubgraph,
  input: Record<string, unknown>,
): Promise<OpenedCase> {
  const result: GraphQLResponse<{ openCase: { case: OpenedCase } }> = await querySubgraph(
    subgraph.url,
    `mutation ($input: OpenCaseInput!) {
      openCase(input: $input) { case { id openedAt priority slaTargets { ${SLA_TARGET_FIELDS} } } }
    }`,
    { input: { subject: 'SLA check', ...input } },
  );
  if (result.errors) {
    throw new Error(`openCase failed: ${JSON.stringify(result.errors)}`);
  }

  return result.data!.openCase.case;
}

/** Moves a case to `status` through the subgraph's API. */
export async function changeStatus(
  subgraph: StartedServiceSubgraph,
  id: string,
  status: string,
): Promise<void> {
  const result = await querySubgraph(
    subgraph.url,
    `mutation ($input: ChangeCaseStatusInput!) {
      changeCaseStatus(input: $input) { userErrors { code message } }
    }`,
    { input: { id, status } },
  );
  if (result.errors) {
    throw new Error(`changeCaseStatus failed: ${JSON.stringify(result.errors)}`);
  }
}

export interface OutboxRow {
  id: string;
  kind: 'WARNING' | 'BREACH';
  caseId: string;
  targetId: string;
  target: string;
  dueAt: string;
  metAt: string | null;
  occurredAt: Date;
}

export interface TargetRow {
  id: string;
  caseId: string;
  target: string;
  dueAt: Date;
  metAt: Date | null;
  warnedAt: Date | null;
  breachedAt: Date | null;
  /** `breached_at - due_at` in milliseconds, as the database computes it. */
  breachLagMs: number | null;
  /** `met_at - due_at` in milliseconds: positive when the target was met late. */
  metLagMs: number | null;
}

/** A backend of the test database waiting for a lock, as `pg_stat_activity` shows it. */
export interface LockWait {
  applicationName: string;
  /** `advisory`, `relation`, `transactionid` (a row another transaction changed), … */
  waitEvent: string;
  query: string;
}

/** Reads the Service tables directly, to check what was recorded and when. */
export class ServiceTables {
  private constructor(private readonly client: PgClient) {}

  static async connect(database: TestDatabase): Promise<ServiceTables> {
    const client = new PgClient({ connectionString: database.url });
    await client.connect();

    return new ServiceTables(client);
  }

  async slaEvents(): Promise<OutboxRow[]> {
    const { rows } = await this.client.query<OutboxRow>(
      `SELECT id::text AS id, payload->>'kind' AS kind, payload->>'caseId' AS "caseId",
              payload->>'targetId' AS "targetId", payload->>'target' AS target,
              payload->>'dueAt' AS "dueAt", payload->>'metAt' AS "metAt",
              occurred_at AS "occurredAt"
       FROM service.outbox_event WHERE topic = 'sla' ORDER BY outbox_event.id`,
    );

    return rows;
  }

  async targets(caseIds: string[]): Promise<TargetRow[]> {
    const { rows } = await this.client.query<TargetRow>(
      `SELECT id, case_id AS "caseId", target, due_at AS "dueAt", met_at AS "metAt",
              warned_at AS "warnedAt", breached_at AS "breachedAt",
              (extract(epoch FROM breached_at - due_at) * 1000)::float8 AS "breachLagMs",
              (extract(epoch FROM met_at - due_at) * 1000)::float8 AS "metLagMs"
       FROM service.sla_target WHERE case_id = ANY($1::uuid[]) ORDER BY created_at, target`,
      [caseIds],
    );

    return rows;
  }

  /** The database clock, in milliseconds since the epoch: the clock SLA decisions follow. */
  async databaseNow(): Promise<number> {
    const { rows } = await this.client.query<{ now: number }>(
      `SELECT (extract(epoch FROM clock_timestamp()) * 1000)::float8 AS now`,
    );

    return rows[0].now;
  }

  /** The backends of this database that wait for a lock now. */
  async lockWaits(): Promise<LockWait[]> {
    const { rows } = await this.client.query<LockWait>(
      `SELECT application_name AS "applicationName", wait_event AS "waitEvent", query
       FROM pg_stat_activity
       WHERE datname = current_database() AND wait_event_type = 'Lock'`,
    );

    return rows;
  }

  close(): Promise<void> {
    return this.client.end();
  }
}

/** A transaction of its own holding the locks one statement took, until it is released. */
export interface HeldLock {
  release: () => Promise<void>;
}

/** Runs `statement` in a new transaction on its own connection and keeps that transaction open. */
export async function holdLock(database: TestDatabase, statement: string): Promise<HeldLock> {
  const client = new PgClient({ connectionString: database.url });
  await client.connect();
  try {
    await client.query('BEGIN');
    await client.query(statement);
  } catch (error) {
    await client.end();
    throw error;
  }
  let released = false;

  return {
    release: async () => {
      if (!released) {
        released = true;
        await client.query('COMMIT');
        await client.end();
      }
    },
  };
}
