import type { DataSource } from 'typeorm';
import type { Connection, PageRequest, SortKey } from '../../../platform/graphql/connection';
import { ParentConnectionLoader } from '../../../platform/graphql/parent-connections';
import { CampaignMemberEntity, type CampaignMember } from '../entities/campaign-member.entity';

/**
 * Members in the order they joined their campaign. Cursors carry the join instant to the
 * microsecond, so no member is skipped or repeated.
 */
export const MEMBER_SORT: SortKey = {
  property: 'createdAt',
  column: 'member.created_at',
  idColumn: 'member.id',
  direction: 'ASC',
  kind: 'timestamp',
};

/** One campaign's page of members, checked with `pageRequest(args, MEMBER_SORT)`. */
export type MemberPages = (
  campaignId: string,
  page: PageRequest,
) => Promise<Connection<CampaignMember>>;

/**
 * The member pages of one request: the pages of every campaign asked for with the same page
 * arguments are read in one statement (through the index on campaign, join time and id).
 */
export function memberPages(dataSource: DataSource): MemberPages {
  const members = dataSource.getRepository(CampaignMemberEntity);
  const loader = new ParentConnectionLoader<CampaignMember>({
    column: 'member.campaign_id',
    property: 'campaignId',
  });

  return (campaignId, page) =>
    loader.load(campaignId, {
      query: members.createQueryBuilder('member'),
      sort: MEMBER_SORT,
      page,
    });
}
