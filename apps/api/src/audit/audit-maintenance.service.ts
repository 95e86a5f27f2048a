import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { AuditRetention, ensureAuditPartitions, type AuditAnchor, type AuditPurgeResult, type AuditTrail } from '@medlocal/audit';
import type { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../config';
import { DATA_SOURCE } from '../database/database.tokens';
import { AUDIT_ANCHOR, AUDIT_TRAIL } from './audit.tokens';

/** First run a little after start, so it never competes with boot; then once a day. */
export const AUDIT_MAINTENANCE_FIRST_RUN_MS = 60_000;
export const AUDIT_MAINTENANCE_INTERVAL_MS = 86_400_000;
/** Partitions are opened this many months ahead, so a month never starts without one. */
const PARTITION_MONTHS_AHEAD = 2;

export interface AuditMaintenanceRun {
  readonly partitionsEnsured: readonly string[];
  readonly purge: AuditPurgeResult;
}

/**
 * Daily upkeep of the trail: monthly partitions opened ahead and retention applied (whole expired
 * months dropped; the library records `audit.purge`; each checkpoint is anchored outside the
 * database). Under the application role (which may neither drop tables nor write checkpoints) the
 * purge fails and is logged; run it under the owner then, with the same anchor file.
 */
@Injectable()
export class AuditMaintenanceService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('AuditMaintenance');
  private readonly retention: AuditRetention;
  private readonly timers: NodeJS.Timeout[] = [];
  private running: Promise<AuditMaintenanceRun> | null = null;

  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(AUDIT_TRAIL) trail: AuditTrail,
    @Inject(APP_CONFIG) config: AppConfig,
    @Inject(AUDIT_ANCHOR) anchor: AuditAnchor,
  ) {
    this.retention = new AuditRetention({
      dataSource,
      trail,
      retentionDays: config.audit.retentionDays,
      allowShortRetention: config.audit.allowShortRetention,
      anchor,
    });
  }

  onApplicationBootstrap(): void {
    // unref: a pending upkeep run never keeps the process alive on its own.
    this.timers.push(setTimeout(() => this.runScheduled(), AUDIT_MAINTENANCE_FIRST_RUN_MS).unref());
    this.timers.push(setInterval(() => this.runScheduled(), AUDIT_MAINTENANCE_INTERVAL_MS).unref());
  }

  async onApplicationShutdown(): Promise<void> {
    for (const timer of this.timers) clearTimeout(timer);
    await this.running?.catch(() => undefined);
  }

  /** One upkeep pass; overlapping calls share it. */
  runOnce(now: Date = new Date()): Promise<AuditMaintenanceRun> {
    this.running ??= this.run(now).finally(() => {
      this.running = null;
    });
    return this.running;
  }

  private async run(now: Date): Promise<AuditMaintenanceRun> {
    const partitionsEnsured = await ensureAuditPartitions(this.dataSource, { at: now, monthsAhead: PARTITION_MONTHS_AHEAD });
    const purge = await this.retention.purgeExpired(now);
    if (purge.partitionsDropped.length > 0) {
      this.logger.log({ partitionsDropped: purge.partitionsDropped, lastPurgedId: purge.lastPurgedId }, 'Expired audit partitions dropped');
    }
    return { partitionsEnsured, purge };
  }

  private runScheduled(): void {
    this.runOnce().catch((error: unknown) => {
      const code = (error as { code?: unknown } | null)?.code;
      this.logger.error(`Audit upkeep (partitions, retention) failed: ${typeof code === 'string' ? code : error instanceof Error ? error.message : 'unknown'}`);
    });
  }
}
