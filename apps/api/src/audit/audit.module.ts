import { Global, Inject, Injectable, Logger, Module, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import { AuditAnchor, AuditTrail, AuditStoreErrorCode, type AuditHmac } from '@medlocal/audit';
import type { DataSource } from 'typeorm';
import { registerErrorStatuses } from '../common/errors';
import { APP_CONFIG, type AppConfig } from '../config';
import { DATA_SOURCE } from '../database/database.tokens';
import { StatusRegistry } from '../status/status.registry';
import { AuditController } from './audit.controller';
import { AuditEventsService } from './audit-events.service';
import { AuditGate } from './audit-gate';
import { AuditMaintenanceService } from './audit-maintenance.service';
import { AuditScopeErrorCode } from './audit-scope.util';
import { AuditVerificationService } from './audit-verification.service';
import { DeidPreviewErrorCode, DeidPreviewService } from './deid-preview.service';
import { loadAuditHmacForApp } from './audit-hmac.factory';
import { AUDIT_RECORDER } from './audit-recorder.port';
import { AuditRecorderService } from './audit-recorder.service';
import { AUDIT_ANCHOR, AUDIT_HMAC, AUDIT_TRAIL } from './audit.tokens';

registerErrorStatuses({
  [AuditStoreErrorCode.Unavailable]: 503,
  [AuditStoreErrorCode.SummaryRejected]: 500,
  [AuditStoreErrorCode.EventRejected]: 500,
  [AuditStoreErrorCode.Closed]: 503,
  [AuditStoreErrorCode.WriteFailed]: 503,
  [AuditStoreErrorCode.QueryRejected]: 400,
  [AuditScopeErrorCode.OutOfScope]: 403,
  [DeidPreviewErrorCode.TooLarge]: 413,
});

const ANCHOR_INTERVAL_MS = 60_000;

@Injectable()
class AuditLifecycle implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger('Audit');

  constructor(
    @Inject(AUDIT_TRAIL) private readonly trail: AuditTrail,
    @Inject(AUDIT_ANCHOR) private readonly anchor: AuditAnchor,
    @Inject(AUDIT_HMAC) private readonly hmac: AuditHmac,
    private readonly status: StatusRegistry,
    private readonly verification: AuditVerificationService,
  ) {}

  onModuleInit(): void {
    this.anchor.start();
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
    // The last chain head goes to the anchor file before the trail and the database close.
    await this.anchor.anchorNow().catch((error: unknown) => this.logger.warn(`Final audit anchor not written: ${String(error)}`));
    await this.anchor.stop();
    await this.trail.close();
  }
}

/** The tamper-evident audit trail (libs/audit) inside the API, and the port other modules write to. */
@Global()
@Module({
  controllers: [AuditController],
  providers: [
    { provide: AUDIT_HMAC, inject: [APP_CONFIG], useFactory: (config: AppConfig) => loadAuditHmacForApp(config) },
    { provide: AUDIT_TRAIL, inject: [DATA_SOURCE], useFactory: (dataSource: DataSource) => new AuditTrail({ dataSource }) },
    {
      provide: AUDIT_ANCHOR,
      inject: [DATA_SOURCE, APP_CONFIG],
      useFactory: (dataSource: DataSource, config: AppConfig) =>
        new AuditAnchor({ dataSource, path: config.audit.anchorFile, intervalMs: ANCHOR_INTERVAL_MS }),
    },
    AuditRecorderService,
    { provide: AUDIT_RECORDER, useExisting: AuditRecorderService },
    AuditGate,
    AuditEventsService,
    AuditVerificationService,
    DeidPreviewService,
    AuditMaintenanceService,
    AuditLifecycle,
  ],
  exports: [AUDIT_RECORDER, AuditRecorderService, AUDIT_TRAIL, AUDIT_HMAC, AUDIT_ANCHOR, AuditGate, AuditVerificationService, AuditMaintenanceService],
})
export class AuditModule {}
