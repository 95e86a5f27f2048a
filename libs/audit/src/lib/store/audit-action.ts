/**
 * Every action MedLocal writes to the audit trail. The API's recorder port and the trail take only
 * these codes, and the FHIR export maps each one (`Record<AuditActionCode, …>`), so a new action
 * does not compile until it has a list entry and an export mapping. The strings are stored in rows
 * and hashed into the chain: never rename one; add a legacy name below if a rename is unavoidable.
 */
export const AUDIT_ACTION_CODES = [
  // Clinical questions (chat console, OpenAI-compatible /v1). `question.received` is committed
  // before generation starts; `chat.message` / `v1.completion` record how the question ended.
  'question.received',
  'chat.message',
  'v1.completion',
  // A clinician's rating of an answer (useful / not useful with reason codes, never words).
  'chat.feedback',
  // A clinician corrected or removed a fact of a conversation's patient profile (the fact's kind, never its value).
  'chat.profile_edit',
  // A conversation opened again from the console's copy of one whose instance is gone (counts of turns and facts, never their text).
  'chat.conversation_seed',
  // Clinical text counted by the model's tokenizer through /tokenize (no answer).
  'v1.tokenize',
  // Sign-in and the caller's own account.
  'auth.login',
  'auth.login_failed',
  'auth.lockout',
  'auth.logout',
  'auth.refresh_reuse',
  'auth.password_change',
  'auth.mfa_enrol',
  // A global admin's test of the directory configuration with someone's username and password (no session opened).
  'auth.directory_test',
  // Administration of other accounts.
  'user.create',
  'user.update',
  'user.role_change',
  'user.disable',
  'user.unlock',
  'user.reset_password',
  'user.end_sessions',
  // Accounts the hospital directory (LDAP / Active Directory) owns: made at the first sign-in, and
  // roles or department changed from the directory's groups at a later one.
  'user.directory_provision',
  'user.directory_sync',
  'department.create',
  'department.update',
  'department.retire',
  // A retired department given back to new users and keys.
  'department.reinstate',
  'apikey.create',
  'apikey.revoke',
  'access.denied',
  'prompt.update',
  // A department's override of a hospital prompt template: its first version, a later one, and a
  // revert of either kind of template (a new version equal to an old one).
  'prompt.override_create',
  'prompt.override_update',
  'prompt.revert',
  // The audit trail itself.
  'audit.list',
  'audit.usage',
  'audit.verify',
  'audit.export',
  'audit.deid_preview',
  'audit.spool_rejected',
  'audit.purge',
  // Research batches.
  'batch.start',
  'batch.cancel',
  'batch.retry',
  'batch.finish',
  'batch.export',
] as const;

export type AuditActionCode = (typeof AUDIT_ACTION_CODES)[number];

const CODES: ReadonlySet<string> = new Set(AUDIT_ACTION_CODES);

export function isAuditActionCode(value: unknown): value is AuditActionCode {
  return typeof value === 'string' && CODES.has(value);
}

/**
 * Names the audit library once declared for actions the API records under another name. No release
 * wrote them (the API has always used the names above), but a row carrying one still exports as
 * the action it meant.
 */
const LEGACY_ACTION_NAMES: Readonly<Record<string, AuditActionCode>> = {
  'auth.access_denied': 'access.denied',
  'api_key.create': 'apikey.create',
  'batch.create': 'batch.start',
};

/** The action code a stored row means, or null when this release does not know it. */
export function resolveAuditActionCode(stored: string): AuditActionCode | null {
  if (isAuditActionCode(stored)) return stored;
  return Object.prototype.hasOwnProperty.call(LEGACY_ACTION_NAMES, stored) ? LEGACY_ACTION_NAMES[stored] : null;
}

/** Actions that count as a clinical question in usage figures. */
export const AUDIT_QUESTION_ACTIONS: readonly AuditActionCode[] = ['chat.message', 'v1.completion'];
