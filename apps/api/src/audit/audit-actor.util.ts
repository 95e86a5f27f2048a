import type { AuditActor } from './audit-recorder.port';

export interface AuditActorSource {
  readonly userId: string;
  readonly username: string;
  readonly roles: readonly string[];
  readonly departmentCode?: string | null;
}

/** The signed-in user as the audit trail names them: pseudonymous id, username, roles, department code. */
export function auditActorOf(source: AuditActorSource): AuditActor {
  return { userId: source.userId, username: source.username, role: [...source.roles].sort().join(','), department: source.departmentCode ?? null };
}
