export const ROLES = ['clinician', 'admin', 'auditor', 'researcher'] as const;
export type Role = (typeof ROLES)[number];

/** Roles whose holders must use a second factor when MFA_REQUIRED_FOR_PRIVILEGED is on. */
export const PRIVILEGED_ROLES: readonly Role[] = ['admin', 'auditor'];

export type AdminScope = 'global' | 'department';
export type UserStatus = 'active' | 'locked' | 'disabled';
