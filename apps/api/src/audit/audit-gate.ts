import { Inject, Injectable } from '@nestjs/common';
import type { AuditTrail } from '@medlocal/audit';
import type { DatabaseTarget } from '@medlocal/database';
import { DomainError } from '../common/errors';
import { DATABASE_TARGET } from '../database/database.tokens';
import { AUDIT_TRAIL } from './audit.tokens';

/**
 * MedLocal answers no question it cannot audit: while the audit store is unreachable, or the
 * embedded database reports a storage fault (disk full, read-only, frozen), new questions get 503
 * "audit unavailable" before anything is written or generated; service resumes by itself once the
 * trail's probe succeeds and the fault clears.
 */
@Injectable()
export class AuditGate {
  constructor(
    @Inject(AUDIT_TRAIL) private readonly trail: AuditTrail,
    @Inject(DATABASE_TARGET) private readonly target: DatabaseTarget,
  ) {}

  async assertAvailable(): Promise<void> {
    const fault = this.target.storageFault?.() ?? null;
    if (fault) {
      throw new DomainError(
        'AUDIT_UNAVAILABLE',
        `audit unavailable: the database's storage has a fault (${fault.code}); questions are paused until it clears`,
        {
          retryAfterSeconds: 5,
        },
      );
    }
    if (this.trail.isAvailable()) return;
    if (await this.trail.probe().catch(() => false)) return;
    throw new DomainError('AUDIT_UNAVAILABLE', 'audit unavailable: questions are paused until the audit store is reachable again', {
      retryAfterSeconds: 5,
    });
  }
}
