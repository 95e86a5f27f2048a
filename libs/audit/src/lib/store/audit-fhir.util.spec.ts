import { toFhirAuditEvent } from './audit-fhir.util';
import type { FhirAuditEvent } from './audit-fhir.util';
import { AUDIT_ACTION_CODES } from './audit-action';
import type { AuditActionCode } from './audit-action';
import { AUDIT_OUTCOMES } from './audit-event.model';
import type { RecordedAuditEvent } from './audit-event.model';

const event = (overrides: Partial<RecordedAuditEvent>): RecordedAuditEvent => ({
  id: 42,
  occurredAt: new Date('2026-11-28T08:30:00.123Z'),
  actor: {
    userId: 'u-7f3a9c',
    username: 'dr.wang',
    role: 'admin',
    department: 'cardiology',
  },
  action: 'chat.message',
  outcome: 'success',
  requestId: 'req-1',
  clientAddress: '10.1.2.3',
  inputHmac: null,
  hmacKeyId: null,
  summary: {},
  prevHash: '0'.repeat(64),
  hash: 'a'.repeat(64),
  ...overrides,
});

const DCM = 'http://dicom.nema.org/resources/ontology/DCM';

// FHIR R4 audit-event-type (DICOM PS3.16 CID 400 Audit Event ID) and audit-event-sub-type (the
// DICOM event type codes of CID 401-404), written out here apart from the code under test.
const R4_EVENT_TYPES: Readonly<Record<string, string>> = {
  '110100': 'Application Activity',
  '110101': 'Audit Log Used',
  '110102': 'Begin Transferring DICOM Instances',
  '110103': 'DICOM Instances Accessed',
  '110104': 'DICOM Instances Transferred',
  '110105': 'DICOM Study Deleted',
  '110106': 'Export',
  '110107': 'Import',
  '110108': 'Network Entry',
  '110109': 'Order Record',
  '110110': 'Patient Record',
  '110111': 'Procedure Record',
  '110112': 'Query',
  '110113': 'Security Alert',
  '110114': 'User Authentication',
};
const R4_EVENT_SUBTYPES: Readonly<Record<string, string>> = {
  '110120': 'Application Start',
  '110121': 'Application Stop',
  '110122': 'Login',
  '110123': 'Logout',
  '110124': 'Attach',
  '110125': 'Detach',
  '110126': 'Node Authentication',
  '110127': 'Emergency Override Started',
  '110128': 'Network Configuration',
  '110129': 'Security Configuration',
  '110130': 'Hardware Configuration',
  '110131': 'Software Configuration',
  '110132': 'Use of Restricted Function',
  '110133': 'Audit Recording Stopped',
  '110134': 'Audit Recording Started',
  '110135': 'Object Security Attributes Changed',
  '110136': 'Security Roles Changed',
  '110137': 'User Security Attributes Changed',
};
// PS3.15 A.5.3: the event type codes each event ID takes (CID 403 for Security Alert, CID 404 for User Authentication).
const SUBTYPES_OF: Readonly<Record<string, readonly string[]>> = {
  '110113': ['110126', '110127', '110128', '110129', '110130', '110131', '110132', '110133', '110134', '110135', '110136', '110137'],
  '110114': ['110122', '110123'],
};

/** What an R4 AuditEvent needs to be valid (and what a SIEM needs to file it); [] when all holds. */
function r4Problems(resource: FhirAuditEvent): string[] {
  const problems: string[] = [];
  if (resource.resourceType !== 'AuditEvent') problems.push('resourceType');
  if (!/^[A-Za-z0-9\-.]{1,64}$/.test(resource.id)) problems.push('id');
  if (resource.type.system !== DCM || R4_EVENT_TYPES[resource.type.code] !== resource.type.display) problems.push(`type ${JSON.stringify(resource.type)}`);
  const allowed = SUBTYPES_OF[resource.type.code];
  if (allowed && (resource.subtype ?? []).length !== 1) problems.push('subtype required by the event ID');
  for (const subtype of resource.subtype ?? []) {
    if (subtype.system !== DCM || R4_EVENT_SUBTYPES[subtype.code] !== subtype.display) problems.push(`subtype ${JSON.stringify(subtype)}`);
    if (!allowed?.includes(subtype.code)) problems.push(`subtype ${subtype.code} not one of ${resource.type.code}'s`);
  }
  if (!['C', 'R', 'U', 'D', 'E'].includes(resource.action)) problems.push('action');
  if (Number.isNaN(Date.parse(resource.recorded)) || !resource.recorded.endsWith('Z')) problems.push('recorded');
  if (!['0', '4', '8', '12'].includes(resource.outcome)) problems.push('outcome');
  if (resource.agent.length === 0 || resource.agent.some((agent) => typeof agent['requestor'] !== 'boolean' || !agent['who'])) problems.push('agent');
  if (!resource.source['observer']) problems.push('source.observer');
  return problems;
}

