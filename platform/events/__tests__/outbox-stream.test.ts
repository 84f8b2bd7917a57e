import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { createTestDatabase, type TestDatabase } from '../../../test/support/test-database';
import { testLogger } from '../../../test/support/silent-logger';
import { appendOutboxEvent, type OutboxEvent } from '../outbox';
import { OutboxStream, type OutboxStreamItem } from '../outbox-stream';
import { isStreamPosition, streamPosition, type StreamPosition } from '../stream-position';

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

/** The next `count` items of a subscription, events and positions alike. */
async function takeItems(
  queue: AsyncIterator<OutboxStreamItem<unknown>>,
  count: number,
): Promise<OutboxStreamItem[]> {
  const items: OutboxStreamItem[] = [];
  const deadline = Date.now() + 5000;
  while (items.length < count) {
    let timer: NodeJS.Timeout | undefined;
    const next = await Promise.race([
      queue.next(),
      new Promise<null>(
        (resolve) => (timer = setTimeout(() => resolve(null), deadline - Date.now())),
      ),
    ]);
    clearTimeout(timer);
    if (next === null || next.done) {
      throw new Error(`received ${items.length} of ${count} items`);
    }
    items.push(next.value);
  }

  return items;
}

/** The first `count` events of a subscription without a resume point, after its position. */
async function take(
  queue: AsyncIterator<OutboxStreamItem<unknown>>,
  count: number,
): Promise<OutboxEvent[]> {
  const [start] = await takeItems(queue, 1);
  expect(isStreamPosition(start)).toBe(true);
  const items = await takeItems(queue, count);
  expect(items.filter(isStreamPosition)).toEqual([]);

  return items as OutboxEvent[];
}

describe('OutboxStream', () => {
  it('delivers live events in id order across 9 → 10 → 100 and only of the topic asked', async () => {
    const queue = await stream.subscribe<{ n: number }>('orders');
    for (let n = 0; n < 120; n += 1) {
      await append(n % 3 === 0 ? 'other' : 'orders', n);
    }
    const events = await take(queue, 80);
    await queue.return();

    expect(events.map((event) => (event.payload as { n: number }).n)).toEqual(
      Array.from({ length: 120 }, (_, n) => n).filter((n) => n % 3 !== 0),
    );
  });

  it('replays every event after a resume point, in order, then continues live', async () => {
    const queue = await stream.subscribe('orders', { after: '0' });
    const items = await takeItems(queue, 81);
    const replayed = items.slice(0, 80) as OutboxEvent[];
    await append('orders', 999);
    const [live] = (await takeItems(queue, 1)) as OutboxEvent[];

    expect(replayed.filter(isStreamPosition)).toEqual([]);
    expect(items[80]).toEqual(streamPosition(replayed[79].id));
    await queue.return();
    const ids = replayed.map((event) => BigInt(event.id));

    expect([...ids].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))).toEqual(ids);
    expect(new Set(ids).size).toBe(80);
    expect(live.payload).toEqual({ n: 999 });
  });

  it('delivers concurrent transactions in the order they commit, none skipped', async () => {
    const queue = await stream.subscribe('burst');
    await Promise.all(Array.from({ length: 40 }, (_, n) => append('burst', n)));
    const events = await take(queue, 40);
    await queue.return();
    const ids = events.map((event) => BigInt(event.id));

    expect(new Set(events.map((event) => (event.payload as { n: number }).n)).size).toBe(40);
    expect([...ids].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))).toEqual(ids);
  });

  it('starts a subscriber without a resume point after the latest commit, even one not yet read', async () => {
    await append('late', 1);
    const queue = await stream.subscribe('late');
    await append('late', 2);
    const [first] = await take(queue, 1);
    await queue.return();

    expect(first.payload).toEqual({ n: 2 });
  });

  it('starts every subscription with its position, so a follower can resume from it', async () => {
    await append('positions', 1);
    const [latest] = await dataSource.query(
      'SELECT max(id)::text AS id FROM events_test.outbox_event',
    );
    const queue = await stream.subscribe('positions');
    const [start] = (await takeItems(queue, 1)) as StreamPosition[];
    await append('positions', 2);
    const resumed = await stream.subscribe('positions', { after: start.streamPosition });
    const [missed, position] = await takeItems(resumed, 2);
    await queue.return();
    await resumed.return();

    expect(start).toEqual(streamPosition(latest.id));
    expect((missed as OutboxEvent).payload).toEqual({ n: 2 });
    expect(position).toEqual(streamPosition((missed as OutboxEvent).id));
  });

  it('tells a subscriber how far it read when its filter passed over events', async () => {
    const reporting = new OutboxStream({
      databaseUrl: database.url,
      schema: 'events_test',
      logger: testLogger,
      positionIntervalMs: 100,
    });
    await reporting.start();
    const queue = await reporting.subscribe<{ n: number }>('sparse', {
      filter: (payload) => payload.n === 3,
    });
    const [start] = await takeItems(queue, 1);
    await append('sparse', 1);
    await append('sparse', 2);
    const [passedOver] = await takeItems(queue, 1);
    await append('sparse', 3);
    const [wanted] = await takeItems(queue, 1);
    await new Promise((resolve) => setTimeout(resolve, 300));
    const queued = queue.size;
    await queue.return();
    await reporting.close();
    const [{ id: second }] = await dataSource.query(
      `SELECT max(id)::text AS id FROM events_test.outbox_event WHERE payload = '{"n": 2}'`,
    );

    expect(isStreamPosition(start)).toBe(true);
    expect(passedOver).toEqual(streamPosition(second));
    expect((wanted as OutboxEvent).payload).toEqual({ n: 3 });
    expect(queued).toBe(0);
  });

  it('refuses a resume point beyond the stream as BAD_USER_INPUT', async () => {
    const [latest] = await dataSource.query(
      'SELECT max(id)::text AS id FROM events_test.outbox_event',
    );

    await expect(
      stream.subscribe('orders', { after: String(BigInt(latest.id) + 1n) }),
    ).rejects.toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
  });

  it('refuses a resume point older than the retention window', async () => {
    const client = new Client({ connectionString: database.url });
    await client.connect();
    await client.query('UPDATE events_test.outbox_retention SET pruned_through = 50');
    await client.end();

    await expect(stream.subscribe('orders', { after: '10' })).rejects.toMatchObject({
      code: 'EVENTS_EXPIRED',
    });
    expect(stream.subscriberCount).toBe(0);
  });
});
