import type { DataSource } from 'typeorm';
import { loadConnection, type SortKey } from '../../../platform/graphql/connection';
import { optionalId } from '../../../platform/graphql/input-validation';
import { CampaignEntity } from '../entities/campaign.entity';
import type { QueryCampaignsArgs } from '../generated/resolvers-types';
import type { CampaignConnection } from '../models';
import { escapeLike } from '../../../platform/database/like-pattern';

const CAMPAIGN_SORT: Record<string, Omit<SortKey, 'direction'>> = {
  NAME: { property: 'name', column: 'campaign.name', idColumn: 'campaign.id', kind: 'text' },
  CREATED_AT: {
    property: 'createdAt',
    column: 'campaign.created_at',
    idColumn: 'campaign.id',
    kind: 'timestamp',
  },
};

/** One page of campaigns matching the filter, by name unless `orderBy` says otherwise. */
export function listCampaigns(
  dataSource: DataSource,
  args: QueryCampaignsArgs,
): Promise<CampaignConnection> {
  const filter = args.filter ?? {};
  const query = dataSource.getRepository(CampaignEntity).createQueryBuilder('campaign');
  if (filter.status) {
    query.andWhere('campaign.status = :status', { status: filter.status });
  }
  if (filter.channel) {
    query.andWhere('campaign.channel = :channel', { channel: filter.channel });
  }
  const parentId = optionalId(filter.parentId, 'filter.parentId');
  if (parentId !== null) {
    query.andWhere('campaign.parent_id = :parentId', { parentId });
  }
  if (filter.nameContains) {
    query.andWhere('campaign.name ILIKE :name', { name: `%${escapeLike(filter.nameContains)}%` });
  }
  const order = args.orderBy ?? { field: 'NAME', direction: 'ASC' };

  return loadConnection(
    query,
    { ...CAMPAIGN_SORT[order.field], direction: order.direction ?? 'ASC' },
    args,
  );
}
