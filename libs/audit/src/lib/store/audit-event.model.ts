import type { AuditActionCode } from './audit-action';
import type { AuditSummary } from './audit-summary.util';

export const AUDIT_OUTCOMES = ['success', 'failure', 'cancelled', 'error'] as const;
export type AuditOutcome = (typeof AUDIT_OUTCOMES)[number];

export interface AuditActor {
  /** Pseudonymous id (never a name); `system` for acts of MedLocal itself. */
  readonly userId: string;
  readonly username?: string | null;
  readonly role?: string | null;
  readonly department?: string | null;
}

/** What a caller hands to `AuditTrail.record()`; the trail adds id, time and chain hashes. */
export interface AuditEventInput {
  readonly actor: AuditActor;
  readonly action: AuditActionCode;
  readonly outcome: AuditOutcome;
  readonly requestId?: string | null;
  readonly clientAddress?: string | null;
  /** Hex HMAC of the raw input (see `AuditHmac`), never the input itself. */
  readonly inputHmac?: string | null;
  readonly hmacKeyId?: string | null;
  readonly summary?: AuditSummary;
}

export interface RecordedAuditEvent {
  /** Gap-free chain position. */
  readonly id: number;
  readonly occurredAt: Date;
  readonly actor: {
    readonly userId: string;
    readonly username: string | null;
    readonly role: string | null;
    readonly department: string | null;
  };
  /** As stored: an `AuditActionCode`, or a legacy name (`resolveAuditActionCode`). */
  readonly action: string;
  readonly outcome: AuditOutcome;
  readonly requestId: string | null;
  readonly clientAddress: string | null;
  readonly inputHmac: string | null;
  readonly hmacKeyId: string | null;
  readonly summary: AuditSummary;
  readonly prevHash: string;
  readonly hash: string;
}

/** prevHash of the very first event: the chain starts from nothing. */
export const AUDIT_GENESIS_HASH = '0'.repeat(64);
