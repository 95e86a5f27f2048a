import type { AdminScope, Role, UserStatus } from '../common/roles';
import type { DepartmentEntity, UserEntity } from '../entities';

export interface DepartmentView {
  readonly id: string;
  readonly code: string;
  readonly nameZh: string;
  readonly nameEn: string;
}

export interface UserView {
  readonly id: string;
  readonly username: string;
  readonly displayName: string;
  readonly department: DepartmentView | null;
  readonly roles: Role[];
  readonly adminScope: AdminScope | null;
  readonly status: UserStatus;
  readonly lockedUntil: string | null;
  readonly mustChangePassword: boolean;
  readonly mfaEnabled: boolean;
  readonly passwordChangedAt: string;
  readonly createdAt: string;
}

export function toDepartmentView(department: DepartmentEntity): DepartmentView {
  return { id: department.id, code: department.code, nameZh: department.nameZh, nameEn: department.nameEn };
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
  };
}
