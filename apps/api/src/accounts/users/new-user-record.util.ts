import { randomUUID } from 'node:crypto';
import type { AdminScope, Role } from '../../common/access/roles';
import type { UserEntity, UserSource } from '../entities';
import type { NewPasswordFields } from '../password/password.service';

/**
 * A new account's row: active, unlocked, no second factor yet. Both ways an account is made (an
 * admin through the API, the first start's bootstrap admin) build it here, so they cannot drift.
 */
export function newUserRecord(params: {
  username: string;
  displayName: string;
  departmentId: string | null;
  roles: readonly Role[];
  adminScope: AdminScope | null;
  password: NewPasswordFields;
  mustChangePassword: boolean;
  now: Date;
  /** Unset: a local account. */
  source?: UserSource;
}): UserEntity {
  return {
    id: randomUUID(),
    username: params.username,
    displayName: params.displayName,
    departmentId: params.departmentId,
    roles: [...new Set(params.roles)],
    adminScope: params.adminScope,
    status: 'active',
    source: params.source ?? 'local',
    directoryCheckedAt: null,
    ...params.password,
    mustChangePassword: params.mustChangePassword,
    failedAttempts: 0,
    lockedUntil: null,
    totpSecretSealed: null,
    totpEnabled: false,
    totpLastStep: null,
    createdAt: params.now,
    updatedAt: params.now,
  };
}
