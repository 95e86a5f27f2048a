import { resolveAuditActionCode } from './audit-action';
import type { AuditActionCode } from './audit-action';
import type { RecordedAuditEvent } from './audit-event.model';
import { AuditStoreError, AuditStoreErrorCode } from './audit-store.errors';

const DCM = 'http://dicom.nema.org/resources/ontology/DCM';
const SECURITY_SOURCE_TYPE = 'http://terminology.hl7.org/CodeSystem/security-source-type';

interface Coding {
  readonly system: string;
  readonly code: string;
  readonly display: string;
}

/** FHIR R4 audit-event-action: Create, Read, Update, Delete, Execute. */
type FhirAction = 'C' | 'R' | 'U' | 'D' | 'E';

/** How one MedLocal action is filed in FHIR: AuditEvent.type, .subtype and .action. */
export interface FhirAuditEventKind {
  readonly type: Coding;
  readonly subtype?: Coding;
  readonly action: FhirAction;
}

const dcm = (code: string, display: string): Coding => ({
  system: DCM,
  code,
  display,
});

// AuditEvent.type: DICOM PS3.16 CID 400 Audit Event ID (FHIR R4 value set audit-event-type).
const QUERY = dcm('110112', 'Query');
const USER_AUTHENTICATION = dcm('110114', 'User Authentication');
const SECURITY_ALERT = dcm('110113', 'Security Alert');
const AUDIT_LOG_USED = dcm('110101', 'Audit Log Used');
const EXPORT = dcm('110106', 'Export');

// AuditEvent.subtype (FHIR R4 value set audit-event-sub-type): CID 404 User Authentication Type
// for 110114, CID 403 Security Alert Type for 110113; PS3.15 A.5.3 makes the subtype mandatory for both.
const LOGIN = dcm('110122', 'Login');
const LOGOUT = dcm('110123', 'Logout');
const SECURITY_CONFIGURATION = dcm('110129', 'Security Configuration');
const SOFTWARE_CONFIGURATION = dcm('110131', 'Software Configuration');
const USE_OF_RESTRICTED_FUNCTION = dcm('110132', 'Use of Restricted Function');
const AUDIT_RECORDING_STOPPED = dcm('110133', 'Audit Recording Stopped');
const SECURITY_ROLES_CHANGED = dcm('110136', 'Security Roles Changed');
const USER_SECURITY_ATTRIBUTES_CHANGED = dcm('110137', 'User Security Attributes Changed');

// Action codes as PS3.15 A.5.3 prescribes per event ID: Query, Security Alert and User
// Authentication E; Export and Audit Log Used R.
const question: FhirAuditEventKind = { type: QUERY, action: 'E' };
const signIn: FhirAuditEventKind = {
  type: USER_AUTHENTICATION,
  subtype: LOGIN,
  action: 'E',
};
const securityAlert = (subtype: Coding): FhirAuditEventKind => ({
  type: SECURITY_ALERT,
  subtype,
  action: 'E',
});
const accountChanged = securityAlert(USER_SECURITY_ATTRIBUTES_CHANGED);
const auditLogRead: FhirAuditEventKind = { type: AUDIT_LOG_USED, action: 'R' };
const exported: FhirAuditEventKind = { type: EXPORT, action: 'R' };

/** Every action's FHIR filing; complete by type, so a new action does not compile until it is filed here. */
export const AUDIT_FHIR_KINDS: Readonly<Record<AuditActionCode, FhirAuditEventKind>> = {
  // The question before its answer: the same Query, so a question that never ended is still on file.
  'question.received': question,
  'chat.message': question,
  // A rating of a question's answer is filed with the question it rates.
  'chat.feedback': question,
  // An edit of the facts the next question is asked with: filed with the questions it shapes.
  'chat.profile_edit': question,
  // Earlier questions and the profile carried into a new conversation: filed with the questions they shape.
  'chat.conversation_seed': question,
  'v1.completion': question,
  // Text given to the model's tokenizer: a query on the model, though nothing is answered.
  'v1.tokenize': question,
  'auth.login': signIn,
  // A failed attempt is still a Login; AuditEvent.outcome carries the failure.
  'auth.login_failed': signIn,
  // The account's lock state is a security attribute of the user.
  'auth.lockout': accountChanged,
  'auth.logout': { type: USER_AUTHENTICATION, subtype: LOGOUT, action: 'E' },
  // A refresh is a sign-in with a token; a replayed token is a failed one (outcome 4).
  'auth.refresh_reuse': signIn,
  'auth.password_change': accountChanged,
  'auth.mfa_enrol': accountChanged,
  // A directory sign-in an administrator runs without opening a session: still a Login attempt at the directory.
  'auth.directory_test': signIn,
  'user.create': accountChanged,
  'user.update': accountChanged,
  'user.role_change': securityAlert(SECURITY_ROLES_CHANGED),
  'user.disable': accountChanged,
  'user.unlock': accountChanged,
  'user.reset_password': accountChanged,
  // An administrator ends someone else's sessions: a change to that user's security state, not a logout by them.
  'user.end_sessions': accountChanged,
  // A directory account appears or its groups grant other roles: a change to the user's security attributes and roles.
  'user.directory_provision': accountChanged,
  'user.directory_sync': securityAlert(SECURITY_ROLES_CHANGED),
  // Departments scope who sees what; API keys are credentials bound to one: both are security configuration.
  'department.create': securityAlert(SECURITY_CONFIGURATION),
  'department.update': securityAlert(SECURITY_CONFIGURATION),
  'department.retire': securityAlert(SECURITY_CONFIGURATION),
  'department.reinstate': securityAlert(SECURITY_CONFIGURATION),
  'apikey.create': securityAlert(SECURITY_CONFIGURATION),
  'apikey.revoke': securityAlert(SECURITY_CONFIGURATION),
  'access.denied': securityAlert(USE_OF_RESTRICTED_FUNCTION),
  // Prompt templates decide what the model is told: the application's configuration.
  'prompt.update': securityAlert(SOFTWARE_CONFIGURATION),
  'prompt.override_create': securityAlert(SOFTWARE_CONFIGURATION),
  'prompt.override_update': securityAlert(SOFTWARE_CONFIGURATION),
  'prompt.revert': securityAlert(SOFTWARE_CONFIGURATION),
  'audit.list': auditLogRead,
  // Usage figures are counted from the audit log.
  'audit.usage': auditLogRead,
  'audit.verify': auditLogRead,
  'audit.export': exported,
  // Text in, de-identified text out, nothing stored: filed like a question.
  'audit.deid_preview': question,
  // Journalled events failed their integrity check and were not recorded: a gap in the trail.
  'audit.spool_rejected': securityAlert(AUDIT_RECORDING_STOPPED),
  // Retention removes audit records: the log is "used" with a delete, the closest DICOM event for a purge.
  'audit.purge': { type: AUDIT_LOG_USED, action: 'D' },
  // A research batch runs the clinical question over many documents.
  'batch.start': question,
  'batch.cancel': question,
  'batch.retry': question,
  'batch.finish': question,
  'batch.export': exported,
};

