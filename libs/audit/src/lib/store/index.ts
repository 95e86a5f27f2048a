export { auditEntities, auditMigrations } from './audit-store.module-list';
export { AuditEventEntity } from './audit-event.entity';
export { AuditCheckpointEntity } from './audit-checkpoint.entity';
export {
  AuditAction,
  AUDIT_OUTCOMES,
  AUDIT_QUESTION_ACTIONS,
  AUDIT_GENESIS_HASH,
  type AuditActor,
  type AuditEventInput,
  type AuditOutcome,
  type RecordedAuditEvent,
} from './audit-event.model';
export { validateAuditSummary, AUDIT_CODE_PATTERN, type AuditSummary, type AuditCountMap } from './audit-summary.util';
export { AuditStoreError, AuditStoreErrorCode, AuditUnavailable, AuditSummaryRejected } from './audit-store.errors';
export { computeAuditEventHash, canonicalAuditJson } from './audit-chain-hash.util';
export { AuditTrail, type AuditTrailOptions, type AuditTrailStats } from './audit-trail';
export { verifyChain, type AuditChainVerification } from './audit-chain-verifier';
export {
  AuditAnchor,
  verifyAnchors,
  type AuditAnchorOptions,
  type AuditAnchorRecord,
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
