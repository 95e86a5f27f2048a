import type { RecordedAuditEvent } from './audit-event.model';

const DCM = 'http://dicom.nema.org/resources/ontology/DCM';
const SECURITY_SOURCE_TYPE =
  'http://terminology.hl7.org/CodeSystem/security-source-type';

interface Coding {
  readonly system: string;
  readonly code: string;
  readonly display: string;
}

type FhirAction = 'C' | 'R' | 'U' | 'D' | 'E';

interface FhirEventKind {
  readonly type: Coding;
  readonly subtype?: Coding;
  readonly action: FhirAction;
}

const dcm = (code: string, display: string): Coding => ({
  system: DCM,
  code,
  display,
});

// DICOM PS3.16 CID 400 (audit event ID), CID 403 (security alert type), CID 404 (user authentication type);
// action codes as PS3.15 A.5.3 prescribes per event ID (Query and Security Alert: E; Export and Audit Log Used: R).
const QUERY = dcm('110112', 'Query');
const USER_AUTHENTICATION = dcm('110114', 'User Authentication');
const SECURITY_ALERT = dcm('110113', 'Security Alert');
const AUDIT_LOG_USED = dcm('110101', 'Audit Log Used');
const EXPORT = dcm('110106', 'Export');
const APPLICATION_ACTIVITY = dcm('110100', 'Application Activity');

const KIND_BY_ACTION: Readonly<Record<string, FhirEventKind>> = {
  'chat.message': { type: QUERY, action: 'E' },
  'v1.completion': { type: QUERY, action: 'E' },
  'auth.login': {
    type: USER_AUTHENTICATION,
    subtype: dcm('110122', 'Login'),
    action: 'E',
  },
  'auth.login_failed': {
    type: USER_AUTHENTICATION,
    subtype: dcm('110122', 'Login'),
    action: 'E',
  },
  'auth.logout': {
    type: USER_AUTHENTICATION,
    subtype: dcm('110123', 'Logout'),
    action: 'E',
  },
  'auth.refresh': { type: USER_AUTHENTICATION, action: 'E' },
  'auth.access_denied': {
    type: SECURITY_ALERT,
    subtype: dcm('110132', 'Use of Restricted Function'),
    action: 'E',
  },
  'auth.password_change': {
    type: SECURITY_ALERT,
    subtype: dcm('110137', 'User Security Attributes Changed'),
    action: 'E',
  },
  'user.create': {
    type: SECURITY_ALERT,
    subtype: dcm('110137', 'User Security Attributes Changed'),
    action: 'E',
  },
  'user.update': {
    type: SECURITY_ALERT,
    subtype: dcm('110137', 'User Security Attributes Changed'),
    action: 'E',
  },
  'user.reset_password': {
    type: SECURITY_ALERT,
    subtype: dcm('110137', 'User Security Attributes Changed'),
    action: 'E',
  },
  'user.unlock': {
    type: SECURITY_ALERT,
    subtype: dcm('110137', 'User Security Attributes Changed'),
    action: 'E',
  },
  'user.role_change': {
    type: SECURITY_ALERT,
    subtype: dcm('110136', 'Security Roles Changed'),
    action: 'E',
  },
  'api_key.create': {
    type: SECURITY_ALERT,
    subtype: dcm('110129', 'Security Configuration'),
    action: 'E',
  },
  'prompt.update': {
    type: SECURITY_ALERT,
    subtype: dcm('110131', 'Software Configuration'),
    action: 'E',
  },
  'audit.list': { type: AUDIT_LOG_USED, action: 'R' },
  'audit.verify': { type: AUDIT_LOG_USED, action: 'R' },
  'audit.export': { type: EXPORT, action: 'R' },
  // Retention removes audit records: the log is "used" with a delete, the closest DICOM event for a purge.
  'audit.purge': { type: AUDIT_LOG_USED, action: 'D' },
  'batch.create': { type: QUERY, action: 'E' },
  'batch.export': { type: EXPORT, action: 'R' },
};

const FALLBACK_KIND: FhirEventKind = {
  type: APPLICATION_ACTIVITY,
  action: 'E',
};

/** FHIR R4 AuditEvent.outcome: 0 success, 4 minor failure, 8 serious failure, 12 major failure. */
const OUTCOME_CODE: Readonly<
  Record<RecordedAuditEvent['outcome'], '0' | '4' | '8' | '12'>
> = {
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
  const kind = KIND_BY_ACTION[event.action] ?? FALLBACK_KIND;
  const details = [
    event.inputHmac
      ? { type: 'input-hmac', valueString: event.inputHmac }
      : null,
    event.hmacKeyId
      ? { type: 'hmac-key-id', valueString: event.hmacKeyId }
      : null,
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
                  coding: [
                    { system: 'urn:medlocal:role', code: event.actor.role },
                  ],
                },
              ],
            }
          : {}),
        ...(event.clientAddress
          ? { network: { address: event.clientAddress, type: '2' } }
          : {}),
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
