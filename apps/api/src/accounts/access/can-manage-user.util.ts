import { isGlobalAdmin, type Principal } from '../../common/access/principal';
import type { AdminScope, Role } from '../../common/access/roles';
import { isServerOperator } from './server-operator';

/** Roles a department admin may hold power over: nothing that administers or audits. */
const DEPARTMENT_MANAGEABLE_ROLES: readonly Role[] = ['clinician', 'researcher'];

export interface ManagedUser {
  readonly roles: readonly Role[];
  readonly adminScope: AdminScope | null;
  readonly departmentId: string | null;
}

/**
 * Who may see and act on whom (list, get, edit, disable, enable, change roles, reset password,
 * unlock, end sessions), and, applied to the account as it would be afterwards, what may be granted.
 *
 * Separation of duties (三员分立): auditors watch the admins, so no admin of any scope sees or acts on
 * an auditor, creates one or grants or removes the role; auditor accounts belong to the server
 * operator alone (the admin CLI, `SERVER_OPERATOR`), who manages everyone. Otherwise a global admin
 * manages everyone else (the last-global-admin rule is the service's). A department admin manages
 * only clinicians and researchers of his own department: never an admin of any scope, who holds as
 * much power as he does or more, so that he can neither take over nor lock out his supervisors.
 * Everyone else manages no one.
 */
export function canManageUser(params: { actor: Pick<Principal, 'roles' | 'adminScope' | 'departmentId'>; target: ManagedUser }): boolean {
  const { actor, target } = params;
  if (isServerOperator(actor)) return true;
  if (target.roles.includes('auditor')) return false;
  if (isGlobalAdmin(actor)) return true;
  if (!actor.roles.includes('admin') || actor.adminScope !== 'department' || actor.departmentId === null) return false;
  return (
    target.departmentId === actor.departmentId &&
    target.adminScope === null &&
    target.roles.length > 0 &&
    target.roles.every((role) => DEPARTMENT_MANAGEABLE_ROLES.includes(role))
  );
}
