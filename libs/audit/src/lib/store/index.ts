export { auditEntities, auditMigrations } from './audit-store.module-list';
export { AuditEventEntity } from './audit-event.entity';
export { AuditCheckpointEntity } from './audit-checkpoint.entity';
export { AUDIT_ACTION_CODES, AUDIT_QUESTION_ACTIONS, isAuditActionCode, resolveAuditActionCode, type AuditActionCode } from './audit-action';
export { AUDIT_OUTCOMES, AUDIT_GENESIS_HASH, type AuditActor, type AuditEventInput, type AuditOutcome, type RecordedAuditEvent } from './audit-event.model';
export { validateAuditSummary, AUDIT_CODE_PATTERN, type AuditSummary, type AuditCountMap } from './audit-summary.util';
export { AuditStoreError, AuditStoreErrorCode, AuditUnavailable, AuditSummaryRejected } from './audit-store.errors';
export { computeAuditEventHash, canonicalAuditJson } from './audit-chain-hash.util';
export { AuditTrail, type AuditTrailOptions, type AuditTrailStats, type AuditWriteReceipt } from './audit-trail';
export { AuditSpool, type SpooledAuditEvent, type AuditSpoolHealth, type AuditSpoolRejection } from './audit-spool';
export { verifyChain, type AuditChainVerification } from './audit-chain-verifier';
export { countQuestionsWithoutOutcome, type QuestionsWithoutOutcome } from './audit-open-questions';
export {
  AuditAnchor,
  verifyAnchors,
  type AuditAnchorOptions,
  type AuditAnchorRecord,
  type AuditAnchorHealth,
  type AuditCheckpointAnchorRecord,
  type AuditCommitAnchor,
  type AuditUnanchoredCheckpoint,
  type AuditAnchorVerification,
  type AuditAnchorMismatch,
} from './audit-anchor';
export {
  AuditHmac,
  loadAuditHmac,
  ensureAuditKeyFile,
  rotateAuditKeyFile,
  AUDIT_KEY_FILE_NAME,
  type AuditHmacKey,
  type AuditInputDigest,
  type AuditKeyFile,
} from './audit-hmac';
export { AuditQueryService, AUDIT_MAX_PAGE_SIZE, type AuditEventQuery, type AuditQueryScope, type AuditEventPage } from './audit-query.service';
export { exportEvents, AUDIT_EXPORT_CONTENT_TYPES, AUDIT_CSV_COLUMNS, type AuditExportFormat, type AuditExportOptions } from './audit-export';
export { toFhirAuditEvent, AUDIT_FHIR_KINDS, type FhirAuditEvent, type FhirAuditEventKind } from './audit-fhir.util';
export { AuditUsageService, type AuditUsageQuery, type AuditUsageReport, type AuditUsageFigures, type AuditFeedbackFigures } from './audit-usage.service';
export { AuditRetention, resolveAuditRetentionDays, AUDIT_MIN_RETENTION_DAYS, type AuditRetentionOptions, type AuditPurgeResult } from './audit-retention';
export { ensureAuditPartitions, listAuditPartitions, type AuditPartition } from './audit-partitions';
