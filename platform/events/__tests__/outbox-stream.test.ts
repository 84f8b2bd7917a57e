import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { createTestDatabase, type TestDatabase } from '../../../test/support/test-database';
import { testLogger } from '../../../test/support/silent-logger';
import { appendOutboxEvent, type OutboxEvent } from '../outbox';
import { OutboxStream } from '../outbox-stream';
import type { AsyncQueue } from '../async-queue';

let database: TestDatabase;
let dataSource: DataSource;
let stream: OutboxStream;

beforeAll(async () => {
  database = await createTestDatabase();
  const client = new Client({ connectionString: database.url });
  await client.connect();
  await client.query(`
    CREATE SCHEMA events_test;
    CREATE TABLE events_test.outbox_event (
      id bigserial PRIMARY KEY, topic text NOT NULL, payload jsonb NOT NULL,
      occurred_at timestamptz NOT NULL DEFAULT now());
    CREATE TABLE events_test.outbox_retention (
      singleton boolean PRIMARY KEY DEFAULT true CHECK (singleton),
      pruned_through bigint NOT NULL DEFAULT 0);
    INSERT INTO events_test.outbox_retention DEFAULT VALUES;`);
  await client.end();
  dataSource = await new DataSource({ type: 'postgres', url: database.url }).initialize();
  stream = new OutboxStream({
    databaseUrl: database.url,
    schema: 'events_test',
    logger: testLogger,
  });
  await stream.start();
});

afterAll(async () => {
  await stream.close();
  await dataSource.destroy();
  await database.drop();
});

async function append(topic: string, n: number): Promise<void> {
  await dataSource.transaction((manager) =>
    appendOutboxEvent(manager, 'events_test', topic, { n }),
  );
}

async function take(queue: AsyncQueue<OutboxEvent>, count: number): Promise<OutboxEvent[]> {
  const events: OutboxEvent[] = [];
  const deadline = Date.now() + 5000;
  while (events.length < count) {
    let timer: NodeJS.Timeout | undefined;
    const next = await Promise.race([
      queue.next(),
      new Promise<null>(
        (resolve) => (timer = setTimeout(() => resolve(null), deadline - Date.now())),
      ),
    ]);
    clearTimeout(timer);
    if (next === null) {
      throw new Error(`received ${events.length} of ${count} events`);
    }
    events.push(next.value as OutboxEvent);
  }

  return events;
}

describe('OutboxStream', () => {
  it('delivers live events in id order across 9 → 10 → 100 and only of the topic asked', async () => {
    const queue = await stream.subscribe<{ n: number }>('orders');
    for (let n = 0; n < 120; n += 1) {
      await append(n % 3 === 0 ? 'other' : 'orders', n);
    }
    const events = await take(queue as AsyncQueue<OutboxEvent>, 80);
    await queue.return();

    expect(events.map((event) => (event.payload as { n: number }).n)).toEqual(
      Array.from({ length: 120 }, (_, n) => n).filter((n) => n % 3 !== 0),
    );
  });

  it('replays every event after a resume point, in order, then continues live', async () => {
    const queue = await stream.subscribe('orders', { after: '0' });
    const replayed = await take(queue as AsyncQueue<OutboxEvent>, 80);
    await append('orders', 999);
    const [live] = await take(queue as AsyncQueue<OutboxEvent>, 1);
    await queue.return();
    const ids = replayed.map((event) => BigInt(event.id));

    expect([...ids].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))).toEqual(ids);
    expect(new Set(ids).size).toBe(80);
    expect(live.payload).toEqual({ n: 999 });
  });

  it('delivers concurrent transactions in the order they commit, none skipped', async () => {
    const queue = await stream.subscribe('burst');
    await Promise.all(Array.from({ length: 40 }, (_, n) => append('burst', n)));
    const events = await take(queue as AsyncQueue<OutboxEvent>, 40);
    await queue.return();
    const ids = events.map((event) => BigInt(event.id));

    expect(new Set(events.map((event) => (event.payload as { n: number }).n)).size).toBe(40);
    expect([...ids].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))).toEqual(ids);
  });

  it('starts a subscriber without a resume point after the latest commit, even one not yet read', async () => {
    await append('late', 1);
    const queue = await stream.subscribe('late');
    await append('late', 2);
    const [first] = await take(queue as AsyncQueue<OutboxEvent>, 1);
    await queue.return();

    expect(first.payload).toEqual({ n: 2 });
  });

  it('refuses a resume point older than the retention window', async () => {
    const client = new Client({ connectionString: database.url });
    await client.connect();
    await client.query('UPDATE events_test.outbox_retention SET pruned_through = 50');
    await client.end();

    await expect(stream.subscribe('orders', { after: '10' })).rejects.toMatchObject({
      code: 'EVENTS_EXPIRED',
    });
  });
});
