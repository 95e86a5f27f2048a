import { AUDIT_ACTION_CODES, isAuditActionCode, resolveAuditActionCode } from './audit-action';
import type { AuditActionCode } from './audit-action';
import { normalizeAuditEventInput } from './audit-event-input.util';
import { AuditStoreErrorCode } from './audit-store.errors';

const input = (action: string) => ({
  actor: { userId: 'u-7f3a9c', role: 'clinician' },
  action: action as AuditActionCode,
  outcome: 'success' as const,
});

describe('audit action codes', () => {
  it('lists each code once, each a dotted lower-case code', () => {
    expect(new Set(AUDIT_ACTION_CODES).size).toBe(AUDIT_ACTION_CODES.length);
    for (const code of AUDIT_ACTION_CODES) expect(code).toMatch(/^[a-z][a-z0-9_]*(\.[a-z0-9_]+)+$/);
  });

  it.each(AUDIT_ACTION_CODES)('the trail accepts %s', (action) => {
    expect(normalizeAuditEventInput(input(action)).action).toBe(action);
  });

  it.each(['something.new', 'auth.access_denied', 'Access.Denied', 'toString', ''])('the trail refuses %j, which has no FHIR filing', (action) => {
    expect(() => normalizeAuditEventInput(input(action))).toThrow(expect.objectContaining({ code: AuditStoreErrorCode.EventRejected }));
  });

  it("reads the audit library's old names as the actions they meant, and nothing else", () => {
    expect(resolveAuditActionCode('auth.access_denied')).toBe('access.denied');
    expect(resolveAuditActionCode('api_key.create')).toBe('apikey.create');
    expect(resolveAuditActionCode('batch.create')).toBe('batch.start');
    expect(resolveAuditActionCode('access.denied')).toBe('access.denied');
    expect(resolveAuditActionCode('something.new')).toBeNull();
    expect(resolveAuditActionCode('constructor')).toBeNull();
    expect(isAuditActionCode('hasOwnProperty')).toBe(false);
  });
});
