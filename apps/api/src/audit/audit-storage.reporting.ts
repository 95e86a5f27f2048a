import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { HealthIndicatorService } from '@nestjs/terminus';
import type { AuditAnchor, AuditSpool, AuditTrail } from '@medlocal/audit';
import { HealthRegistry } from '../reporting/health.registry';
import { StatusRegistry } from '../reporting/status.registry';
import { AUDIT_ANCHOR, AUDIT_SPOOL, AUDIT_TRAIL } from './audit.tokens';

/**
 * The audit trail's files outside the database — the anchor file and the outage journal — in
 * `GET /api/health` and `GET /api/status`: a failing write (read-only folder, disk full, I/O error)
 * fails health with its path and cause and clears by itself once a write succeeds again.
 */
@Injectable()
export class AuditStorageReporting implements OnModuleInit {
  constructor(
    @Inject(AUDIT_ANCHOR) private readonly anchor: AuditAnchor,
    @Inject(AUDIT_SPOOL) private readonly spool: AuditSpool,
    @Inject(AUDIT_TRAIL) private readonly trail: AuditTrail,
    private readonly health: HealthRegistry,
    private readonly status: StatusRegistry,
    private readonly indicators: HealthIndicatorService,
  ) {}

  onModuleInit(): void {
    this.health.register(async () => {
      const indicator = this.indicators.check('auditStorage');
      const problem = this.problem();
      return problem ? indicator.down({ message: problem }) : indicator.up();
    });
    this.status.register({ contribute: async () => ({ auditStorage: this.snapshot() }) });
  }

  snapshot() {
    const anchor = this.anchor.health();
    const spool = this.spool.health();
    return {
      ok: this.problem() === null,
      anchor: {
        ok: anchor.ok,
        path: anchor.path,
        lastAnchoredId: anchor.lastAnchoredId,
        lastAnchoredAt: anchor.lastAnchoredAt,
        ...(anchor.ok ? {} : { code: anchor.code, cause: anchor.cause, failingSince: anchor.failingSince }),
      },
      spool: {
        ok: spool.ok && this.spool.rejected() === null,
        path: spool.path,
        pending: this.trail.spooledCount(),
        ...(spool.ok ? {} : { code: spool.code, cause: spool.cause }),
        ...(this.spool.rejected() ? { rejectedJournal: this.spool.rejected()?.movedTo } : {}),
      },
    };
  }

  private problem(): string | null {
    const anchor = this.anchor.health();
    if (!anchor.ok) return `audit anchor file not writable: ${anchor.path}: ${anchor.code ?? ''} ${anchor.cause ?? ''}`.trim();
    const spool = this.spool.health();
    if (!spool.ok) return `audit spool not writable: ${spool.path}: ${spool.code ?? ''} ${spool.cause ?? ''}`.trim();
    const rejected = this.spool.rejected();
    if (rejected) return `audit spool failed its integrity check and was moved aside: ${rejected.movedTo}`;
    return null;
  }
}
