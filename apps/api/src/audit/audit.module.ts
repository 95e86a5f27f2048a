import { Global, Inject, Injectable, Logger, Module, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import { AuditAnchor, AuditTrail, AuditStoreErrorCode, type AuditHmac } from '@medlocal/audit';
import type { DataSource } from 'typeorm';
import { registerErrorStatuses } from '../common/errors';
import { APP_CONFIG, type AppConfig } from '../config';
import { DATA_SOURCE } from '../database/database.tokens';
import { StatusRegistry } from '../status/status.registry';
import { AuditGate } from './audit-gate';
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
  ) {}

  onModuleInit(): void {
    this.anchor.start();
    this.status.register({
      contribute: async () => ({ audit: { available: this.trail.isAvailable(), hmacKeyId: this.hmac.currentKeyId } }),
    });
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
    AuditLifecycle,
  ],
  exports: [AUDIT_RECORDER, AuditRecorderService, AUDIT_TRAIL, AUDIT_HMAC, AUDIT_ANCHOR, AuditGate],
})
export class AuditModule {}
