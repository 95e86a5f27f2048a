import { Inject, Injectable } from '@nestjs/common';
import type { AuditHmac, AuditSummary, AuditTrail } from '@medlocal/audit';
import { AUDIT_HMAC, AUDIT_TRAIL } from './audit.tokens';
import type { AuditRecorder, AuditRecordInput } from '../common/audit/audit-recorder.port';

const SYSTEM_ACTOR = { userId: 'system', username: 'medlocal', role: 'system', department: null } as const;

/**
 * The API's one way into the audit trail. A question's text is reduced to a keyed HMAC here and
 * goes no further; `record` resolves only after the event is committed or durably journalled (fail closed).
 */
@Injectable()
export class AuditRecorderService implements AuditRecorder {
  constructor(
    @Inject(AUDIT_TRAIL) private readonly trail: AuditTrail,
    @Inject(AUDIT_HMAC) private readonly hmac: AuditHmac,
  ) {}

  /**
   * Resolves once the event is committed, or — when the database stays away past the retry bound —
   * journalled locally (synced) for replay in order; rejects only when neither holds it.
   */
  async record(event: AuditRecordInput): Promise<void> {
    await this.trail.write(this.toTrailInput(event));
  }

  /** Resolves once committed; a database that stays away past the retry bound rejects it (AUDIT_UNAVAILABLE), never journals it. */
  async commit(event: AuditRecordInput): Promise<void> {
    await this.trail.record(this.toTrailInput(event));
  }

  private toTrailInput(event: AuditRecordInput): Parameters<AuditTrail['record']>[0] {
    const digest = event.input === undefined ? undefined : this.hmac.digest(event.input);
    return {
      actor: event.actor ?? SYSTEM_ACTOR,
      action: event.action,
      outcome: event.outcome,
      requestId: event.requestId ?? null,
      clientAddress: event.clientAddress ?? null,
      inputHmac: digest?.inputHmac ?? null,
      hmacKeyId: digest?.hmacKeyId ?? null,
      summary: event.summary as AuditSummary | undefined,
    };
  }

  isAvailable(): boolean {
    return this.trail.isAvailable();
  }
}
