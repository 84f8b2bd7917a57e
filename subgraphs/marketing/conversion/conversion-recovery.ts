import type { ConversionContext } from './conversion-context';
import { driveConversion } from './conversion-steps';

/**
 * Finishes conversions left PENDING: by a crash between steps, or by a subgraph that could not
 * be reached. It runs once when the subgraph starts and then at a fixed interval, each time
 * attempting every PENDING conversion whose next attempt is due (see retry-policy.ts); on the
 * interval it leaves alone conversions touched within the last interval, which a request is
 * most likely still driving. Every step being idempotent, driving one twice is harmless.
 */
export class ConversionRecovery {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  private closed = false;

  constructor(
    private readonly context: ConversionContext,
    private readonly intervalMs: number,
  ) {}

  start(): void {
    void this.resume(0);
    this.timer = setInterval(() => void this.resume(this.intervalMs), this.intervalMs);
    this.timer.unref();
  }

  /** Drives every due PENDING conversion untouched for `minAgeMs`, one after another. */
  resume(minAgeMs: number): Promise<void> {
    this.running ??= this.resumeAll(minAgeMs).finally(() => {
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

  private async resumeAll(minAgeMs: number): Promise<void> {
    const { dataSource, logger, inFlight } = this.context;
    let pending: { id: string }[];
    try {
      pending = await dataSource.query(
        `SELECT id FROM marketing.lead_conversion
         WHERE status = 'PENDING' AND updated_at <= now() - make_interval(secs => $1)
           AND (next_attempt_at IS NULL OR next_attempt_at <= now())
         ORDER BY created_at`,
        [minAgeMs / 1000],
      );
    } catch (error) {
      logger.warn('pending conversions could not be read', { error: String(error) });

      return;
    }
    for (const { id } of pending) {
      if (this.closed) {
        return;
      }
      if (inFlight.has(id)) {
        continue;
      }
      try {
        const conversion = await driveConversion(this.context, id);
        logger.info('pending conversion attempted', {
          conversionId: id,
          status: conversion.status,
          attempts: conversion.attempts,
        });
      } catch (error) {
        logger.warn('pending conversion attempt failed', {
          conversionId: id,
          error: String(error),
        });
      }
    }
  }
}
