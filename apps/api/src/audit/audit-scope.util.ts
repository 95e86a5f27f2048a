import type { AuditQueryScope } from '@medlocal/audit';
import type { Principal } from '../common/access/principal';
import { AuditError, AuditErrorCode } from './audit.errors';

/**
 * Which part of the trail a reader may see. Auditors see the whole trail (their role has no
 * department scope); nobody else reads it (三员分立), decided here again behind the route's guard so
 * that a caller added later cannot read the trail by accident.
 */
export function auditScopeOf(principal: Pick<Principal, 'roles'>): AuditQueryScope {
  if (principal.roles.includes('auditor')) return {};
  throw new AuditError(AuditErrorCode.OutOfScope, 'Only auditors read the audit trail');
}

/** The department filter to apply: the scope's own, or the requested one; asking for another department is refused. */
export function scopedAuditDepartment(scope: AuditQueryScope, requested: string | undefined): string | undefined {
  if (scope.department && requested && requested !== scope.department) {
    throw new AuditError(AuditErrorCode.OutOfScope, `Audit events of department ${requested} are outside this account's department`);
  }
  return scope.department ?? requested;
}
