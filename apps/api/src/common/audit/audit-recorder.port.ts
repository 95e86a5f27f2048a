import type { AuditActionCode } from '@medlocal/audit';

/** Where the API writes security and usage events; the audit module provides the real trail. */
export const AUDIT_RECORDER = Symbol('AUDIT_RECORDER');

export type AuditOutcome = 'success' | 'failure' | 'cancelled' | 'error';

export interface AuditActor {
  /** Pseudonymous id (uuid), never the username alone. */
  readonly userId: string;
  readonly username: string;
  readonly role: string;
  readonly department: string | null;
}

export interface AuditRecordInput {
  /** One of `AUDIT_ACTION_CODES` (libs/audit): a new action needs a list entry and a FHIR filing there. */
  readonly action: AuditActionCode;
  readonly outcome: AuditOutcome;
  readonly actor?: AuditActor;
  readonly requestId?: string;
  readonly clientAddress?: string;
  /** Ids, codes and counts only, never free text (the trail refuses anything else). */
  readonly summary?: Record<string, unknown>;
  /** The clinician's text: only its keyed HMAC is kept, so a question can be matched, never read. */
  readonly input?: string;
}

export interface AuditRecorder {
  /** Resolves once the event is stored: committed, or journalled for replay when the database is away. */
  record(event: AuditRecordInput): Promise<void>;
  /**
   * Resolves only once the event is committed to the trail (never journalled); rejects with
   * AUDIT_UNAVAILABLE otherwise. For events that gate work, such as a question received before generation.
   */
  commit(event: AuditRecordInput): Promise<void>;
}
