import type { DepartmentRef, UserView } from '@medlocal/contracts';
import type { DepartmentEntity, UserEntity } from '../entities';

// The shapes admins and the console see are the wire contract's.
export type { DepartmentRef as DepartmentView, UserView } from '@medlocal/contracts';

export function toDepartmentView(department: DepartmentEntity): DepartmentRef {
  return {
    id: department.id,
    code: department.code,
    nameZh: department.nameZh,
    nameEn: department.nameEn,
    retiredAt: department.retiredAt?.toISOString() ?? null,
  };
}

/** What an admin or the user sees: never hashes, history or the TOTP secret. */
export function toUserView(params: { user: UserEntity; department: DepartmentEntity | null; now: Date }): UserView {
  const { user, department, now } = params;
  const lockedUntil = user.status === 'locked' && user.lockedUntil !== null && user.lockedUntil > now ? user.lockedUntil : null;
  return {
    id: user.id,
    username: user.username,
    displayName: user.displayName,
    department: department ? toDepartmentView(department) : null,
    roles: user.roles,
    adminScope: user.adminScope,
    status: user.status === 'locked' && !lockedUntil ? 'active' : user.status,
    lockedUntil: lockedUntil?.toISOString() ?? null,
    mustChangePassword: user.mustChangePassword,
    mfaEnabled: user.totpEnabled,
    passwordChangedAt: user.passwordChangedAt.toISOString(),
    createdAt: user.createdAt.toISOString(),
    source: user.source,
  };
}
