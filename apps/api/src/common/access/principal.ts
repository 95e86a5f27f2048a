import type { AdminScope, Role } from './roles';

/** Why a signed-in session may do nothing but fix its account. */
export type SessionRestriction = 'password_change' | 'mfa_enrolment';

/** The signed-in user, read from the database on every request (so role changes and disabling apply at once). */
export interface Principal {
  readonly userId: string;
  readonly username: string;
  readonly roles: readonly Role[];
  readonly departmentId: string | null;
  readonly departmentCode: string | null;
  readonly adminScope: AdminScope | null;
  readonly sessionId: string;
  readonly restriction: SessionRestriction | null;
}

export interface RequestContext {
  readonly requestId?: string;
  readonly clientAddress?: string;
}

export function isGlobalAdmin(principal: Pick<Principal, 'roles' | 'adminScope'>): boolean {
  return principal.roles.includes('admin') && principal.adminScope === 'global';
}
