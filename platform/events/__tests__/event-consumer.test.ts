import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { startSalesSubgraph } from '../../../subgraphs/sales/sales-subgraph';
import { querySubgraph } from '../../../test/support/graphql-client';
import { forwardedIdentityHeader } from '../../../test/support/identities';
import { testLogger } from '../../../test/support/silent-logger';
import { useSubgraphWithAccounts } from '../../../test/support/subgraph-under-test';
import { eventually } from '../../../test/support/subscription-client';
import { EventConsumer } from '../event-consumer';

const sales = useSubgraphWithAccounts(startSalesSubgraph);
let dataSource: DataSource;
const consumers: EventConsumer<unknown>[] = [];

beforeAll(async () => {
  dataSource = await new DataSource({ type: 'postgres', url: sales.database.url }).initialize();
  await dataSource.query(`
    CREATE SCHEMA consumer_test;
    CREATE TABLE consumer_test.position (
      consumer text PRIMARY KEY, position text, updated_at timestamptz NOT NULL DEFAULT now())`);
});

afterEach(async () => {
  await Promise.all(consumers.splice(0).map((consumer) => consumer.close()));
});

afterAll(async () => {
  await dataSource.destroy();
});

interface Received {
  eventId: string;
  opportunity: { name: string };
}

/** Follows one owner's pipeline events into `applied`, storing its position by `name`. */
async function follow(
  name: string,
  ownerId: string,
  applied: string[],
): Promise<EventConsumer<Received>> {
  const consumer = new EventConsumer<Received>({
    name,
    url: sales.subgraph.url,
    query: `subscription ($after: ID, $ownerId: ID) {
      pipelineChanged(filter: { ownerId: $ownerId }, after: $after) {
        eventId opportunity { name }
      }
    }`,
    variables: { ownerId },
    connectionParams: async () => ({ identity: await forwardedIdentityHeader(['sales:read']) }),
    dataSource,
    positionTable: 'consumer_test.position',
    readEvent: (data) => {
      const event = data.pipelineChanged as Received | undefined;

      return event ? { id: event.eventId, event } : null;
    },
    apply: async (_manager, event) => {
      applied.push(event.opportunity.name);
    },
    logger: testLogger,
  });
  consumers.push(consumer as EventConsumer<unknown>);
  await consumer.start();

  return consumer;
}

async function createOpportunity(name: string, ownerId: string): Promise<void> {
  const result = await querySubgraph(
    sales.subgraph.url,
    `mutation ($input: CreateOpportunityInput!) {
      createOpportunity(input: $input) { userErrors { code } }
    }`,
    {
      input: {
        name,
        ownerId,
        accountId: await sales.accounts.sharedAccount(),
        closeDate: '2027-03-31',
      },
    },
  );
  expect(result.errors).toBeUndefined();
}

async function latestEventId(): Promise<string> {
  const [row] = await dataSource.query('SELECT max(id)::text AS id FROM sales.outbox_event');

  return row.id;
}

async function storedPosition(name: string): Promise<string | null> {
  const [row] = await dataSource.query(
    'SELECT position FROM consumer_test.position WHERE consumer = $1',
    [name],
  );

  return row?.position ?? null;
}

describe('EventConsumer', () => {
  it('stores the position the stream reports, so a quiet consumer resumes from there', async () => {
    const owner = `owner-${randomUUID()}`;
    await createOpportunity('Someone else’s deal', `other-${randomUUID()}`);
    const latest = await latestEventId();
    const applied: string[] = [];
    const first = await follow('quiet', owner, applied);
    await eventually(async () => (await storedPosition('quiet')) === latest, 10_000, 'position');
    await first.close();

    await createOpportunity('Missed while away', owner);
    await follow('quiet', owner, applied);
    await eventually(() => applied.length === 1, 10_000, 'the missed event');

    expect(applied).toEqual(['Missed while away']);
    expect(await storedPosition('quiet')).toBe(await latestEventId());
  });
});
