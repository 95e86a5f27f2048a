import type { AuditSummary } from './audit-summary.util';

export const AUDIT_OUTCOMES = [
  'success',
  'failure',
  'cancelled',
  'error',
] as const;
export type AuditOutcome = (typeof AUDIT_OUTCOMES)[number];

/** Well-known actions; any dotted lower-case code is accepted so new features can audit without a schema change. */
export const AuditAction = {
  ChatMessage: 'chat.message',
  V1Completion: 'v1.completion',
  AuthLogin: 'auth.login',
  AuthLoginFailed: 'auth.login_failed',
  AuthLogout: 'auth.logout',
  AuthRefresh: 'auth.refresh',
  AuthPasswordChange: 'auth.password_change',
  AuthAccessDenied: 'auth.access_denied',
  UserCreate: 'user.create',
  UserUpdate: 'user.update',
  UserRoleChange: 'user.role_change',
  UserResetPassword: 'user.reset_password',
  UserUnlock: 'user.unlock',
  DepartmentCreate: 'department.create',
  PromptUpdate: 'prompt.update',
  ApiKeyCreate: 'api_key.create',
  AuditList: 'audit.list',
  AuditVerify: 'audit.verify',
  AuditExport: 'audit.export',
  AuditDeidPreview: 'audit.deid_preview',
  AuditPurge: 'audit.purge',
  BatchCreate: 'batch.create',
  BatchExport: 'batch.export',
} as const;

/** Actions that count as a clinical question in usage figures. */
export const AUDIT_QUESTION_ACTIONS: readonly string[] = [
  AuditAction.ChatMessage,
  AuditAction.V1Completion,
];

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
  readonly action: string;
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
