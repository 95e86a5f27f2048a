import { auditScopeOf, scopedAuditDepartment } from './audit-scope.util';

describe(auditScopeOf.name, () => {
  it('gives auditors and global admins the whole trail', () => {
    expect(auditScopeOf({ roles: ['auditor'], adminScope: null, departmentCode: 'CARD' })).toEqual({});
    expect(auditScopeOf({ roles: ['admin'], adminScope: 'global', departmentCode: 'CARD' })).toEqual({});
  });

  it("limits a department admin to their department's events", () => {
    expect(auditScopeOf({ roles: ['admin'], adminScope: 'department', departmentCode: 'CARD' })).toEqual({ department: 'CARD' });
  });

  it('shows a department admin without a department nothing rather than everything', () => {
    expect(() => auditScopeOf({ roles: ['admin'], adminScope: 'department', departmentCode: null })).toThrow(expect.objectContaining({ code: 'AUDIT_OUT_OF_SCOPE' }));
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
