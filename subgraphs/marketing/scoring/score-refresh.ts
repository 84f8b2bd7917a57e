import type { DataSource } from 'typeorm';
import type { Logger } from '../../../platform/logging/logger';
import { recomputeScores } from './score-recompute';

/** Leads rescored per transaction, so that no refresh holds many leads locked for long. */
const CHUNK = 1000;

/**
 * Engagement points decay with time although nothing is written, so the scores of leads with
 * activities are recomputed at a fixed interval. Scores are stored, not computed on read, so
 * that lists filtered or ordered by score page consistently; `scoredAt` tells how fresh each is.
 */
export class ScoreRefresh {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  private closed = false;

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
    this.running ??= this.refreshAll()
      .catch((error: unknown) => this.logger.warn('score refresh failed', { error: String(error) }))
      .finally(() => {
        this.running = null;
      });

    return this.running;
  }

  async close(): Promise<void> {
    this.closed = true;
    if (this.timer !== null) {
      clearInterval(this.timer);
    }
    await this.running;
  }

  private async refreshAll(): Promise<void> {
    let after = '00000000-0000-0000-0000-000000000000';
    while (!this.closed) {
      const rows: { lead_id: string }[] = await this.dataSource.query(
        `SELECT DISTINCT lead_id FROM marketing.lead_activity
         WHERE lead_id > $1 ORDER BY lead_id LIMIT ${CHUNK}`,
        [after],
      );
      if (rows.length === 0) {
        return;
      }
      const leadIds = rows.map((row) => row.lead_id);
      await this.dataSource.transaction((manager) => recomputeScores(manager, { leadIds }));
      after = leadIds[leadIds.length - 1];
    }
  }
}
