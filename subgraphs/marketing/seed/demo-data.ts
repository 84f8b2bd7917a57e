import type { DataSource } from 'typeorm';
import { insertRows } from '../../../platform/database/insert-rows';
import {
  DEMO_OWNERS,
  DEMO_SIZE,
  demoCampaignId,
  demoId,
  demoRandom,
} from '../../../platform/demo/demo-ids';
import { FIRST_NAMES, INDUSTRIES, LAST_NAMES, TITLES } from '../../../platform/demo/demo-names';
import type { CampaignChannel, CampaignStatus } from '../entities/campaign.entity';
import type { LeadRating, LeadSource, LeadStatus } from '../entities/lead.entity';

/** The day the demo data set is written as of, so it is the same whenever it is loaded. */
const DEMO_TODAY = Date.parse('2026-01-30T12:00:00Z');
const DAY = 86_400_000;

/** Name, channel, status, parent (an earlier index), start, end (null: ongoing), budget. */
type CampaignTemplate = [
  name: string,
  channel: CampaignChannel,
  status: CampaignStatus,
  parent: number | null,
  start: string,
  end: string | null,
  budget: number,
];

const CAMPAIGNS: CampaignTemplate[] = [
  ['Demand Generation FY2026', 'OTHER', 'ACTIVE', null, '2025-07-01', '2026-06-30', 1_200_000],
  ['Cloud Migration Webinar Series', 'WEBINAR', 'COMPLETED', 0, '2025-09-01', '2025-11-30', 45_000],
  ['Data Summit Berlin 2025', 'EVENT', 'COMPLETED', 0, '2025-10-14', '2025-10-16', 180_000],
  ['Holiday Email Nurture', 'EMAIL', 'COMPLETED', 0, '2025-11-15', '2025-12-31', 12_500],
  ['Analytics Search Ads', 'PAID_SEARCH', 'ACTIVE', 0, '2025-08-01', '2026-03-31', 240_000],
  ['LinkedIn Thought Leadership', 'SOCIAL', 'ACTIVE', 0, '2025-09-15', '2026-02-28', 95_000],
  ['Partner Co-Marketing EMEA', 'PARTNER', 'ACTIVE', null, '2025-07-01', '2026-06-30', 300_000],
  ['Reseller Launch Kit DACH', 'PARTNER', 'ACTIVE', 6, '2025-10-01', '2026-02-27', 60_000],
  ['Systems Integrator Roadshow', 'EVENT', 'PLANNED', 6, '2026-03-02', '2026-03-20', 85_000],
  ['Customer Referral Programme', 'REFERRAL', 'ACTIVE', null, '2025-07-01', null, 50_000],
  ['Refer-a-Peer Bonus Q4', 'REFERRAL', 'COMPLETED', 9, '2025-10-01', '2025-12-31', 20_000],
  ['Website Free Trial Funnel', 'WEB', 'ACTIVE', null, '2025-07-01', null, 75_000],
  ['Pricing Page Experiment', 'WEB', 'ABORTED', 11, '2025-11-03', '2025-12-15', 8_000],
  ['Interactive ROI Calculator', 'WEB', 'ACTIVE', 11, '2026-01-12', '2026-04-30', 22_000],
  ['Executive Mailer Pilot', 'DIRECT_MAIL', 'ABORTED', null, '2025-09-01', '2025-10-31', 40_000],
  ['Retail Innovation Expo 2026', 'EVENT', 'PLANNED', null, '2026-04-21', '2026-04-23', 130_000],
  ['Healthcare Compliance Webinar', 'WEBINAR', 'PLANNED', null, '2026-02-10', '2026-02-10', 6_000],
  ['Product Launch: Insights 5.0', 'OTHER', 'ACTIVE', null, '2026-01-20', '2026-05-31', 400_000],
  ['Insights 5.0 Launch Emails', 'EMAIL', 'ACTIVE', 17, '2026-01-20', '2026-02-28', 15_000],
  ['Insights 5.0 Paid Social', 'SOCIAL', 'ACTIVE', 17, '2026-01-22', '2026-03-31', 110_000],
  ['Insights 5.0 Keynote Livestream', 'WEBINAR', 'PLANNED', 17, '2026-02-05', '2026-02-05', 35_000],
  ['Manufacturing Insider Newsletter', 'EMAIL', 'ACTIVE', null, '2025-07-01', null, 18_000],
  ['Brand Search H2 2025', 'PAID_SEARCH', 'COMPLETED', null, '2025-07-01', '2025-12-31', 70_000],
  ['FinTech Week London 2025', 'EVENT', 'COMPLETED', null, '2025-11-18', '2025-11-20', 90_000],
];

