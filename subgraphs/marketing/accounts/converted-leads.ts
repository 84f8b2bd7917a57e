import type DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import type { PageRequest, SortKey } from '../../../platform/graphql/connection';
import { ParentConnectionLoader } from '../../../platform/graphql/parent-connections';
import type { Lead } from '../entities/lead.entity';
import { LeadConversionEntity, type LeadConversion } from '../entities/lead-conversion.entity';
import type { LeadConnection } from '../models';

/** Most recently converted first: by when the conversion completed, then by its id. */
export const CONVERTED_LEAD_SORT: SortKey = {
  property: 'completedAt',
  column: 'conversion.completed_at',
  idColumn: 'conversion.id',
  direction: 'DESC',
  kind: 'timestamp',
};

/** One account's page of converted leads, checked with `pageRequest(args, CONVERTED_LEAD_SORT)`. */
export type ConvertedLeadPages = (accountId: string, page: PageRequest) => Promise<LeadConnection>;

/**
 * The converted leads of accounts in one request: the leads whose COMPLETE conversion created the
 * account or attached its contact to it. A lead has one conversion that is not FAILED, so it
 * appears once. The pages of every account asked for with the same page arguments are read in
 * one statement, through the partial index on completed conversions by account; their leads come
 * from `leadById`, in one more for all of them.
 */
export function convertedLeadPages(
  dataSource: DataSource,
  leadById: DataLoader<string, Lead | null>,
): ConvertedLeadPages {
  const conversions = dataSource.getRepository(LeadConversionEntity);
  const loader = new ParentConnectionLoader<LeadConversion>({
    column: 'conversion.account_id',
    property: 'accountId',
  });

  return async (accountId, page) => {
    const connection = await loader.load(accountId, {
      query: conversions.createQueryBuilder('conversion').where("conversion.status = 'COMPLETE'"),
      sort: CONVERTED_LEAD_SORT,
      page,
    });
    // lead_conversion.lead_id references marketing.lead, whose rows are never deleted.
    const leads = await Promise.all(
      connection.edges.map((edge) => leadById.load(edge.node.leadId)),
    );

    return {
      ...connection,
      edges: connection.edges.map((edge, index) => ({
        cursor: edge.cursor,
        node: leads[index] as Lead,
      })),
    };
  };
}
