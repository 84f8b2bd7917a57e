import type { DataSource } from 'typeorm';
import type { Logger } from '../../../platform/logging/logger';
import { recomputeScores } from './score-recompute';

/**
 * Engagement points decay with time although nothing is written, so the scores of leads with
 * activities are recomputed at a fixed interval. Scores are stored, not computed on read, so
 * that lists filtered or ordered by score page consistently; `scoredAt` tells how fresh each is.
 */
export class ScoreRefresh {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;

  constructor(
    private readonly dataSource: DataSource,
    private readonly intervalMs: number,
    private readonly logger: Logger,
  ) {}

  start(): void {
    this.timer = setInterval(() => void this.refresh(), this.intervalMs);
    this.timer.unref();
  }

  /** Recomputes the score of every lead with an activity, unless a refresh is under way. */
  refresh(): Promise<void> {
    this.running ??= this.dataSource
      .transaction((manager) => recomputeScores(manager, 'engaged'))
      .catch((error: unknown) => this.logger.warn('score refresh failed', { error: String(error) }))
      .finally(() => {
        this.running = null;
      });

    return this.running;
  }

  async close(): Promise<void> {
    if (this.timer !== null) {
      clearInterval(this.timer);
    }
    await this.running;
  }
}
