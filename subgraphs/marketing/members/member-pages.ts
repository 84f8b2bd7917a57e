import type { DataSource } from 'typeorm';
import { ValidationError } from '../../../platform/errors/domain-errors';
import { pageSize } from '../../../platform/graphql/connection';
import type { CampaignMember } from '../entities/campaign-member.entity';
import type { CampaignMemberConnection } from '../models';

/** One campaign's page request: the campaign and the page arguments. */
export interface MemberPageKey {
  campaignId: string;
  first: number | null;
  after: string | null;
}

interface MemberRow {
  id: string;
  campaign_id: string;
  lead_id: string | null;
  contact_id: string | null;
  status: CampaignMember['status'];
  has_responded: boolean;
  first_responded_at: Date | null;
  created_at: Date;
  updated_at: Date;
  cursor_at: string;
}

const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const INSTANT_PATTERN = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/;

/**
 * Loads the member pages of many campaigns with one query per distinct (first, after) pair:
 * a window function numbers each campaign's members in join order and keeps one page of each.
 * Cursors carry the join instant to the microsecond, so no member is skipped or repeated.
 */
export async function loadMemberPages(
  dataSource: DataSource,
  keys: readonly MemberPageKey[],
  countOf: (campaignId: string) => Promise<number>,
): Promise<CampaignMemberConnection[]> {
  const groups = new Map<string, MemberPageKey[]>();
  for (const key of keys) {
    const group = `${key.first ?? ''}|${key.after ?? ''}`;
    groups.set(group, [...(groups.get(group) ?? []), key]);
  }
  const pages = new Map<MemberPageKey, CampaignMemberConnection>();
  for (const group of groups.values()) {
    const { first, after } = group[0];
    const limit = pageSize(first);
    const cursor = after === null ? null : decodeCursor(after);
    const rows: MemberRow[] = await dataSource.query(
      `SELECT page.* FROM unnest($1::uuid[]) AS campaign (id)
       CROSS JOIN LATERAL (
         SELECT m.id, m.campaign_id, m.lead_id, m.contact_id, m.status, m.has_responded,
                m.first_responded_at, m.created_at, m.updated_at,
                to_char(m.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')
                  AS cursor_at
         FROM marketing.campaign_member m
         WHERE m.campaign_id = campaign.id
           AND ($2::timestamptz IS NULL OR (m.created_at, m.id) > ($2::timestamptz, $3::uuid))
         ORDER BY m.created_at, m.id
         LIMIT $4
       ) AS page`,
      [group.map((key) => key.campaignId), cursor?.at ?? null, cursor?.id ?? null, limit + 1],
    );
    const byCampaign = new Map<string, MemberRow[]>();
    for (const row of rows) {
      byCampaign.set(row.campaign_id, [...(byCampaign.get(row.campaign_id) ?? []), row]);
    }
    for (const key of group) {
      pages.set(
        key,
        toConnection(byCampaign.get(key.campaignId) ?? [], limit, after, () =>
          countOf(key.campaignId),
        ),
      );
    }
  }

  return keys.map((key) => pages.get(key) as CampaignMemberConnection);
}

function toConnection(
  rows: MemberRow[],
  limit: number,
  after: string | null,
  totalCount: () => Promise<number>,
): CampaignMemberConnection {
  const edges = rows.slice(0, limit).map((row) => ({
    cursor: Buffer.from(JSON.stringify([row.cursor_at, row.id])).toString('base64url'),
    node: toMember(row),
  }));

  return {
    edges,
    pageInfo: {
      hasNextPage: rows.length > limit,
      hasPreviousPage: after !== null,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
    totalCount,
  };
}

function toMember(row: MemberRow): CampaignMember {
  return {
    id: row.id,
    campaignId: row.campaign_id,
    leadId: row.lead_id,
    contactId: row.contact_id,
    status: row.status,
    hasResponded: row.has_responded,
    firstRespondedAt: row.first_responded_at,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

function decodeCursor(cursor: string): { at: string; id: string } {
  let decoded: unknown;
  try {
    decoded = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    decoded = undefined;
  }
  if (
    Array.isArray(decoded) &&
    decoded.length === 2 &&
    typeof decoded[0] === 'string' &&
    INSTANT_PATTERN.test(decoded[0]) &&
    !Number.isNaN(Date.parse(decoded[0])) &&
    typeof decoded[1] === 'string' &&
    UUID_PATTERN.test(decoded[1])
  ) {
    return { at: decoded[0], id: decoded[1] };
  }
  throw new ValidationError('after', 'after is not a cursor returned by this list');
}
