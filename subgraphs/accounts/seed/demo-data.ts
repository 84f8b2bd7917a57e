import type { DataSource } from 'typeorm';
import {
  DEMO_OWNERS,
  DEMO_SIZE,
  demoAccountId,
  demoContactId,
  demoRandom,
} from '../../../platform/demo/demo-ids';
import { insertRows } from '../../../platform/database/insert-rows';
import { appendOutboxEvent } from '../../../platform/events/outbox';
import { FIRST_NAMES, INDUSTRIES, LAST_NAMES, TITLES } from '../../../platform/demo/demo-names';
import { accountsDatabase } from '../database';
import {
  CONTACT_TOPIC,
  type ContactEventPayload,
  type ContactSnapshot,
} from '../events/contact-event-payload';

const NAME_STARTS = [
  'North',
  'Blue',
  'Silver',
  'Bright',
  'Summit',
  'Iron',
  'Cedar',
  'Nova',
  'Harbor',
  'Quantum',
  'Atlas',
  'Red',
  'Evergreen',
  'Pioneer',
  'Golden',
  'Vertex',
];
const NAME_ENDS = [
  'Logistics',
  'Systems',
  'Foods',
  'Health',
  'Energy',
  'Capital',
  'Labs',
  'Retail',
  'Motors',
  'Media',
  'Analytics',
  'Pharma',
  'Textiles',
  'Robotics',
];
const SUFFIXES = ['Inc.', 'Ltd', 'GmbH', 'LLC', 'Group', 'SA', 'plc'];
const TIERS = ['STRATEGIC', 'ENTERPRISE', 'MID_MARKET', 'SMALL_BUSINESS'];

/**
 * Inserts the Accounts part of the demo data set: accounts (every tenth one a subsidiary of an
 * earlier account) and their contacts, with a `contact` event per contact so that subgraphs
 * following Accounts' events know them too. Does nothing when accounts already exist.
 */
export async function seedAccountsDemoData(dataSource: DataSource): Promise<void> {
  const [{ count }] = await dataSource.query('SELECT count(*)::int AS count FROM accounts.account');
  if (count > 0) {
    return;
  }
  const random = demoRandom(7);
  const pick = <T>(values: readonly T[]): T => values[Math.floor(random() * values.length)];
  const accounts: unknown[][] = [];
  for (let n = 0; n < DEMO_SIZE.accounts; n += 1) {
    const name = `${NAME_STARTS[n % NAME_STARTS.length]} ${NAME_ENDS[Math.floor(n / NAME_STARTS.length) % NAME_ENDS.length]} ${SUFFIXES[n % SUFFIXES.length]}${n >= 224 ? ` ${Math.floor(n / 224) + 1}` : ''}`;
    const employees = Math.floor(10 + random() * 20_000);
    accounts.push([
      demoAccountId(n),
      name,
      pick(INDUSTRIES),
      `https://www.${name.split(' ')[0].toLowerCase()}${n}.example.com`,
      (employees * (80_000 + Math.floor(random() * 120_000))).toFixed(2),
      employees,
      pick(TIERS),
      DEMO_OWNERS[n % DEMO_OWNERS.length],
      n % 10 === 9 ? demoAccountId(n - 9) : null,
    ]);
  }
  const contacts: unknown[][] = [];
  const snapshots: ContactSnapshot[] = [];
  for (let m = 0; m < DEMO_SIZE.accounts * DEMO_SIZE.contactsPerAccount; m += 1) {
    const first = pick(FIRST_NAMES);
    const last = pick(LAST_NAMES);
    const snapshot: ContactSnapshot = {
      id: demoContactId(m),
      firstName: first,
      lastName: last,
      email: `${first}.${last}.${m}@example.com`.toLowerCase(),
      accountId: demoAccountId(Math.floor(m / DEMO_SIZE.contactsPerAccount)),
    };
    snapshots.push(snapshot);
    contacts.push([
      snapshot.id,
      snapshot.firstName,
      snapshot.lastName,
      snapshot.email,
      `+1-555-${String(1000 + (m % 9000)).padStart(4, '0')}`,
      pick(TITLES),
      snapshot.accountId,
    ]);
  }
  await dataSource.transaction(async (manager) => {
    await insertRows(
      manager.query.bind(manager),
      'accounts.account',
      [
        'id',
        'name',
        'industry',
        'website',
        'annual_revenue',
        'employee_count',
        'tier',
        'owner_id',
        'parent_id',
      ],
      accounts,
    );
    await insertRows(
      manager.query.bind(manager),
      'accounts.contact',
      ['id', 'first_name', 'last_name', 'email', 'phone', 'title', 'account_id'],
      contacts,
    );
    for (const contact of snapshots) {
      const payload: ContactEventPayload = { kind: 'CREATED', contact, previousEmail: null };
      await appendOutboxEvent(manager, accountsDatabase.schema, CONTACT_TOPIC, payload);
    }
  });
}
