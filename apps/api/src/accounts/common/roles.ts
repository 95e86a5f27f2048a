import type { Role } from '@medlocal/contracts';

// One definition for the API and the console: the wire contract.
export { ROLES, type AdminScope, type Role, type UserStatus } from '@medlocal/contracts';

/** Roles whose holders must use a second factor when MFA_REQUIRED_FOR_PRIVILEGED is on. */
export const PRIVILEGED_ROLES: readonly Role[] = ['admin', 'auditor'];
