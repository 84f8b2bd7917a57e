import type { DataSource } from 'typeorm';
import { insertRows } from '../../../platform/database/insert-rows';
import {
  DEMO_OWNERS,
  DEMO_SIZE,
  demoAccountId,
  demoContactId,
  demoId,
  demoRandom,
} from '../../../platform/demo/demo-ids';
import type { CaseOrigin, CasePriority, CaseStatus } from '../entities/support-case.entity';

const SUBJECTS = [
  'Cannot log in to the customer portal',
  'Invoice shows the wrong amount',
  'Password reset email never arrives',
  'Shipment arrived damaged',
  'Order delayed beyond the promised date',
  'Request to upgrade our subscription',
  'API returns 500 errors intermittently',
  'Data export is missing last month',
  'Duplicate charge on our credit card',
  'Need help configuring single sign-on',
  'Reporting dashboard loads very slowly',
  'Mobile app crashes on start-up',
  'Wrong item delivered',
  'Question about contract renewal terms',
  'Cannot add new users to the account',
  'ERP integration stopped syncing',
  'Refund not received yet',
  'Training session for new staff',
  'Error when uploading attachments',
  'Please update our billing address',
  'License key rejected on activation',
  'Items missing from delivery',
  'Security questionnaire for our audit',
  'Notifications are sent twice',
  'Account locked after failed logins',
  'VAT number missing on invoice',
  'Feature request: bulk edit of records',
  'Service unavailable in the EU region',
  'Cancel order before it ships',
  'Webhook deliveries are failing',
];
const DESCRIPTIONS = [
  'The customer reports the problem started this week and affects several colleagues.',
  'Screenshots and steps to reproduce are attached to the original email.',
  'Customer asked for a call back before the end of the business day.',
  'Happened again after the workaround suggested last time; customer is frustrated.',
  'Reported during the quarterly business review; blocking their month-end close.',
  'Customer is unsure whether this is a configuration issue or a defect.',
];
const NINETY_DAYS_MS = 90 * 24 * 60 * 60 * 1000;
const EIGHT_HOURS_MS = 8 * 60 * 60 * 1000;
const TEN_MINUTES_MS = 10 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;

type Weights<T extends string> = [T, number][];

const PRIORITIES: Weights<CasePriority> = [
  ['LOW', 30],
  ['MEDIUM', 40],
  ['HIGH', 22],
  ['URGENT', 8],
];
const ORIGINS: Weights<CaseOrigin> = [
  ['EMAIL', 35],
  ['WEB', 25],
  ['PHONE', 20],
  ['CHAT', 12],
  ['PORTAL', 8],
];
/** Young cases are mostly still being worked on; old ones are mostly closed. */
const STATUSES_BY_AGE: { maxAgeDays: number; weights: Weights<CaseStatus> }[] = [
  {
    maxAgeDays: 2,
    weights: [
      ['NEW', 45],
      ['WORKING', 35],
      ['ESCALATED', 10],
      ['ON_HOLD', 5],
      ['RESOLVED', 5],
    ],
  },
  {
    maxAgeDays: 14,
    weights: [
      ['NEW', 5],
      ['WORKING', 30],
      ['ESCALATED', 10],
      ['ON_HOLD', 15],
      ['RESOLVED', 25],
      ['CLOSED', 15],
    ],
  },
  {
    maxAgeDays: Infinity,
    weights: [
      ['WORKING', 5],
      ['ESCALATED', 2],
      ['ON_HOLD', 5],
      ['RESOLVED', 13],
      ['CLOSED', 75],
    ],
  },
];
const COLUMNS = [
  'id',
  'subject',
  'description',
  'status',
  'priority',
  'origin',
  'account_id',
  'contact_id',
  'owner_id',
  'opened_at',
  'first_responded_at',
  'resolved_at',
  'closed_at',
  'created_at',
  'updated_at',
];

/**
 * Inserts the Service part of the demo data set: cases opened over the last 90 days at demo
 * accounts and their contacts, with statuses and times consistent with the case rules. Does
 * nothing when cases already exist.
 */
export async function seedServiceDemoData(dataSource: DataSource): Promise<void> {
  await dataSource.transaction(async (manager) => {
    // Two processes seeding at once would otherwise both find the table empty.
    await manager.query('LOCK TABLE service.support_case IN SHARE ROW EXCLUSIVE MODE');
    const [{ present }] = await manager.query(
      'SELECT EXISTS (SELECT 1 FROM service.support_case) AS present',
    );
    if (present) {
      return;
    }
    await insertRows(
      manager.query.bind(manager),
      'service.support_case',
      COLUMNS,
      demoCaseRows(Date.now()),
    );
  });
}

function demoCaseRows(now: number): unknown[][] {
  const random = demoRandom(31);
  const pick = <T>(values: readonly T[]): T => values[Math.floor(random() * values.length)];
  const weighted = <T extends string>(weights: Weights<T>): T => {
    let roll = random() * weights.reduce((total, [, weight]) => total + weight, 0);
    for (const [value, weight] of weights) {
      roll -= weight;
      if (roll < 0) {
        return value;
      }
    }

    return weights[weights.length - 1][0];
  };
  const between = (from: number, to: number, low: number, high: number): number =>
    Math.floor(from + (to - from) * (low + random() * (high - low)));

  const rows: unknown[][] = [];
  for (let n = 0; n < DEMO_SIZE.cases; n += 1) {
    const account = random() < 0.92 ? Math.floor(random() * DEMO_SIZE.accounts) : null;
    const contact =
      account !== null && random() < 0.8
        ? account * DEMO_SIZE.contactsPerAccount +
          Math.floor(random() * DEMO_SIZE.contactsPerAccount)
        : null;
    const ageMs = Math.max(TEN_MINUTES_MS, Math.floor(random() ** 1.5 * NINETY_DAYS_MS));
    const status = weighted(
      STATUSES_BY_AGE.find((band) => ageMs <= band.maxAgeDays * DAY_MS)!.weights,
    );
    const openedAt = now - ageMs;
    const respondedAt =
      status === 'NEW'
        ? null
        : openedAt + Math.floor(random() * Math.min(EIGHT_HOURS_MS, ageMs / 10));
    const resolvedAt =
      respondedAt !== null && (status === 'RESOLVED' || (status === 'CLOSED' && random() < 0.9))
        ? between(respondedAt, now, 0.1, 0.7)
        : null;
    const closedAt =
      status === 'CLOSED' ? between(resolvedAt ?? respondedAt ?? openedAt, now, 0.1, 0.6) : null;
    const updatedAt = Math.max(openedAt, respondedAt ?? 0, resolvedAt ?? 0, closedAt ?? 0);
    rows.push([
      demoId('case', n),
      pick(SUBJECTS),
      random() < 0.8 ? pick(DESCRIPTIONS) : null,
      status,
      weighted(PRIORITIES),
      weighted(ORIGINS),
      account === null ? null : demoAccountId(account),
      contact === null ? null : demoContactId(contact),
      pick(DEMO_OWNERS),
      new Date(openedAt),
      respondedAt === null ? null : new Date(respondedAt),
      resolvedAt === null ? null : new Date(resolvedAt),
      closedAt === null ? null : new Date(closedAt),
      new Date(openedAt),
      new Date(updatedAt),
    ]);
  }

  return rows;
}
