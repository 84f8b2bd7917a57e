import DataLoader from 'dataloader';
import { In, type DataSource } from 'typeorm';
import { groupBy, indexBy } from '../../platform/database/batch';
import { ParentConnectionLoader } from '../../platform/graphql/parent-connections';
import { SlaTargetEntity } from './entities/sla-target.entity';
import { SupportCaseEntity, type SupportCase } from './entities/support-case.entity';
import type { SlaTarget } from './models';
import { OPEN_STATUSES } from './services/case-status';

/** Per-request DataLoaders of the Service subgraph; each turns N lookups into one query. */
export interface ServiceLoaders {
  caseById: DataLoader<string, SupportCase | null>;
  /** `Account.cases` pages, per account. */
  casesOfAccount: ParentConnectionLoader<SupportCase>;
  openCaseCountByAccountId: DataLoader<string, number>;
  /** SLA targets of each case, oldest first, with the database clock they were read at. */
  slaTargetsByCaseId: DataLoader<string, SlaTarget[]>;
}

/** Builds the loaders of one request, so nothing is cached from one request to the next. */
export function createServiceLoaders(dataSource: DataSource): ServiceLoaders {
  const cases = dataSource.getRepository(SupportCaseEntity);
  const slaTargets = dataSource.getRepository(SlaTargetEntity);

  return {
    caseById: new DataLoader(async (ids) =>
      indexBy(await cases.findBy({ id: In([...ids]) }), ids, (supportCase) => supportCase.id),
    ),
    casesOfAccount: new ParentConnectionLoader<SupportCase>({
      column: 'support_case.account_id',
      property: 'accountId',
    }),
    openCaseCountByAccountId: new DataLoader(async (accountIds) => {
      const rows: { accountId: string; openCases: number }[] = await cases
        .createQueryBuilder('support_case')
        .select('support_case.account_id', 'accountId')
        .addSelect('count(*)::int', 'openCases')
        .where('support_case.account_id IN (:...accountIds)', { accountIds })
        .andWhere('support_case.status IN (:...openStatuses)', { openStatuses: OPEN_STATUSES })
        .groupBy('support_case.account_id')
        .getRawMany();
      const counts = new Map(rows.map((row) => [row.accountId, row.openCases]));

      return accountIds.map((accountId) => counts.get(accountId) ?? 0);
    }),
    // The statement's own start time, the same for every row, is when the targets are observed.
    slaTargetsByCaseId: new DataLoader(async (caseIds) => {
      const { entities, raw } = await slaTargets
        .createQueryBuilder('target')
        .addSelect('statement_timestamp()', 'observedAt')
        .where('target.caseId IN (:...caseIds)', { caseIds })
        .orderBy('target.createdAt', 'ASC')
        .addOrderBy('target.kind', 'ASC')
        .addOrderBy('target.id', 'ASC')
        .getRawAndEntities<{ observedAt: Date }>();
      const observed = entities.map((target) => ({ ...target, observedAt: raw[0].observedAt }));

      return groupBy(observed, caseIds, (target) => target.caseId);
    }),
  };
}
