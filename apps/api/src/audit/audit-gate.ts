import { Inject, Injectable } from '@nestjs/common';
import type { AuditTrail } from '@medlocal/audit';
import { DomainError } from '../common/errors';
import { AUDIT_TRAIL } from './audit.tokens';

/**
 * MedLocal answers no question it cannot audit: while the audit store is unreachable new
 * questions get 503 "audit unavailable"; the trail probes the database and service resumes by itself.
 */
@Injectable()
export class AuditGate {
  constructor(@Inject(AUDIT_TRAIL) private readonly trail: AuditTrail) {}

  async assertAvailable(): Promise<void> {
    if (this.trail.isAvailable()) return;
    if (await this.trail.probe().catch(() => false)) return;
    throw new DomainError('AUDIT_UNAVAILABLE', 'audit unavailable: questions are paused until the audit store is reachable again', {
      retryAfterSeconds: 5,
    });
  }
}
