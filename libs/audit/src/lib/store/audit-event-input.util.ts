import { isAuditActionCode } from './audit-action';
import type { AuditActionCode } from './audit-action';
import { AUDIT_OUTCOMES } from './audit-event.model';
import type { AuditEventInput, AuditOutcome } from './audit-event.model';
import { AuditStoreError, AuditStoreErrorCode } from './audit-store.errors';
import { AUDIT_CODE_PATTERN, validateAuditSummary } from './audit-summary.util';
import type { AuditSummary } from './audit-summary.util';

export interface NormalizedAuditEventInput {
  readonly actor: {
    userId: string;
    username: string | null;
    role: string | null;
    department: string | null;
  };
  readonly action: AuditActionCode;
  readonly outcome: AuditOutcome;
  readonly requestId: string | null;
  readonly clientAddress: string | null;
  readonly inputHmac: string | null;
  readonly hmacKeyId: string | null;
  readonly summary: AuditSummary;
}

// Usernames and department names are set by administrators and may be Chinese; still no line breaks or punctuation runs.
const NAME_PATTERN = /^[\p{L}\p{N}._:/@ -]{0,128}$/u;
const HMAC_PATTERN = /^[0-9a-f]{32,128}$/;

/** Validates every field of an event before it is queued, so a bad event never reaches (or blocks) a batch. */
export function normalizeAuditEventInput(input: AuditEventInput): NormalizedAuditEventInput {
  const userId = input.actor?.userId;
  if (typeof userId !== 'string' || userId.length === 0 || !AUDIT_CODE_PATTERN.test(userId)) {
    reject('actor.userId', 'must be a non-empty pseudonymous id (code characters only)');
  }
  // Only listed codes: every stored row must have a FHIR filing (see AUDIT_FHIR_KINDS).
  if (!isAuditActionCode(input.action)) {
    reject('action', 'must be one of AUDIT_ACTION_CODES, such as chat.message');
  }
  if (!(AUDIT_OUTCOMES as readonly string[]).includes(input.outcome)) {
    reject('outcome', `must be one of ${AUDIT_OUTCOMES.join(', ')}`);
  }
  const inputHmac = optional(input.inputHmac);
  const hmacKeyId = optional(input.hmacKeyId);
  if (inputHmac !== null && !HMAC_PATTERN.test(inputHmac)) reject('inputHmac', 'must be lower-case hex');
  if ((inputHmac === null) !== (hmacKeyId === null)) reject('hmacKeyId', 'inputHmac and hmacKeyId go together');
  return {
    actor: {
      userId,
      username: checked('actor.username', input.actor.username, NAME_PATTERN),
      role: checked('actor.role', input.actor.role, /^[a-z_]{0,32}$/),
      department: checked('actor.department', input.actor.department, NAME_PATTERN),
    },
    action: input.action,
    outcome: input.outcome,
    requestId: checked('requestId', input.requestId, AUDIT_CODE_PATTERN),
    clientAddress: checked('clientAddress', input.clientAddress, /^[0-9A-Za-z:.%_-]{0,64}$/),
    inputHmac,
    hmacKeyId: checked('hmacKeyId', hmacKeyId, /^[A-Za-z0-9._-]{1,64}$/),
    summary: validateAuditSummary(input.summary),
  };
}

function optional(value: string | null | undefined): string | null {
  return value === undefined || value === null ? null : value;
}

function checked(field: string, value: string | null | undefined, pattern: RegExp): string | null {
  const present = optional(value);
  if (present !== null && (typeof present !== 'string' || !pattern.test(present))) reject(field, 'has characters outside its format');
  return present;
}

function reject(field: string, reason: string): never {
  throw new AuditStoreError(AuditStoreErrorCode.EventRejected, `audit event rejected: ${field} ${reason}`);
}
