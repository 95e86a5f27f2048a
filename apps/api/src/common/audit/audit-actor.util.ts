import type { ApiCaller } from '../access/api-caller';
import type { Role } from '../access/roles';
import type { AuditActor } from './audit-recorder.port';

export interface AuditActorSource {
  readonly userId: string;
  readonly username: string;
  readonly roles: readonly Role[];
  readonly departmentCode?: string | null;
}

/**
 * One audit code for a user's roles: sorted and joined with `_` (role names have none), e.g.
 * `clinician_researcher`; the trail accepts `[a-z_]{0,32}` there, and no allowed combination is longer.
 */
export function auditRoleOf(roles: readonly string[]): string {
  return [...roles].sort().join('_');
}

/** The signed-in user as the audit trail names them: pseudonymous id, username, roles, department code. */
export function auditActorOf(source: AuditActorSource): AuditActor {
  return { userId: source.userId, username: source.username, role: auditRoleOf(source.roles), department: source.departmentCode ?? null };
}

/**
 * A `/v1` caller as the audit trail names it. Keys act for a department, not a person: the event
 * names the key (or the MEDLOCAL_API_KEYS entry), never free text; roles are `[a-z_]` codes like a user's.
 */
export function apiCallerAuditActor(caller: ApiCaller | undefined): AuditActor {
  if (caller?.kind === 'key') return { userId: `api-key:${caller.keyId}`, username: 'api-key', role: 'api_key', department: caller.departmentCode };
  return { userId: `service-key:${caller?.kind === 'service' ? caller.keyIndex : 'unknown'}`, username: 'service', role: 'service', department: null };
}
