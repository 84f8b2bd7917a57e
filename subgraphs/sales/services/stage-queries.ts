import type { DataSource, EntityManager } from 'typeorm';
import { StageEntity, type Stage } from '../entities/stage.entity';

/** Every stage in sales-process order. */
export function listStages(dataSource: DataSource): Promise<Stage[]> {
  return dataSource.getRepository(StageEntity).find({ order: { sortOrder: 'ASC' } });
}

/** The stage with exactly this name, or null. */
export function findStageByName(manager: EntityManager, name: string): Promise<Stage | null> {
  return manager.getRepository(StageEntity).findOneBy({ name });
}

/** The stage with this id, or null. */
export function findStageById(manager: EntityManager, id: string): Promise<Stage | null> {
  return manager.getRepository(StageEntity).findOneBy({ id });
}
