import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { IsNull, type DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../config';
import { DATA_SOURCE } from '../../database/database.tokens';
import { AccountsError, AccountsErrorCode } from '../accounts.errors';
import { CLOCK, type Clock } from '../common/clock';
import type { ApiCaller } from '../../common/access/api-caller';
import { isGlobalAdmin, type Principal, type RequestContext } from '../../common/access/principal';
import { SecurityAuditService } from '../common/security-audit.service';
import { constantTimeEquals, randomToken, sha256Hex } from '../common/token-hash.util';
import { ApiKeyEntity, DepartmentEntity } from '../entities';

export const API_KEY_PREFIX = 'mlk_';

export interface ApiKeyView {
  readonly id: string;
  readonly name: string;
  readonly prefix: string;
  readonly department: { id: string; code: string };
  readonly createdAt: string;
  readonly lastUsedAt: string | null;
  readonly revokedAt: string | null;
}

export interface CreatedApiKey extends ApiKeyView {
  /** Shown once; only its SHA-256 is stored. */
  readonly key: string;
}

/** `last_used_at` is written at most this often per key, so busy clients do not write on every call. */
const LAST_USED_RESOLUTION_MS = 60_000;

@Injectable()
export class ApiKeyService {
  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(SecurityAuditService) private readonly audit: SecurityAuditService,
  ) {}

  /** For the `/v1` routes: the caller behind a key, or 401. */
  async verify(key: string): Promise<ApiCaller> {
    const serviceIndex = this.config.inference.serviceApiKeys.findIndex((serviceKey) => constantTimeEquals(serviceKey, key));
    if (serviceIndex >= 0) return { kind: 'service', keyIndex: serviceIndex };
    if (key.startsWith(API_KEY_PREFIX)) {
      const stored = await this.dataSource.manager.findOneBy(ApiKeyEntity, { keyHash: sha256Hex(key), revokedAt: IsNull() });
      if (stored) {
        const now = this.clock.now();
        if (!stored.lastUsedAt || now.getTime() - stored.lastUsedAt.getTime() > LAST_USED_RESOLUTION_MS) {
          await this.dataSource.manager.update(ApiKeyEntity, { id: stored.id }, { lastUsedAt: now });
        }
        const department = await this.dataSource.manager.findOneByOrFail(DepartmentEntity, { id: stored.departmentId });
        return { kind: 'key', keyId: stored.id, departmentId: department.id, departmentCode: department.code };
      }
    }
    throw new AccountsError(AccountsErrorCode.InvalidToken, 'API key is not valid');
  }

  async create(params: { principal: Principal; name: string; departmentId: string; context: RequestContext }): Promise<CreatedApiKey> {
    const { principal } = params;
    const department = await this.dataSource.manager.findOneBy(DepartmentEntity, { id: params.departmentId });
    if (!department || !this.canManage(principal, department.id)) throw new AccountsError(AccountsErrorCode.DepartmentNotFound, 'Department not found');
    const key = `${API_KEY_PREFIX}${randomToken(32)}`;
    const entity: ApiKeyEntity = {
      id: randomUUID(),
      name: params.name,
      prefix: key.slice(0, 12),
      keyHash: sha256Hex(key),
      departmentId: department.id,
      createdBy: principal.userId,
      createdAt: this.clock.now(),
      lastUsedAt: null,
      revokedAt: null,
    };
    await this.dataSource.manager.insert(ApiKeyEntity, entity);
    await this.audit.record({
      action: 'apikey.create',
      outcome: 'success',
      actor: principal,
      context: params.context,
      summary: { apiKeyId: entity.id, targetDepartment: department.code },
    });
    return { ...this.view(entity, department), key };
  }

  async list(principal: Principal): Promise<ApiKeyView[]> {
    const keys = await this.dataSource.manager.find(ApiKeyEntity, { order: { createdAt: 'DESC' } });
    const departments = new Map((await this.dataSource.manager.find(DepartmentEntity)).map((department) => [department.id, department]));
    return keys.flatMap((key) => {
      const department = departments.get(key.departmentId);
      return department && this.canManage(principal, key.departmentId) ? [this.view(key, department)] : [];
    });
  }

  async revoke(params: { principal: Principal; id: string; context: RequestContext }): Promise<void> {
    const key = await this.dataSource.manager.findOneBy(ApiKeyEntity, { id: params.id });
    if (!key || !this.canManage(params.principal, key.departmentId)) throw new AccountsError(AccountsErrorCode.ApiKeyNotFound, 'API key not found');
    if (!key.revokedAt) await this.dataSource.manager.update(ApiKeyEntity, { id: key.id }, { revokedAt: this.clock.now() });
    await this.audit.record({ action: 'apikey.revoke', outcome: 'success', actor: params.principal, context: params.context, summary: { apiKeyId: key.id } });
  }

  private canManage(principal: Principal, departmentId: string): boolean {
    return isGlobalAdmin(principal) || principal.departmentId === departmentId;
  }

  private view(key: ApiKeyEntity, department: DepartmentEntity): ApiKeyView {
    return {
      id: key.id,
      name: key.name,
      prefix: key.prefix,
      department: { id: department.id, code: department.code },
      createdAt: key.createdAt.toISOString(),
      lastUsedAt: key.lastUsedAt?.toISOString() ?? null,
      revokedAt: key.revokedAt?.toISOString() ?? null,
    };
  }
}
