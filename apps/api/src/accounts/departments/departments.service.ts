import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
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
      const entity: DepartmentEntity = {
        id: randomUUID(),
        code: params.code,
        nameZh: params.nameZh,
        nameEn: params.nameEn,
        createdAt: this.clock.now(),
        retiredAt: null,
      };
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

  /** Renames a department (global admins only); its code, users and history stay as they are. */
  async update(params: { principal: Principal; id: string; nameZh?: string; nameEn?: string; context: RequestContext }): Promise<DepartmentView> {
    if (!isGlobalAdmin(params.principal)) throw new AccountsError(AccountsErrorCode.NotGrantable, 'Only a global admin can edit departments');
    const department = await this.dataSource.transaction(async (manager) => {
      const found = await this.findForUpdate(manager, params.id);
      const changed: DepartmentEntity = { ...found, nameZh: params.nameZh?.trim() || found.nameZh, nameEn: params.nameEn?.trim() || found.nameEn };
      await manager.update(DepartmentEntity, { id: found.id }, { nameZh: changed.nameZh, nameEn: changed.nameEn });
      return changed;
    });
    await this.recordChange(params, { action: 'department.update' }, department);
    return toDepartmentView(department);
  }

  /**
   * Retires a department (global admins only): it stays on its users, keys and audit events, and
   * is offered for no new user or key. Retiring twice keeps the first date.
   */
  async retire(params: { principal: Principal; id: string; context: RequestContext }): Promise<DepartmentView> {
    if (!isGlobalAdmin(params.principal)) throw new AccountsError(AccountsErrorCode.NotGrantable, 'Only a global admin can retire departments');
    const department = await this.dataSource.transaction(async (manager) => {
      const found = await this.findForUpdate(manager, params.id);
      if (found.retiredAt) return found;
      const retiredAt = this.clock.now();
      await manager.update(DepartmentEntity, { id: found.id }, { retiredAt });
      return { ...found, retiredAt };
    });
    await this.recordChange(params, { action: 'department.retire' }, department);
    return toDepartmentView(department);
  }

  /** Gives a retired department back (global admins only): it is offered for new users and keys again. Reinstating an open one changes nothing. */
  async reinstate(params: { principal: Principal; id: string; context: RequestContext }): Promise<DepartmentView> {
    if (!isGlobalAdmin(params.principal)) throw new AccountsError(AccountsErrorCode.NotGrantable, 'Only a global admin can reinstate departments');
    const department = await this.dataSource.transaction(async (manager) => {
      const found = await this.findForUpdate(manager, params.id);
      if (!found.retiredAt) return found;
      await manager.update(DepartmentEntity, { id: found.id }, { retiredAt: null });
      return { ...found, retiredAt: null };
    });
    await this.recordChange(params, { action: 'department.reinstate' }, department);
    return toDepartmentView(department);
  }

  private async findForUpdate(manager: EntityManager, id: string): Promise<DepartmentEntity> {
    const found = await manager.findOne(DepartmentEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!found) throw new AccountsError(AccountsErrorCode.DepartmentNotFound, 'Department not found');
    return found;
  }

  private recordChange(
    params: { principal: Principal; context: RequestContext },
    event: { readonly action: 'department.update' | 'department.retire' | 'department.reinstate' },
    department: DepartmentEntity,
  ): Promise<void> {
    return this.audit.record({
      action: event.action,
      outcome: 'success',
      actor: params.principal,
      context: params.context,
      summary: { targetType: 'department', targetId: department.id, targetDepartment: department.code },
    });
  }
}
