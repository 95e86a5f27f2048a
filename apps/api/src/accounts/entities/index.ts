import { ApiKeyEntity } from './api-key.entity';
import { DepartmentEntity } from './department.entity';
import { SessionEntity, SessionRefreshTokenEntity } from './session.entity';
import { UserEntity } from './user.entity';
import { CreateAccounts1795885906470 } from '../migrations/1795885906470-CreateAccounts';
import { AddUserSource1796400000000 } from '../migrations/1796400000000-AddUserSource';
import { AddUserDirectoryCheckedAt1796500000000 } from '../migrations/1796500000000-AddUserDirectoryCheckedAt';
import { AddOidcUserSource1796600000000 } from '../migrations/1796600000000-AddOidcUserSource';
import { CreateDirectoryLoginFailure1796700000000 } from '../migrations/1796700000000-CreateDirectoryLoginFailure';
import { AddUserDirectorySubject1796800000000 } from '../migrations/1796800000000-AddUserDirectorySubject';
import { AddSessionIdpGrant1796900000000 } from '../migrations/1796900000000-AddSessionIdpGrant';
import { AddDepartmentRetiredAt1796910000000 } from '../migrations/1796910000000-AddDepartmentRetiredAt';
import { AddApiKeyExpiryAndScope1796950000000 } from '../migrations/1796950000000-AddApiKeyExpiryAndScope';

export { ApiKeyEntity, DepartmentEntity, SessionEntity, SessionRefreshTokenEntity, UserEntity };
export type { UserSource } from './user.entity';

export const accountsEntities = [DepartmentEntity, UserEntity, SessionEntity, SessionRefreshTokenEntity, ApiKeyEntity];
export const accountsMigrations = [
  CreateAccounts1795885906470,
  AddUserSource1796400000000,
  AddUserDirectoryCheckedAt1796500000000,
  AddOidcUserSource1796600000000,
  CreateDirectoryLoginFailure1796700000000,
  AddUserDirectorySubject1796800000000,
  AddSessionIdpGrant1796900000000,
  AddDepartmentRetiredAt1796910000000,
  AddApiKeyExpiryAndScope1796950000000,
];
