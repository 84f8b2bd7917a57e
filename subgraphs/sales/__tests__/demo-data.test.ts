import type { DataSource } from 'typeorm';
import { openSubgraphDataSource } from '../../../platform/database/subgraph-data-source';
import { DEMO_OWNERS, DEMO_SIZE, demoAccountId } from '../../../platform/demo/demo-ids';
import { createTestDatabase, type TestDatabase } from '../../../test/support/test-database';
import { testLogger } from '../../../test/support/silent-logger';
import { salesDatabase } from '../database';
import { OpportunityEntity } from '../entities/opportunity.entity';
import { StageEntity } from '../entities/stage.entity';
import { toSnapshot } from '../events/opportunity-snapshot';
import type { PipelineEventPayload } from '../events/pipeline-event-payload';
import { seedSalesDemoData } from '../seed/demo-data';

let database: TestDatabase;
let dataSource: DataSource;

beforeAll(async () => {
  database = await createTestDatabase();
  ({ dataSource } = await openSubgraphDataSource({
    url: database.url,
    ...salesDatabase,
    logger: testLogger,
  }));
});

afterAll(async () => {
  await dataSource.destroy();
  await database.drop();
});

interface DemoRow {
  id: string;
  account_id: string;
  amount: string;
  owner_id: string;
  stage: string;
  close_date: string;
  is_closed: boolean;
  closed_at: Date | null;
  probability: number;
  default_probability: number;
}

async function demoRows(): Promise<DemoRow[]> {
  return dataSource.query(
    `SELECT o.id, o.account_id, o.amount::text AS amount, o.owner_id, s.name AS stage,
            o.close_date::text AS close_date, o.is_closed, o.closed_at, o.probability,
            s.default_probability
       FROM sales.opportunity o JOIN sales.stage s ON s.id = o.stage_id`,
  );
}

describe('Sales demo data', () => {
  it('fills an empty schema with varied opportunities of the demo accounts', async () => {
    await seedSalesDemoData(dataSource);
    const rows = await demoRows();
    const accountIds = new Set(
      Array.from({ length: DEMO_SIZE.accounts }, (_, n) => demoAccountId(n)),
    );
    const today = new Date().toISOString().slice(0, 10);
    const inAYear = new Date(Date.now() + 366 * 86_400_000).toISOString().slice(0, 10);

    expect(rows).toHaveLength(DEMO_SIZE.opportunities);
    expect(rows.every((row) => accountIds.has(row.account_id))).toBe(true);
    expect(rows.every((row) => DEMO_OWNERS.includes(row.owner_id))).toBe(true);
    expect(rows.every((row) => /^\d+\.\d{2}$/.test(row.amount))).toBe(true);
    expect(new Set(rows.map((row) => row.stage)).size).toBe(10);
    expect(rows.every((row) => row.probability === row.default_probability)).toBe(true);
    expect(rows.every((row) => (row.closed_at !== null) === row.is_closed)).toBe(true);
    expect(rows.some((row) => row.close_date < today)).toBe(true);
    expect(rows.some((row) => row.close_date > today)).toBe(true);
    expect(rows.every((row) => row.close_date <= inAYear)).toBe(true);
    expect(rows.filter((row) => row.is_closed).every((row) => row.close_date < today)).toBe(true);
  });

  it('announces every demo opportunity with a CREATED pipeline event of its snapshot', async () => {
    const events: PipelineEventPayload[] = (
      await dataSource.query(
        `SELECT payload FROM sales.outbox_event WHERE topic = 'pipeline' ORDER BY id`,
      )
    ).map((row: { payload: unknown }) => row.payload);
    const opportunities = await dataSource.getRepository(OpportunityEntity).find();
    const stages = new Map(
      (await dataSource.getRepository(StageEntity).find()).map((stage) => [stage.id, stage]),
    );
    const snapshots = new Map(
      opportunities.map((row) => [row.id, toSnapshot(row, stages.get(row.stageId)!)]),
    );

    expect(events).toHaveLength(DEMO_SIZE.opportunities);
    expect(events.every((event) => event.kind === 'CREATED')).toBe(true);
    expect(events.every((event) => event.previous === null)).toBe(true);
    for (const event of events) {
      expect(event.opportunity).toEqual(snapshots.get(event.opportunity.id));
    }
    expect(events.some((event) => event.opportunity.campaignId !== null)).toBe(true);
  });

  it('does nothing when opportunities already exist', async () => {
    const before = await demoRows();

    await seedSalesDemoData(dataSource);

    expect(await demoRows()).toHaveLength(before.length);
  });

  it('inserts the same opportunities on every run', async () => {
    const byId = (rows: DemoRow[]) => [...rows].sort((a, b) => a.id.localeCompare(b.id));
    const before = byId(await demoRows());

    await dataSource.query('DELETE FROM sales.opportunity');
    await seedSalesDemoData(dataSource);

    expect(byId(await demoRows())).toEqual(before);
  });
});
