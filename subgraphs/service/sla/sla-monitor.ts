import { DataSource, type EntityManager } from 'typeorm';
import { appendOutboxEvent } from '../../../platform/events/outbox';
import type { Logger } from '../../../platform/logging/logger';
import type { SlaTargetKind } from '../entities/sla-target.entity';
import type { CasePriority, CaseStatus } from '../entities/support-case.entity';
import { SLA_TOPIC, type SlaEventKind, type SlaEventPayload } from './sla-event';

export interface SlaMonitorOptions {
  databaseUrl: string;
  /** Pause between two checks, in milliseconds. */
  intervalMs: number;
  logger: Logger;
}

/** Targets claimed per statement; a fuller backlog is worked off in further rounds at once. */
const BATCH_SIZE = 100;

interface ClaimedTarget {
  targetId: string;
  caseId: string;
  target: SlaTargetKind;
  dueAt: Date;
  metAt: Date | null;
  caseNumber: string;
  subject: string;
  status: CaseStatus;
  priority: CasePriority;
  accountId: string | null;
  contactId: string | null;
  ownerId: string;
  openedAt: Date;
}

const CLAIMED_COLUMNS = `
  t.id AS "targetId", t.case_id AS "caseId", t.target, t.due_at AS "dueAt", t.met_at AS "metAt",
  c.case_number AS "caseNumber", c.subject, c.status, c.priority, c.account_id AS "accountId",
  c.contact_id AS "contactId", c.owner_id AS "ownerId", c.opened_at AS "openedAt"`;

/*
 * Each claim locks the targets it takes and skips those another instance holds, so every
 * target is stamped, and its event recorded, by exactly one transaction. The candidate ids are
 * materialised so the locking scan runs once, whatever plan the UPDATE gets.
 */

/** Unmet targets past due, and targets met only after their due time, not yet reported. */
const CLAIM_BREACHES = `
  WITH due AS MATERIALIZED (
    SELECT id FROM service.sla_target
    WHERE breached_at IS NULL AND due_at <= now() AND (met_at IS NULL OR met_at > due_at)
    ORDER BY due_at
    LIMIT $1
    FOR UPDATE SKIP LOCKED
  )
  UPDATE service.sla_target AS t SET breached_at = now()
  FROM due, service.support_case AS c
  WHERE t.id = due.id AND c.id = t.case_id
  RETURNING ${CLAIMED_COLUMNS}`;

/** Unmet targets inside their warning window; one already past due gets a breach instead. */
const CLAIM_WARNINGS = `
  WITH due AS MATERIALIZED (
    SELECT id FROM service.sla_target
    WHERE met_at IS NULL AND warned_at IS NULL AND breached_at IS NULL
      AND warn_at <= now() AND due_at > now()
    ORDER BY warn_at
    LIMIT $1
    FOR UPDATE SKIP LOCKED
  )
  UPDATE service.sla_target AS t SET warned_at = now()
  FROM due, service.support_case AS c
  WHERE t.id = due.id AND c.id = t.case_id
  RETURNING ${CLAIMED_COLUMNS}`;

/**
 * Watches the SLA targets of all cases and records, in the outbox, one WARNING event when a
 * target enters its warning window and one BREACH event when it passes its due time unmet.
 * Any number of Service instances may run one; each event is recorded exactly once. Due and
 * warning times are compared with the database's `now()`, the clock case changes stamp their
 * SLA times with too (see `readSlaClock`).
 *
 * The monitor has its own two connections, so a busy request pool cannot delay a breach and
 * its statements do not count against the subgraph's.
 */
export class SlaMonitor {
  private timer: NodeJS.Timeout | null = null;
  private checking: Promise<void> | null = null;
  private stopped = false;
  private failing = false;

  private constructor(
    private readonly dataSource: DataSource,
    private readonly options: SlaMonitorOptions,
  ) {}

  /** Connects and starts checking at once, then every `intervalMs`. */
  static async start(options: SlaMonitorOptions): Promise<SlaMonitor> {
    const dataSource = new DataSource({
      type: 'postgres',
      url: options.databaseUrl,
      extra: { max: 2, application_name: 'crm-service-sla-monitor' },
    });
    await dataSource.initialize();
    const monitor = new SlaMonitor(dataSource, options);
    monitor.schedule(0);

    return monitor;
  }

  /** Stops checking, waits for a check under way to commit, and disconnects. */
  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer !== null) {
      clearTimeout(this.timer);
    }
    await this.checking;
    await this.dataSource.destroy();
  }

  private schedule(delayMs: number): void {
    if (this.stopped) {
      return;
    }
    this.timer = setTimeout(() => {
      this.checking = this.checkUntilCaughtUp()
        .then(() => this.recovered())
        .catch((error: unknown) => this.failed(error))
        .finally(() => {
          this.checking = null;
          this.schedule(this.options.intervalMs);
        });
    }, delayMs);
    this.timer.unref();
  }

  /** A full batch means more targets are due: they are claimed now, not an interval later. */
  private async checkUntilCaughtUp(): Promise<void> {
    let more = true;
    while (more && !this.stopped) {
      more = (await this.checkOnce()) === 'more';
    }
  }

  /** Claims due breaches and warnings and records their events, all in one transaction. */
  private checkOnce(): Promise<'more' | 'done'> {
    return this.dataSource.transaction(async (manager) => {
      const breaches = await claim(manager, CLAIM_BREACHES);
      const warnings = await claim(manager, CLAIM_WARNINGS);
      for (const claimed of breaches) {
        await appendOutboxEvent(manager, 'service', SLA_TOPIC, eventPayload('BREACH', claimed));
      }
      for (const claimed of warnings) {
        await appendOutboxEvent(manager, 'service', SLA_TOPIC, eventPayload('WARNING', claimed));
      }

      return breaches.length === BATCH_SIZE || warnings.length === BATCH_SIZE ? 'more' : 'done';
    });
  }

  private failed(error: unknown): void {
    if (!this.failing) {
      this.failing = true;
      this.options.logger.warn('SLA check failed; retrying', { error: String(error) });
    }
  }

  private recovered(): void {
    if (this.failing) {
      this.failing = false;
      this.options.logger.info('SLA checks recovered');
    }
  }
}

async function claim(manager: EntityManager, sql: string): Promise<ClaimedTarget[]> {
  const [rows]: [ClaimedTarget[], number] = await manager.query(sql, [BATCH_SIZE]);

  return rows.sort((a, b) => a.dueAt.getTime() - b.dueAt.getTime());
}

function eventPayload(kind: SlaEventKind, claimed: ClaimedTarget): SlaEventPayload {
  return {
    kind,
    caseId: claimed.caseId,
    targetId: claimed.targetId,
    target: claimed.target,
    dueAt: claimed.dueAt.toISOString(),
    metAt: claimed.metAt?.toISOString() ?? null,
    caseSnapshot: {
      id: claimed.caseId,
      caseNumber: claimed.caseNumber,
      subject: claimed.subject,
      status: claimed.status,
      priority: claimed.priority,
      accountId: claimed.accountId,
      contactId: claimed.contactId,
      ownerId: claimed.ownerId,
      openedAt: claimed.openedAt.toISOString(),
    },
  };
}
