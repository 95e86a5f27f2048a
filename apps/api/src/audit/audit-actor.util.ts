import { auditRoleOf } from '../accounts/common/security-audit.service';
import type { Role } from '../accounts/common/roles';
import type { AuditActor } from './audit-recorder.port';

export interface AuditActorSource {
  readonly userId: string;
  readonly username: string;
  readonly roles: readonly Role[];
  readonly departmentCode?: string | null;
}

/** The signed-in user as the audit trail names them: pseudonymous id, username, roles, department code. */
export function auditActorOf(source: AuditActorSource): AuditActor {
  return { userId: source.userId, username: source.username, role: auditRoleOf(source.roles), department: source.departmentCode ?? null };
}
