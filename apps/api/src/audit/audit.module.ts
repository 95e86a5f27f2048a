import { Inject, Injectable, Logger, Module, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import { AuditAnchor, AuditSpool, AuditTrail, type AuditHmac } from '@medlocal/audit';
import type { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../config';
import { DATA_SOURCE } from '../database/database.tokens';
import { ReportingModule } from '../reporting/reporting.module';
import { StatusRegistry } from '../reporting/status.registry';
import { AuditController } from './audit.controller';
import { AuditEventsService } from './audit-events.service';
import { AuditGate } from './audit-gate';
import { AuditMaintenanceService } from './audit-maintenance.service';
import { AuditPeopleService } from './audit-people.service';
import { AuditVerificationService } from './audit-verification.service';
import { DeidPreviewService } from './deid-preview.service';
import { loadAuditHmacForApp } from './audit-hmac.factory';
import { AUDIT_RECORDER } from '../common/audit/audit-recorder.port';
import { AuditRecorderService } from './audit-recorder.service';
import { AuditStorageReporting } from './audit-storage.reporting';
import { AUDIT_ANCHOR, AUDIT_HMAC, AUDIT_SPOOL, AUDIT_TRAIL } from './audit.tokens';

const ANCHOR_INTERVAL_MS = 60_000;

@Injectable()
class AuditLifecycle implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger('Audit');

  constructor(
    @Inject(AUDIT_TRAIL) private readonly trail: AuditTrail,
    @Inject(AUDIT_ANCHOR) private readonly anchor: AuditAnchor,
    @Inject(AUDIT_SPOOL) private readonly spool: AuditSpool,
    @Inject(AUDIT_HMAC) private readonly hmac: AuditHmac,
    private readonly status: StatusRegistry,
    private readonly verification: AuditVerificationService,
  ) {}

  onModuleInit(): void {
    this.anchor.start();
    const rejected = this.spool.rejected();
    if (rejected) {
      this.logger.error(`Audit spool ${rejected.movedTo} failed its integrity check at line ${rejected.firstBadLine}: not replayed, kept for investigation`);
      this.trail
        .record({
          actor: { userId: 'system', username: 'medlocal', role: 'system', department: null },
          action: 'audit.spool_rejected',
          outcome: 'failure',
          summary: { eventCount: rejected.lines, reasonCode: 'mac_mismatch' },
        })
        .catch((error: unknown) => this.logger.error(`audit.spool_rejected not recorded: ${String(error)}`));
    }
    // A journal an earlier run left (the database was away when it stopped) goes in first, in order.
    if (this.trail.spooledCount() > 0) {
      this.logger.warn(`Replaying ${this.trail.spooledCount()} audit events journalled while the database was unreachable`);
      this.trail.replayPending().catch((error: unknown) => this.logger.error(`Audit spool replay failed: ${String(error)}`));
    }
    this.status.register({
      contribute: async () => ({
        audit: { available: this.trail.isAvailable(), hmacKeyId: this.hmac.currentKeyId, lastVerify: this.lastVerifySummary() },
      }),
    });
  }

  /** The last verification anyone ran (none is started for the status bar: a walk can take a while). */
  private lastVerifySummary(): { ok: boolean; checked: number; firstBrokenId: number | null; anchorsOk: boolean; at: string } | null {
    const last = this.verification.lastResult();
    return last && { ok: last.ok, checked: last.checked, firstBrokenId: last.firstBrokenId, anchorsOk: last.anchors.ok, at: last.verifiedAt };
  }

  async onApplicationShutdown(): Promise<void> {
    // Queued events commit (each commit anchors itself) or go to the journal; then a last anchor, before the database closes.
    await this.trail.close();
    await this.anchor.stop().catch((error: unknown) => this.logger.warn(`Final audit anchor not written: ${String(error)}`));
    await this.spool.close();
  }
}

/** The tamper-evident audit trail (libs/audit) inside the API, and the port other modules write to. */
@Module({
  imports: [ReportingModule],
  controllers: [AuditController],
  providers: [
    { provide: AUDIT_HMAC, inject: [APP_CONFIG], useFactory: (config: AppConfig) => loadAuditHmacForApp(config) },
    {
      provide: AUDIT_SPOOL,
      inject: [APP_CONFIG, AUDIT_HMAC],
      useFactory: async (config: AppConfig, hmac: AuditHmac) => {
        const spool = new AuditSpool({ path: config.audit.spoolFile, hmac });
        await spool.open();
        return spool;
      },
    },
    {
      provide: AUDIT_ANCHOR,
      inject: [DATA_SOURCE, APP_CONFIG],
      useFactory: (dataSource: DataSource, config: AppConfig) => {
        const logger = new Logger('Audit');
        return new AuditAnchor({
          dataSource,
          path: config.audit.anchorFile,
          intervalMs: ANCHOR_INTERVAL_MS,
          onError: (_error, health) =>
            logger.error(`Audit anchor not written to ${health.path}: ${health.code ?? ''} ${health.cause ?? ''} (retrying; health fails until it is written)`),
          onRecovered: (health) => logger.log(`Audit anchor writable again: ${health.path} (head ${health.lastAnchoredId ?? 'none'} anchored)`),
        });
      },
    },
    {
      provide: AUDIT_TRAIL,
      inject: [DATA_SOURCE, AUDIT_ANCHOR, AUDIT_SPOOL, APP_CONFIG],
      useFactory: (dataSource: DataSource, anchor: AuditAnchor, spool: AuditSpool, config: AppConfig) => {
        const logger = new Logger('Audit');
        return new AuditTrail({
          dataSource,
          anchor,
          spool,
          commitRetryMs: config.audit.commitRetryMs,
          onSpoolError: (error) => logger.error(`Audit spool: ${error instanceof Error ? error.message : String(error)}`),
        });
      },
    },
    AuditRecorderService,
    AuditStorageReporting,
    { provide: AUDIT_RECORDER, useExisting: AuditRecorderService },
    AuditGate,
    AuditEventsService,
    AuditPeopleService,
    AuditVerificationService,
    DeidPreviewService,
    AuditMaintenanceService,
    AuditLifecycle,
  ],
  exports: [
    AUDIT_RECORDER,
    AUDIT_TRAIL,
    AUDIT_HMAC,
    AUDIT_ANCHOR,
    AUDIT_SPOOL,
    AuditStorageReporting,
    AuditGate,
    AuditVerificationService,
    AuditMaintenanceService,
  ],
})
export class AuditModule {}