const COMPANY_STARTS = [
  'Brightline',
  'Northwind',
  'Copperleaf',
  'Tidewater',
  'Lumen',
  'Granite',
  'Skyward',
  'Meridian',
  'Fernhill',
  'Bluewave',
  'Oakridge',
  'Solstice',
  'Kestrel',
  'Riverbend',
  'Helios',
  'Ironclad',
  'Maple',
  'Orbit',
  'Pinecrest',
  'Stellar',
];
const COMPANY_ENDS = [
  'Analytics',
  'Logistics',
  'Health',
  'Foods',
  'Energy',
  'Robotics',
  'Finance',
  'Retail',
  'Software',
  'Manufacturing',
  'Media',
  'Pharma',
  'Mobility',
  'Insurance',
  'Telecom',
];
const COUNTRIES = ['US', 'GB', 'DE', 'FR', 'NL', 'ES', 'IT', 'SE', 'CA', 'AU', 'JP', 'BR', 'IN'];
const DIALLING_CODES: Record<string, string> = {
  US: '+1',
  GB: '+44',
  DE: '+49',
  FR: '+33',
  NL: '+31',
  ES: '+34',
  IT: '+39',
  SE: '+46',
  CA: '+1',
  AU: '+61',
  JP: '+81',
  BR: '+55',
  IN: '+91',
};
const STATUSES: [LeadStatus, number][] = [
  ['OPEN', 0.3],
  ['WORKING', 0.2],
  ['NURTURING', 0.15],
  ['QUALIFIED', 0.12],
  ['UNQUALIFIED', 0.13],
  ['CONVERTED', 0.1],
];
/** The score range each status plausibly has. */
const SCORE_RANGES: Record<LeadStatus, [number, number]> = {
  OPEN: [0, 50],
  WORKING: [20, 75],
  NURTURING: [10, 60],
  QUALIFIED: [60, 100],
  UNQUALIFIED: [0, 30],
  CONVERTED: [70, 100],
};
const SOURCE_BY_CHANNEL: Partial<Record<CampaignChannel, LeadSource>> = {
  EVENT: 'EVENT',
  REFERRAL: 'REFERRAL',
  PARTNER: 'PARTNER',
  WEB: 'WEB_FORM',
};
const SOURCES_WITHOUT_CAMPAIGN: LeadSource[] = [
  'WEB_FORM',
  'WEB_FORM',
  'IMPORT',
  'REFERRAL',
  'OTHER',
];

const CAMPAIGN_COLUMNS = [
  'id',
  'name',
  'channel',
  'status',
  'budget',
  'actual_cost',
  'start_date',
  'end_date',
  'parent_id',
  'owner_id',
  'created_at',
  'updated_at',
];
const LEAD_COLUMNS = [
  'id',
  'first_name',
  'last_name',
  'email',
  'company',
  'title',
  'phone',
  'industry',
  'country',
  'source',
  'status',
  'rating',
  'score',
  'campaign_id',
  'owner_id',
  'created_at',
  'updated_at',
];

interface DemoCampaign {
  id: string;
  channel: CampaignChannel;
  start: string;
  end: string | null;
}

/**
 * Inserts the Marketing part of the demo data set: campaigns (some grouped under programme
 * campaigns) and leads, most of them from a campaign that had started and members of it. Does
 * nothing when campaigns already exist.
 */
