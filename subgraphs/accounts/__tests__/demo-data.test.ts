import type { DataSource } from 'typeorm';
import { openSubgraphDataSource } from '../../../platform/database/subgraph-data-source';
import { DEMO_SIZE } from '../../../platform/demo/demo-ids';
import { createTestDatabase, type TestDatabase } from '../../../test/support/test-database';
import { testLogger } from '../../../test/support/silent-logger';
import { accountsDatabase } from '../database';
import { seedAccountsDemoData } from '../seed/demo-data';

let database: TestDatabase;
let dataSource: DataSource;

beforeAll(async () => {
  database = await createTestDatabase();
  ({ dataSource } = await openSubgraphDataSource({
    url: database.url,
    ...accountsDatabase,
    logger: testLogger,
  }));
  await seedAccountsDemoData(dataSource);
});

afterAll(async () => {
  await dataSource.destroy();
  await database.drop();
});

interface ContactRow {
  id: string;
  first_name: string;
  last_name: string;
  email: string;
  account_id: string;
}

interface ContactEventRow {
  payload: { contact: { id: string } };
}

describe('Accounts demo data', () => {
  it('announces every demo contact with a CREATED contact event, as a created contact would', async () => {
    const contacts: ContactRow[] = await dataSource.query(
      'SELECT id, first_name, last_name, email, account_id FROM accounts.contact',
    );
    const events: ContactEventRow[] = await dataSource.query(
      `SELECT payload FROM accounts.outbox_event WHERE topic = 'contact'`,
    );

    expect(contacts).toHaveLength(DEMO_SIZE.accounts * DEMO_SIZE.contactsPerAccount);
    expect(
      events.map(({ payload }) => payload).sort(byId((payload) => payload.contact.id)),
    ).toEqual(
      contacts.sort(byId((contact) => contact.id)).map((contact) => ({
        kind: 'CREATED',
        contact: {
          id: contact.id,
          firstName: contact.first_name,
          lastName: contact.last_name,
          email: contact.email,
          accountId: contact.account_id,
        },
        previousEmail: null,
      })),
    );
  });

  it('adds nothing when run again', async () => {
    await seedAccountsDemoData(dataSource);
    const [{ count }] = await dataSource.query(
      'SELECT count(*)::int AS count FROM accounts.outbox_event',
    );

    expect(count).toBe(DEMO_SIZE.accounts * DEMO_SIZE.contactsPerAccount);
  });
});

function byId<T>(id: (item: T) => string): (a: T, b: T) => number {
  return (a, b) => (id(a) < id(b) ? -1 : id(a) > id(b) ? 1 : 0);
}
