export enum AuditStoreErrorCode {
  /** The database cannot be reached: the event was not committed; the API answers 503. */
  Unavailable = 'AUDIT_UNAVAILABLE',
  /** The summary carried a key or value outside the whitelist (free text must never be stored). */
  SummaryRejected = 'AUDIT_SUMMARY_REJECTED',
  /** An event field (action, actor, outcome, HMAC) failed validation. */
  EventRejected = 'AUDIT_EVENT_REJECTED',
  /** The writer was closed; no more events are accepted. */
  Closed = 'AUDIT_CLOSED',
  /** The database refused the write for a reason other than connectivity. */
  WriteFailed = 'AUDIT_WRITE_FAILED',
  RetentionTooShort = 'AUDIT_RETENTION_TOO_SHORT',
  HmacKeyInvalid = 'AUDIT_HMAC_KEY_INVALID',
  AnchorUnreadable = 'AUDIT_ANCHOR_UNREADABLE',
  /** The anchor file could not be written (read-only folder, disk full, I/O error). */
  AnchorUnwritable = 'AUDIT_ANCHOR_UNWRITABLE',
  /** The local audit spool failed its HMAC chain check or could not be written. */
  SpoolRejected = 'AUDIT_SPOOL_REJECTED',
  /** A list/export/usage query had an invalid parameter (page size, cursor, range). */
  QueryRejected = 'AUDIT_QUERY_REJECTED',
}

export class AuditStoreError extends Error {
  /** The driver error behind this one, for logs; set by hand because the workspace targets ES2020 typings. */
  override readonly cause?: unknown;

  constructor(
    readonly code: AuditStoreErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message);
    this.name = 'AuditStoreError';
    if (options && 'cause' in options) this.cause = options.cause;
  }
}

/** Thrown by `AuditTrail.record()` when the event could not be committed because the database is unreachable. */
export class AuditUnavailable extends AuditStoreError {
  constructor(message = 'audit unavailable', options?: { cause?: unknown }) {
    super(AuditStoreErrorCode.Unavailable, message, options);
    this.name = 'AuditUnavailable';
  }
}

export class AuditSummaryRejected extends AuditStoreError {
  constructor(
    readonly path: string,
    reason: string,
  ) {
    // The offending value is deliberately left out of the message: it may be the very free text we refuse.
    super(AuditStoreErrorCode.SummaryRejected, `audit summary rejected at "${path}": ${reason}`);
    this.name = 'AuditSummaryRejected';
  }
}
