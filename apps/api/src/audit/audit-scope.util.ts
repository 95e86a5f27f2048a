import type { AuditQueryScope } from '@medlocal/audit';
import type { Principal } from '../accounts/common/principal';
import { DomainError } from '../common/errors';

export const AuditScopeErrorCode = {
  OutOfScope: 'AUDIT_OUT_OF_SCOPE',
} as const;

/**
 * Which part of the trail a reader may see. Auditors and global admins see everything; an admin
 * scoped to a department sees only that department's events, decided here on the server whatever
 * the query asks for. A department admin without a department sees nothing rather than everything.
 */
export function auditScopeOf(principal: Pick<Principal, 'roles' | 'adminScope' | 'departmentCode'>): AuditQueryScope {
  if (principal.roles.includes('auditor')) return {};
  if (principal.roles.includes('admin') && principal.adminScope === 'global') return {};
  if (!principal.departmentCode) {
    throw new DomainError(AuditScopeErrorCode.OutOfScope, 'This account is scoped to a department but has none: no audit events are visible');
  }
  return { department: principal.departmentCode };
}

/** The department filter to apply: the scope's own, or the requested one; asking for another department is refused. */
export function scopedAuditDepartment(scope: AuditQueryScope, requested: string | undefined): string | undefined {
  if (scope.department && requested && requested !== scope.department) {
    throw new DomainError(AuditScopeErrorCode.OutOfScope, `Audit events of department ${requested} are outside this account's department`);
  }
  return scope.department ?? requested;
}
