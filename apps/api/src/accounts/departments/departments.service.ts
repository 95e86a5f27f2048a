import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { DATA_SOURCE } from '../../database/database.tokens';
import { AccountsError, AccountsErrorCode } from '../accounts.errors';
import { CLOCK, type Clock } from '../common/clock';
import { isGlobalAdmin, type Principal, type RequestContext } from '../../common/access/principal';
import { SecurityAuditService } from '../common/security-audit.service';
import { DepartmentEntity } from '../entities';
import { toDepartmentView, type DepartmentView } from '../users/user-view.util';

@Injectable()
export class DepartmentsService {
  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(SecurityAuditService) private readonly audit: SecurityAuditService,
  ) {}

  async list(): Promise<DepartmentView[]> {
    return (await this.dataSource.manager.find(DepartmentEntity, { order: { code: 'ASC' } })).map(toDepartmentView);
  }

  async create(params: { principal: Principal; code: string; nameZh: string; nameEn: string; context: RequestContext }): Promise<DepartmentView> {
    if (!isGlobalAdmin(params.principal)) throw new AccountsError(AccountsErrorCode.NotGrantable, 'Only a global admin can create departments');
    const department = await this.dataSource.transaction(async (manager) => {
      if (await manager.findOneBy(DepartmentEntity, { code: params.code })) {
        throw new AccountsError(AccountsErrorCode.DepartmentCodeTaken, `Department code ${params.code} is taken`);
      }
      const entity: DepartmentEntity = { id: randomUUID(), code: params.code, nameZh: params.nameZh, nameEn: params.nameEn, createdAt: this.clock.now() };
      await manager.insert(DepartmentEntity, entity);
      return entity;
    });
    await this.audit.record({
      action: 'department.create',
      outcome: 'success',
      actor: params.principal,
      context: params.context,
      summary: { targetType: 'department', targetId: department.id, targetDepartment: department.code },
    });
    return toDepartmentView(department);
  }
}