/** FHIR R4 AuditEvent.outcome: 0 success, 4 minor failure, 8 serious failure, 12 major failure. */
const OUTCOME_CODE: Readonly<Record<RecordedAuditEvent['outcome'], '0' | '4' | '8' | '12'>> = {
  success: '0',
  failure: '4',
  cancelled: '4',
  error: '8',
};

export interface FhirAuditEvent {
  readonly resourceType: 'AuditEvent';
  readonly id: string;
  readonly type: Coding;
  readonly subtype?: Coding[];
  readonly action: FhirAction;
  readonly recorded: string;
  readonly outcome: string;
  readonly agent: readonly Record<string, unknown>[];
  readonly source: Record<string, unknown>;
  readonly entity?: readonly Record<string, unknown>[];
}

/** One audit event as an R4 AuditEvent: codes, pseudonymous ids and hashes only, like the row it comes from. */
export function toFhirAuditEvent(event: RecordedAuditEvent): FhirAuditEvent {
  const kind = kindOf(event);
  const details = [
    event.inputHmac ? { type: 'input-hmac', valueString: event.inputHmac } : null,
    event.hmacKeyId ? { type: 'hmac-key-id', valueString: event.hmacKeyId } : null,
    { type: 'medlocal-action', valueString: event.action },
    { type: 'chain-hash', valueString: event.hash },
    { type: 'chain-prev-hash', valueString: event.prevHash },
  ].filter((detail) => detail !== null);
  return {
    resourceType: 'AuditEvent',
    id: String(event.id),
    type: kind.type,
    ...(kind.subtype ? { subtype: [kind.subtype] } : {}),
    action: kind.action,
    recorded: event.occurredAt.toISOString(),
    outcome: OUTCOME_CODE[event.outcome],
    agent: [
      {
        who: {
          identifier: {
            system: 'urn:medlocal:user',
            value: event.actor.userId,
          },
        },
        requestor: true,
        ...(event.actor.role
          ? {
              role: [
                {
                  coding: [{ system: 'urn:medlocal:role', code: event.actor.role }],
                },
              ],
            }
          : {}),
        ...(event.clientAddress ? { network: { address: event.clientAddress, type: '2' } } : {}),
      },
    ],
    source: {
      site: 'MedLocal',
      observer: { display: 'MedLocal' },
      type: [
        {
          system: SECURITY_SOURCE_TYPE,
          code: '4',
          display: 'Application Server',
        },
      ],
    },
    entity: [
      {
        ...(event.requestId
          ? {
              what: {
                identifier: {
                  system: 'urn:medlocal:request',
                  value: event.requestId,
                },
              },
            }
          : {}),
        detail: details,
      },
    ],
  };
}

/**
 * Rows can only carry codes of this release (the trail refuses others) or the library's old names;
 * anything else is a row from a newer release or written around the application, and filing it
 * under a guessed generic type would hide it from the SIEM, so the FHIR export stops there.
 */
function kindOf(event: RecordedAuditEvent): FhirAuditEventKind {
  const action = resolveAuditActionCode(event.action);
  if (action === null) {
    throw new AuditStoreError(
      AuditStoreErrorCode.EventRejected,
      `audit event ${event.id}: action ${JSON.stringify(event.action.slice(0, 64))} has no FHIR filing in this release; export it as jsonl or csv`,
    );
  }
  return AUDIT_FHIR_KINDS[action];
}