describe(toFhirAuditEvent.name, () => {
  const sut = toFhirAuditEvent;

  it.each(AUDIT_ACTION_CODES.flatMap((action) => AUDIT_OUTCOMES.map((outcome) => [action, outcome] as const)))(
    'exports %s (%s) as a valid R4 AuditEvent',
    (action, outcome) => {
      const resource = sut(event({ action, outcome }));
      expect(r4Problems(resource)).toEqual([]);
      expect(resource.entity?.[0]?.['detail']).toContainEqual({
        type: 'medlocal-action',
        valueString: action,
      });
    },
  );

  it('files no action as generic Application Activity', () => {
    const generic = AUDIT_ACTION_CODES.filter((action) => sut(event({ action })).type.code === '110100');
    expect(generic).toEqual([]);
  });

  const SECURITY_ALERT = '110113';
  const USER_AUTHENTICATION = '110114';
  const EXPECTED: Readonly<Record<AuditActionCode, readonly [string, string | undefined, string]>> = {
    'question.received': ['110112', undefined, 'E'],
    'chat.message': ['110112', undefined, 'E'],
    'chat.feedback': ['110112', undefined, 'E'],
    'chat.profile_edit': ['110112', undefined, 'E'],
    'chat.conversation_seed': ['110112', undefined, 'E'],
    'v1.completion': ['110112', undefined, 'E'],
    'v1.tokenize': ['110112', undefined, 'E'],
    'auth.login': [USER_AUTHENTICATION, '110122', 'E'],
    'auth.login_failed': [USER_AUTHENTICATION, '110122', 'E'],
    'auth.lockout': [SECURITY_ALERT, '110137', 'E'],
    'auth.logout': [USER_AUTHENTICATION, '110123', 'E'],
    'auth.refresh_reuse': [USER_AUTHENTICATION, '110122', 'E'],
    'auth.password_change': [SECURITY_ALERT, '110137', 'E'],
    'auth.mfa_enrol': [SECURITY_ALERT, '110137', 'E'],
    'auth.directory_test': [USER_AUTHENTICATION, '110122', 'E'],
    'user.create': [SECURITY_ALERT, '110137', 'E'],
    'user.update': [SECURITY_ALERT, '110137', 'E'],
    'user.role_change': [SECURITY_ALERT, '110136', 'E'],
    'user.disable': [SECURITY_ALERT, '110137', 'E'],
    'user.unlock': [SECURITY_ALERT, '110137', 'E'],
    'user.reset_password': [SECURITY_ALERT, '110137', 'E'],
    'user.end_sessions': [SECURITY_ALERT, '110137', 'E'],
    'user.directory_provision': [SECURITY_ALERT, '110137', 'E'],
    'user.directory_sync': [SECURITY_ALERT, '110136', 'E'],
    'department.create': [SECURITY_ALERT, '110129', 'E'],
    'department.update': [SECURITY_ALERT, '110129', 'E'],
    'department.retire': [SECURITY_ALERT, '110129', 'E'],
    'department.reinstate': [SECURITY_ALERT, '110129', 'E'],
    'apikey.create': [SECURITY_ALERT, '110129', 'E'],
    'apikey.revoke': [SECURITY_ALERT, '110129', 'E'],
    'access.denied': [SECURITY_ALERT, '110132', 'E'],
    'prompt.update': [SECURITY_ALERT, '110131', 'E'],
    'prompt.override_create': [SECURITY_ALERT, '110131', 'E'],
    'prompt.override_update': [SECURITY_ALERT, '110131', 'E'],
    'prompt.revert': [SECURITY_ALERT, '110131', 'E'],
    'audit.list': ['110101', undefined, 'R'],
    'audit.usage': ['110101', undefined, 'R'],
    'audit.verify': ['110101', undefined, 'R'],
    'audit.export': ['110106', undefined, 'R'],
    'audit.deid_preview': ['110112', undefined, 'E'],
    'audit.spool_rejected': [SECURITY_ALERT, '110133', 'E'],
    'audit.purge': ['110101', undefined, 'D'],
    'batch.start': ['110112', undefined, 'E'],
    'batch.cancel': ['110112', undefined, 'E'],
    'batch.retry': ['110112', undefined, 'E'],
    'batch.finish': ['110112', undefined, 'E'],
    'batch.export': ['110106', undefined, 'R'],
  };

  it.each(Object.entries(EXPECTED))('codes %s as DCM %j', (action, [type, subtype, fhirAction]) => {
    const resource = sut(event({ action }));
    expect(resource.type).toMatchObject({ system: DCM, code: type });
    expect(resource.subtype?.[0]?.code).toBe(subtype);
    expect(resource.action).toBe(fhirAction);
  });

  it.each([
    ['auth.access_denied', SECURITY_ALERT, '110132'],
    ['api_key.create', SECURITY_ALERT, '110129'],
    ['batch.create', '110112', undefined],
  ])('exports a row stored under the old library name %s as the action it meant', (action, type, subtype) => {
    const resource = sut(event({ action }));
    expect(resource.type.code).toBe(type);
    expect(resource.subtype?.[0]?.code).toBe(subtype);
    expect(resource.entity?.[0]?.['detail']).toContainEqual({
      type: 'medlocal-action',
      valueString: action,
    });
  });

  it('refuses to file an action it cannot classify rather than guessing a generic type', () => {
    expect(() => sut(event({ id: 9, action: 'something.new' }))).toThrow(/9.*something\.new/);
  });

  it.each([
    ['success', '0'],
    ['failure', '4'],
    ['cancelled', '4'],
    ['error', '8'],
  ] as const)('maps outcome %s to %s', (outcome, code) => {
    expect(sut(event({ outcome })).outcome).toBe(code);
  });

  it('names the pseudonymous requestor, the observer and the input HMAC, and no username', () => {
    const resource = sut(event({ inputHmac: 'b'.repeat(64), hmacKeyId: 'k1' }));
    expect(resource.agent).toEqual([
      {
        who: { identifier: { system: 'urn:medlocal:user', value: 'u-7f3a9c' } },
        requestor: true,
        role: [{ coding: [{ system: 'urn:medlocal:role', code: 'admin' }] }],
        network: { address: '10.1.2.3', type: '2' },
      },
    ]);
    expect(resource.source).toMatchObject({
      observer: { display: 'MedLocal' },
    });
    expect(resource.entity?.[0]).toMatchObject({
      detail: expect.arrayContaining([{ type: 'input-hmac', valueString: 'b'.repeat(64) }]),
    });
    expect(JSON.stringify(resource)).not.toContain('dr.wang');
  });
});