export async function seedMarketingDemoData(dataSource: DataSource): Promise<void> {
  const [{ count }] = await dataSource.query(
    'SELECT count(*)::int AS count FROM marketing.campaign',
  );
  if (count > 0) {
    return;
  }
  const random = demoRandom(41);
  const pick = <T>(values: readonly T[]): T => values[Math.floor(random() * values.length)];
  const started: DemoCampaign[] = [];
  const campaignRows: unknown[][] = [];
  for (let n = 0; n < DEMO_SIZE.campaigns; n += 1) {
    const round = Math.floor(n / CAMPAIGNS.length);
    const [name, channel, status, parent, start, end, budget] = CAMPAIGNS[n % CAMPAIGNS.length];
    const created = Math.min(
      Date.parse(`${start}T09:00:00Z`) - (10 + Math.floor(random() * 30)) * DAY,
      DEMO_TODAY - Math.floor(random() * 5) * DAY,
    );
    if (status !== 'PLANNED') {
      started.push({ id: demoCampaignId(n), channel, start, end });
    }
    campaignRows.push([
      demoCampaignId(n),
      round === 0 ? name : `${name} (${round + 1})`,
      channel,
      status,
      budget.toFixed(2),
      actualCost(status, budget, random()),
      start,
      end,
      parent === null ? null : demoCampaignId(parent + round * CAMPAIGNS.length),
      DEMO_OWNERS[n % DEMO_OWNERS.length],
      new Date(created),
      new Date(Math.min(created + Math.floor(random() * 60) * DAY, DEMO_TODAY)),
    ]);
  }
  const emails = new Set<string>();
  const leadRows: unknown[][] = [];
  for (let n = 0; n < DEMO_SIZE.leads; n += 1) {
    const first = pick(FIRST_NAMES);
    const last = pick(LAST_NAMES);
    const company = `${pick(COMPANY_STARTS)} ${pick(COMPANY_ENDS)}`;
    const country = pick(COUNTRIES);
    const campaign = random() < 0.7 ? pick(started) : null;
    const status = weighted(STATUSES, random());
    const [low, high] = SCORE_RANGES[status];
    const score = low + Math.floor(random() * (high - low + 1));
    const created = leadCreatedAt(campaign, random());
    const phone = `${200 + Math.floor(random() * 800)} ${String(Math.floor(random() * 1e7)).padStart(7, '0')}`;
    leadRows.push([
      demoId('lead', n),
      first,
      last,
      uniqueEmail(first, last, company, emails),
      company,
      pick(TITLES),
      `${DIALLING_CODES[country]} ${phone}`,
      pick(INDUSTRIES),
      country,
      campaign === null
        ? pick(SOURCES_WITHOUT_CAMPAIGN)
        : (SOURCE_BY_CHANNEL[campaign.channel] ?? 'CAMPAIGN'),
      status,
      status === 'OPEN' && random() < 0.5 ? null : rating(score),
      score,
      campaign?.id ?? null,
      status === 'OPEN' && random() < 0.4 ? null : pick(DEMO_OWNERS),
      new Date(created),
      new Date(Math.min(created + Math.floor(random() * 30) * DAY, DEMO_TODAY)),
    ]);
  }
  await dataSource.transaction(async (manager) => {
    const query = manager.query.bind(manager);
    await insertRows(query, 'marketing.campaign', CAMPAIGN_COLUMNS, campaignRows);
    await insertRows(query, 'marketing.lead', LEAD_COLUMNS, leadRows);
    // Each lead captured through a campaign responded to it, as a capture records.
    await manager.query(`
      INSERT INTO marketing.campaign_member
        (campaign_id, lead_id, status, has_responded, first_responded_at, created_at, updated_at)
      SELECT campaign_id, id, CASE WHEN status = 'CONVERTED' THEN 'CONVERTED' ELSE 'RESPONDED' END,
             true, created_at, created_at, created_at
        FROM marketing.lead
       WHERE campaign_id IS NOT NULL`);
  });
}

/** What a campaign has spent: about its budget once over, part of it while it runs. */
function actualCost(status: CampaignStatus, budget: number, roll: number): string | null {
  const spent = {
    PLANNED: null,
    ACTIVE: 0.2 + roll * 0.5,
    COMPLETED: 0.85 + roll * 0.25,
    ABORTED: 0.1 + roll * 0.3,
  }[status];

  return spent === null ? null : (budget * spent).toFixed(2);
}

/** A moment while the lead's campaign ran (up to the demo's today), or since July 2025. */
function leadCreatedAt(campaign: DemoCampaign | null, roll: number): number {
  const from = Date.parse(`${campaign?.start ?? '2025-07-01'}T00:00:00Z`);
  const until =
    campaign?.end == null
      ? DEMO_TODAY
      : Math.min(Date.parse(`${campaign.end}T23:59:59Z`), DEMO_TODAY);

  return Math.floor(from + roll * (until - from));
}

function weighted<T>(choices: [T, number][], roll: number): T {
  let remaining = roll;
  for (const [choice, weight] of choices) {
    if (remaining < weight) {
      return choice;
    }
    remaining -= weight;
  }

  return choices[choices.length - 1][0];
}

function rating(score: number): LeadRating {
  if (score >= 70) {
    return 'HOT';
  }

  return score >= 40 ? 'WARM' : 'COLD';
}

/** `first.last@company.example`, plain ASCII, numbered when that address is already taken. */
function uniqueEmail(first: string, last: string, company: string, taken: Set<string>): string {
  const ascii = (text: string) =>
    text
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]/g, '');
  const local = `${ascii(first)}.${ascii(last)}`;
  const domain = `${ascii(company)}.example`;
  let email = `${local}@${domain}`;
  for (let suffix = 2; taken.has(email); suffix += 1) {
    email = `${local}${suffix}@${domain}`;
  }
  taken.add(email);

  return email;
}
