import { Inject, Injectable } from '@nestjs/common';
import type { ApiKeyScope } from '@medlocal/contracts';
import { randomUUID } from 'node:crypto';
import { In, IsNull, type DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../config';
import { DATA_SOURCE } from '../../database/database.tokens';
import { DomainError } from '../../common/errors';
import { AccountsError, AccountsErrorCode } from '../accounts.errors';
import { CLOCK, type Clock } from '../common/clock';
import type { ApiCaller } from '../../common/access/api-caller';
import { isGlobalAdmin, type Principal, type RequestContext } from '../../common/access/principal';
import { canManageUser } from '../access/can-manage-user.util';
import { SecurityAuditService } from '../common/security-audit.service';
import { constantTimeEquals, randomToken, sha256Hex } from '../common/token-hash.util';
import { ApiKeyEntity, DepartmentEntity, UserEntity } from '../entities';
import { ApiKeyError, ApiKeyErrorCode } from './api-key.errors';
import { API_KEY_SCOPE_ROUTES } from './api-key-scopes';

export const API_KEY_PREFIX = 'mlk_';

export interface ApiKeyView {
  readonly id: string;
  readonly name: string;
  readonly prefix: string;
  readonly scope: ApiKeyScope;
  readonly department: { id: string; code: string };
  readonly owner: { id: string; username: string } | null;
  readonly createdAt: string;
  readonly expiresAt: string;
  readonly expired: boolean;
  readonly lastUsedAt: string | null;
  readonly revokedAt: string | null;
}

export interface CreatedApiKey extends ApiKeyView {
  /** Shown once; only its SHA-256 is stored. */
  readonly key: string;
}

export interface NewApiKey {
  readonly name: string;
  readonly scope?: ApiKeyScope;
  /** `inference` keys: the department the key calls for. */
  readonly departmentId?: string;
  /** `batches` keys: the researcher the key acts for. */
  readonly researcherId?: string;
  readonly expiresInDays?: number;
}

/** `last_used_at` is written at most this often per key, so busy clients do not write on every call. */
const LAST_USED_RESOLUTION_MS = 60_000;
const DAY_MS = 86_400_000;

@Injectable()
export class ApiKeyService {
  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(SecurityAuditService) private readonly audit: SecurityAuditService,
  ) {}

  /** For the `/v1` routes: the caller behind a key, or 401 (unknown, revoked, expired) or 403 (a key of another scope). */
  async verify(key: string): Promise<ApiCaller> {
    const serviceIndex = this.config.inference.serviceApiKeys.findIndex((serviceKey) => constantTimeEquals(serviceKey, key));
    if (serviceIndex >= 0) return { kind: 'service', keyIndex: serviceIndex };
    const stored = await this.live(key, 'inference');
    const department = await this.dataSource.manager.findOneByOrFail(DepartmentEntity, { id: stored.departmentId });
    return { kind: 'key', keyId: stored.id, departmentId: department.id, departmentCode: department.code };
  }

  /**
   * For routes that take a key in place of a signed-in user (`@AcceptsApiKey`): the researcher a
   * `batches` key acts for, as a principal holding the researcher role only, read live like a session's user.
   */
  async principalFor(key: string, accepted: ApiKeyScope | null): Promise<Principal> {
    const stored = await this.live(key, accepted);
    const user = stored.userId ? await this.dataSource.manager.findOneBy(UserEntity, { id: stored.userId }) : null;
    if (!user || user.status === 'disabled' || !user.roles.includes('researcher')) {
      throw new AccountsError(AccountsErrorCode.InvalidToken, 'The researcher this API key acts for is disabled or no longer a researcher');
    }
    const department = user.departmentId ? await this.dataSource.manager.findOneBy(DepartmentEntity, { id: user.departmentId }) : null;
    return {
      userId: user.id,
      username: user.username,
      roles: ['researcher'],
      departmentId: user.departmentId,
      departmentCode: department?.code ?? null,
      adminScope: null,
      // No session stands behind a key: the key's id takes its place, so nothing that ends sessions can mistake it for one.
      sessionId: stored.id,
      restriction: null,
    };
  }

  async create(params: { principal: Principal; key: NewApiKey; context: RequestContext }): Promise<CreatedApiKey> {
    const { principal } = params;
    const scope = params.key.scope ?? 'inference';
    const { department, owner } =
      scope === 'batches' ? await this.researcherOf(principal, params.key.researcherId) : await this.departmentFor(principal, params.key.departmentId);
    return this.issue({ principal, context: params.context, name: params.key.name, scope, department, owner, expiresInDays: params.key.expiresInDays });
  }

  async list(principal: Principal): Promise<ApiKeyView[]> {
    const keys = await this.dataSource.manager.find(ApiKeyEntity, { order: { createdAt: 'DESC' } });
    const departments = new Map((await this.dataSource.manager.find(DepartmentEntity)).map((department) => [department.id, department]));
    const ownerIds = [...new Set(keys.flatMap((key) => (key.userId ? [key.userId] : [])))];
    const owners = new Map((ownerIds.length ? await this.dataSource.manager.findBy(UserEntity, { id: In(ownerIds) }) : []).map((user) => [user.id, user]));
    return keys.flatMap((key) => {
      const department = departments.get(key.departmentId);
      return department && this.canManage(principal, key.departmentId)
        ? [this.view(key, department, key.userId ? (owners.get(key.userId) ?? null) : null)]
        : [];
    });
  }

  async revoke(params: { principal: Principal; id: string; context: RequestContext }): Promise<void> {
    const key = await this.dataSource.manager.findOneBy(ApiKeyEntity, { id: params.id });
    if (!key || !this.canManage(params.principal, key.departmentId)) throw new AccountsError(AccountsErrorCode.ApiKeyNotFound, 'API key not found');
    if (!key.revokedAt) await this.dataSource.manager.update(ApiKeyEntity, { id: key.id }, { revokedAt: this.clock.now() });
    await this.audit.record({ action: 'apikey.revoke', outcome: 'success', actor: params.principal, context: params.context, summary: { apiKeyId: key.id } });
  }

  private async issue(params: {
    principal: Principal;
    context: RequestContext;
    name: string;
    scope: ApiKeyScope;
    department: DepartmentEntity;
    owner: UserEntity | null;
    expiresInDays: number | undefined;
  }): Promise<CreatedApiKey> {
    const { principal, scope, department, owner } = params;
    const expiresInDays = this.lifeOf(params.expiresInDays);
    const now = this.clock.now();
    const key = `${API_KEY_PREFIX}${randomToken(32)}`;
    const entity: ApiKeyEntity = {
      id: randomUUID(),
      name: params.name,
      prefix: key.slice(0, 12),
      keyHash: sha256Hex(key),
      departmentId: department.id,
      scope,
      userId: owner?.id ?? null,
      expiresAt: new Date(now.getTime() + expiresInDays * DAY_MS),
      createdBy: principal.userId,
      createdAt: now,
      lastUsedAt: null,
      revokedAt: null,
    };
    await this.dataSource.manager.insert(ApiKeyEntity, entity);
    await this.audit.record({
      action: 'apikey.create',
      outcome: 'success',
      actor: principal,
      context: params.context,
      summary: { apiKeyId: entity.id, targetDepartment: department.code, reasonCode: `scope:${scope}`, ...(owner ? { targetUserId: owner.id } : {}) },
    });
    return { ...this.view(entity, department, owner), key };
  }

  /** A researcher's own `batches` keys, newest first. */
  async listOwn(principal: Principal): Promise<ApiKeyView[]> {
    const keys = await this.dataSource.manager.find(ApiKeyEntity, { where: { userId: principal.userId, scope: 'batches' }, order: { createdAt: 'DESC' } });
    const owner = await this.dataSource.manager.findOneBy(UserEntity, { id: principal.userId });
    const departments = new Map((await this.dataSource.manager.find(DepartmentEntity)).map((department) => [department.id, department]));
    return keys.flatMap((key) => {
      const department = departments.get(key.departmentId);
      return department ? [this.view(key, department, owner)] : [];
    });
  }

  /** A researcher issues themself a `batches` key (the scope is fixed: no other route takes it), kept with their department. */
  async createOwn(params: { principal: Principal; key: { name: string; expiresInDays?: number }; context: RequestContext }): Promise<CreatedApiKey> {
    const owner = await this.dataSource.manager.findOneBy(UserEntity, { id: params.principal.userId });
    if (!owner || owner.status === 'disabled' || !owner.roles.includes('researcher')) {
      throw new AccountsError(AccountsErrorCode.InvalidToken, 'Only an active researcher may issue themself a batches key');
    }
    const department = owner.departmentId ? await this.dataSource.manager.findOneBy(DepartmentEntity, { id: owner.departmentId }) : null;
    if (!department) {
      throw new DomainError(
        'VALIDATION_FAILED',
        `${owner.username} belongs to no department: a batches key is kept with its researcher's department; ask an admin`,
      );
    }
    if (department.retiredAt) throw new AccountsError(AccountsErrorCode.DepartmentRetired, `Department ${department.code} is retired and takes no new keys`);
    return this.issue({
      principal: params.principal,
      context: params.context,
      name: params.key.name,
      scope: 'batches',
      department,
      owner,
      expiresInDays: params.key.expiresInDays,
    });
  }

  /** Revokes one of the researcher's own keys; another person's key is 404, as if it did not exist. */
  async revokeOwn(params: { principal: Principal; id: string; context: RequestContext }): Promise<void> {
    const key = await this.dataSource.manager.findOneBy(ApiKeyEntity, { id: params.id });
    if (!key || key.userId !== params.principal.userId || key.scope !== 'batches')
      throw new AccountsError(AccountsErrorCode.ApiKeyNotFound, 'API key not found');
    if (!key.revokedAt) await this.dataSource.manager.update(ApiKeyEntity, { id: key.id }, { revokedAt: this.clock.now() });
    await this.audit.record({ action: 'apikey.revoke', outcome: 'success', actor: params.principal, context: params.context, summary: { apiKeyId: key.id } });
  }

  /** A stored, unrevoked key of the accepted scope (null: the route takes no key) that has not expired; its use is noted. */
  private async live(key: string, accepted: ApiKeyScope | null): Promise<ApiKeyEntity> {
    const stored = key.startsWith(API_KEY_PREFIX)
      ? await this.dataSource.manager.findOneBy(ApiKeyEntity, { keyHash: sha256Hex(key), revokedAt: IsNull() })
      : null;
    if (!stored) throw new AccountsError(AccountsErrorCode.InvalidToken, 'API key is not valid');
    const now = this.clock.now();
    if (stored.expiresAt.getTime() <= now.getTime()) {
      throw new ApiKeyError(ApiKeyErrorCode.Expired, `This API key expired at ${stored.expiresAt.toISOString()}: ask an admin for a new one`, {
        apiKeyId: stored.id,
      });
    }
    if (stored.scope !== accepted) {
      throw new ApiKeyError(
        ApiKeyErrorCode.OutOfScope,
        `This API key's scope is "${stored.scope}": it may call ${API_KEY_SCOPE_ROUTES[stored.scope]} only, not this route`,
        { apiKeyId: stored.id, scope: stored.scope },
      );
    }
    if (!stored.lastUsedAt || now.getTime() - stored.lastUsedAt.getTime() > LAST_USED_RESOLUTION_MS) {
      await this.dataSource.manager.update(ApiKeyEntity, { id: stored.id }, { lastUsedAt: now });
    }
    return stored;
  }

  private lifeOf(requested: number | undefined): number {
    const { defaultDays, maxDays } = this.config.auth.apiKeys;
    if (requested === undefined) return defaultDays;
    if (!Number.isInteger(requested) || requested < 1 || requested > maxDays) {
      throw new DomainError('VALIDATION_FAILED', `expiresInDays must be a whole number of days from 1 to ${maxDays} (API_KEY_MAX_DAYS)`);
    }
    return requested;
  }

  private async departmentFor(principal: Principal, departmentId: string | undefined): Promise<{ department: DepartmentEntity; owner: null }> {
    if (!departmentId) throw new DomainError('VALIDATION_FAILED', 'departmentId is required for an inference key');
    const department = await this.dataSource.manager.findOneBy(DepartmentEntity, { id: departmentId });
    if (!department || !this.canManage(principal, department.id)) throw new AccountsError(AccountsErrorCode.DepartmentNotFound, 'Department not found');
    if (department.retiredAt) throw new AccountsError(AccountsErrorCode.DepartmentRetired, `Department ${department.code} is retired and takes no new keys`);
    return { department, owner: null };
  }

  /** A `batches` key acts for a researcher this admin manages; it belongs to the researcher's department. */
  private async researcherOf(principal: Principal, researcherId: string | undefined): Promise<{ department: DepartmentEntity; owner: UserEntity }> {
    if (!researcherId) throw new DomainError('VALIDATION_FAILED', 'researcherId is required for a batches key');
    const owner = await this.dataSource.manager.findOneBy(UserEntity, { id: researcherId });
    if (!owner || !canManageUser({ actor: principal, target: owner })) throw new AccountsError(AccountsErrorCode.UserNotFound, 'User not found');
    if (!owner.roles.includes('researcher') || owner.status === 'disabled') {
      throw new DomainError('VALIDATION_FAILED', `${owner.username} is not an active researcher: batches keys act for researchers only`);
    }
    const department = owner.departmentId ? await this.dataSource.manager.findOneBy(DepartmentEntity, { id: owner.departmentId }) : null;
    if (!department || !this.canManage(principal, department.id)) {
      throw new DomainError('VALIDATION_FAILED', `${owner.username} belongs to no department: a batches key is kept with its researcher's department`);
    }
    return { department, owner };
  }

  private canManage(principal: Principal, departmentId: string): boolean {
    return isGlobalAdmin(principal) || principal.departmentId === departmentId;
  }

  private view(key: ApiKeyEntity, department: DepartmentEntity, owner: UserEntity | null): ApiKeyView {
    return {
      id: key.id,
      name: key.name,
      prefix: key.prefix,
      scope: key.scope,
      department: { id: department.id, code: department.code },
      owner: owner ? { id: owner.id, username: owner.username } : null,
      createdAt: key.createdAt.toISOString(),
      expiresAt: key.expiresAt.toISOString(),
      expired: key.expiresAt.getTime() <= this.clock.now().getTime(),
      lastUsedAt: key.lastUsedAt?.toISOString() ?? null,
      revokedAt: key.revokedAt?.toISOString() ?? null,
    };
  }
}
