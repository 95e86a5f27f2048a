import { AuditStoreErrorCode } from '@medlocal/audit';
import { DomainError, type ErrorStatusTable } from '../common/errors';

export enum AuditErrorCode {
  /** The reader may not see these events (not an auditor, or another department's). */
  OutOfScope = 'AUDIT_OUT_OF_SCOPE',
  DeidPreviewTooLarge = 'DEID_PREVIEW_TOO_LARGE',
}

export class AuditError extends DomainError<AuditErrorCode> {}

/**
 * The audit trail's codes that stop the API while it starts (a bad key, anchor or spool file, a
 * retention below the floor) never answer a request; unmapped, a stray one is a plain 500 whose
 * message, which may name a file path, stays in the log.
 */
type AuditStartupErrorCode =
  | AuditStoreErrorCode.RetentionTooShort
  | AuditStoreErrorCode.HmacKeyInvalid
  | AuditStoreErrorCode.AnchorUnreadable
  | AuditStoreErrorCode.AnchorUnwritable
  | AuditStoreErrorCode.SpoolRejected;

export const AUDIT_ERROR_STATUS = {
  [AuditErrorCode.OutOfScope]: 403,
  [AuditErrorCode.DeidPreviewTooLarge]: 413,
  [AuditStoreErrorCode.Unavailable]: 503,
  [AuditStoreErrorCode.Closed]: 503,
  [AuditStoreErrorCode.WriteFailed]: 503,
  [AuditStoreErrorCode.QueryRejected]: 400,
  // The API built an event the trail refuses: a bug on our side, never the caller's.
  [AuditStoreErrorCode.SummaryRejected]: 500,
  [AuditStoreErrorCode.EventRejected]: 500,
} as const satisfies ErrorStatusTable<AuditErrorCode | Exclude<AuditStoreErrorCode, AuditStartupErrorCode>>;
