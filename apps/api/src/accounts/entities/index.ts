import { ApiKeyEntity } from './api-key.entity';
import { DepartmentEntity } from './department.entity';
import { SessionEntity, SessionRefreshTokenEntity } from './session.entity';
import { UserEntity } from './user.entity';
import { CreateAccounts1795885906470 } from '../migrations/1795885906470-CreateAccounts';

export { ApiKeyEntity, DepartmentEntity, SessionEntity, SessionRefreshTokenEntity, UserEntity };

export const accountsEntities = [DepartmentEntity, UserEntity, SessionEntity, SessionRefreshTokenEntity, ApiKeyEntity];
export const accountsMigrations = [CreateAccounts1795885906470];
