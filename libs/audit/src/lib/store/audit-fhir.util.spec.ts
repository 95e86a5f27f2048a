import { toFhirAuditEvent } from './audit-fhir.util';
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

describe(toFhirAuditEvent.name, () => {
  const sut = toFhirAuditEvent;

  it.each([
    ['chat.message', '110112', undefined, 'E'],
    ['v1.completion', '110112', undefined, 'E'],
    ['auth.login', '110114', '110122', 'E'],
    ['auth.logout', '110114', '110123', 'E'],
    ['audit.export', '110106', undefined, 'R'],
    ['audit.verify', '110101', undefined, 'R'],
    ['user.update', '110113', '110137', 'E'],
    ['user.role_change', '110113', '110136', 'E'],
    ['auth.access_denied', '110113', '110132', 'E'],
    ['something.new', '110100', undefined, 'E'],
  ])('codes %s as DCM %s', (action, type, subtype, fhirAction) => {
    const resource = sut(event({ action }));
    expect(resource.type).toMatchObject({
      system: 'http://dicom.nema.org/resources/ontology/DCM',
      code: type,
    });
    expect(resource.subtype?.[0]?.code).toBe(subtype);
    expect(resource.action).toBe(fhirAction);
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
      detail: expect.arrayContaining([
        { type: 'input-hmac', valueString: 'b'.repeat(64) },
      ]),
    });
    expect(JSON.stringify(resource)).not.toContain('dr.wang');
  });
});
