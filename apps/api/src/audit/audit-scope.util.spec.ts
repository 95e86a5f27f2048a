import { auditScopeOf, scopedAuditDepartment } from './audit-scope.util';

describe(auditScopeOf.name, () => {
  it('gives auditors the whole trail', () => {
    expect(auditScopeOf({ roles: ['auditor'] })).toEqual({});
  });

  it('refuses every admin, global or of a department, and every other role (三员分立)', () => {
    for (const roles of [['admin'], ['clinician'], ['researcher'], ['clinician', 'researcher']] as const) {
      expect(() => auditScopeOf({ roles })).toThrow(expect.objectContaining({ code: 'AUDIT_OUT_OF_SCOPE' }));
    }
  });
});

describe(scopedAuditDepartment.name, () => {
  it('applies the scope, passes a matching or absent request, and refuses another department', () => {
    expect(scopedAuditDepartment({ department: 'CARD' }, undefined)).toBe('CARD');
    expect(scopedAuditDepartment({ department: 'CARD' }, 'CARD')).toBe('CARD');
    expect(scopedAuditDepartment({}, 'NEPH')).toBe('NEPH');
    expect(scopedAuditDepartment({}, undefined)).toBeUndefined();
    expect(() => scopedAuditDepartment({ department: 'CARD' }, 'NEPH')).toThrow(expect.objectContaining({ code: 'AUDIT_OUT_OF_SCOPE' }));
  });
});
