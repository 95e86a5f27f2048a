import { Inject, Injectable } from '@nestjs/common';
import type { DataSource, EntityManager } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../config';
import { DATA_SOURCE } from '../../database/database.tokens';
import { DepartmentEntity, UserEntity } from '../entities';
import type { Role } from '../../common/access/roles';

/** Roles whose holders must use a second factor when MFA_REQUIRED_FOR_PRIVILEGED is on. */
const PRIVILEGED_ROLES: readonly Role[] = ['admin', 'auditor'];

/** Small shared reads about accounts. */
@Injectable()
export class AccountLookupService {
  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  findUser(userId: string, manager: EntityManager = this.dataSource.manager): Promise<UserEntity | null> {
    return manager.findOneBy(UserEntity, { id: userId });
  }

  findUserByUsername(username: string): Promise<UserEntity | null> {
    return this.dataSource.manager.findOneBy(UserEntity, { username: username.toLowerCase() });
  }

  findDepartment(departmentId: string | null, manager: EntityManager = this.dataSource.manager): Promise<DepartmentEntity | null> {
    return departmentId ? manager.findOneBy(DepartmentEntity, { id: departmentId }) : Promise.resolve(null);
  }

  async departmentCode(departmentId: string | null): Promise<string | null> {
    return (await this.findDepartment(departmentId))?.code ?? null;
  }

  mfaRequired(user: Pick<UserEntity, 'roles'>): boolean {
    return this.config.auth.mfaRequiredForPrivileged && this.isPrivileged(user);
  }

  /** Admin or auditor, whatever MFA_REQUIRED_FOR_PRIVILEGED says. */
  isPrivileged(user: Pick<UserEntity, 'roles'>): boolean {
    return user.roles.some((role) => PRIVILEGED_ROLES.includes(role));
  }
}
