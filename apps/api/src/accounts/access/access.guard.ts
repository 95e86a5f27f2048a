import { Inject, Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import { AccountsError, AccountsErrorCode } from '../accounts.errors';
import type { ApiCaller } from '../../common/access/api-caller';
import { API_KEY_PREFIX, ApiKeyService } from '../api-keys/api-key.service';
import { isGlobalAdmin, type Principal } from '../../common/access/principal';
import { requestContextOf } from '../../common/access/request-context.util';
import { SecurityAuditService } from '../common/security-audit.service';
import type { ApiKeyScope } from '@medlocal/contracts';
import { ACCEPTED_API_KEY_SCOPE, ROUTE_ACCESS, type RouteAccess } from '../../common/access/access.decorators';
import { ApiKeyError } from '../api-keys/api-key.errors';
import { NOT_USER_ACTIVITY } from '../sessions/not-user-activity.decorator';
import { PrincipalService } from './principal.service';

export type GuardedRequest = Request & { principal?: Principal; apiCaller?: ApiCaller };

/** Deny by default: every route must declare who may call it, and the caller must match. */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(
    @Inject(Reflector) private readonly reflector: Reflector,
    @Inject(PrincipalService) private readonly principals: PrincipalService,
    @Inject(ApiKeyService) private readonly apiKeys: ApiKeyService,
    @Inject(SecurityAuditService) private readonly audit: SecurityAuditService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') return false;
    const request = context.switchToHttp().getRequest<GuardedRequest>();
    const access = this.reflector.getAllAndOverride<RouteAccess | undefined>(ROUTE_ACCESS, [context.getHandler(), context.getClass()]);
    if (!access) {
      await this.deny(request, undefined, 'undeclared_route');
      throw new AccountsError(AccountsErrorCode.AccessDenied, 'This route declares no access rule and is refused');
    }
    switch (access.kind) {
      case 'public':
        return true;
      case 'api-key':
        request.apiCaller = await this.auditedKey(request, () => this.apiKeys.verify(apiKeyOf(request) ?? ''));
        return true;
      case 'signed-in':
      case 'roles': {
        const key = storedApiKeyOf(request);
        if (key) {
          const accepted = this.reflector.getAllAndOverride<ApiKeyScope | undefined>(ACCEPTED_API_KEY_SCOPE, [context.getHandler(), context.getClass()]);
          request.principal = await this.auditedKey(request, () => this.apiKeys.principalFor(key, accepted ?? null));
          return this.authorise(request, request.principal, access);
        }
        request.principal = await this.signedIn(
          request,
          !this.reflector.getAllAndOverride<boolean | undefined>(NOT_USER_ACTIVITY, [context.getHandler(), context.getClass()]),
        );
        return this.authorise(request, request.principal, access);
      }
    }
  }

  /** An expired key, or one used beyond its scope, is refused and audited with the key's id (never its secret). */
  private async auditedKey<T>(request: Request, resolve: () => Promise<T>): Promise<T> {
    try {
      return await resolve();
    } catch (error) {
      if (error instanceof ApiKeyError) {
        const apiKeyId = typeof error.details?.['apiKeyId'] === 'string' ? error.details['apiKeyId'] : undefined;
        await this.deny(request, undefined, error.code === 'API_KEY_EXPIRED' ? 'api_key_expired' : 'api_key_scope', apiKeyId);
      }
      throw error;
    }
  }

  private async signedIn(request: Request, userActivity: boolean): Promise<Principal> {
    const header = request.headers.authorization;
    const token = header?.startsWith('Bearer ') ? header.slice('Bearer '.length).trim() : undefined;
    if (!token) throw new AccountsError(AccountsErrorCode.AuthRequired, 'Sign in first');
    return this.principals.fromAccessToken(token, { userActivity });
  }

  private async authorise(request: Request, principal: Principal, access: Extract<RouteAccess, { kind: 'signed-in' | 'roles' }>): Promise<true> {
    const allowRestricted = access.kind === 'signed-in' && access.allowRestricted;
    if (principal.restriction && !allowRestricted) {
      await this.deny(request, principal, `restricted_${principal.restriction}`);
      throw new AccountsError(
        AccountsErrorCode.RestrictedSession,
        principal.restriction === 'password_change' ? 'Change your password first' : 'Enrol a second factor first',
      );
    }
    if (access.kind === 'roles' && !access.roles.some((role) => principal.roles.includes(role))) {
      await this.deny(request, principal, 'role');
      throw new AccountsError(AccountsErrorCode.AccessDenied, 'Your role does not allow this');
    }
    if (access.kind === 'roles' && access.adminScope === 'global' && !isGlobalAdmin(principal)) {
      await this.deny(request, principal, 'admin_scope');
      throw new AccountsError(AccountsErrorCode.GlobalAdminRequired, 'Only a global admin may do this');
    }
    return true;
  }

  private deny(request: Request, principal: Principal | undefined, reason: string, apiKeyId?: string): Promise<void> {
    return this.audit.record({
      action: 'access.denied',
      outcome: 'failure',
      actor: principal,
      context: requestContextOf(request),
      summary: { reasonCode: reason, targetType: 'route', targetId: `${request.method}:${routeOf(request)}`, ...(apiKeyId ? { apiKeyId } : {}) },
    });
  }
}

/** The route pattern (`/api/admin/users/:id`), not the concrete path, so no ids or query text reach the audit. */
function routeOf(request: Request): string {
  const pattern = (request.route as { path?: unknown } | undefined)?.path;
  return typeof pattern === 'string' ? `${request.baseUrl ?? ''}${pattern}` : 'unknown';
}

function apiKeyOf(request: Request): string | undefined {
  const header = request.headers['x-api-key'];
  if (typeof header === 'string' && header) return header;
  const authorization = request.headers.authorization;
  return authorization?.startsWith('Bearer ') ? authorization.slice('Bearer '.length).trim() : undefined;
}

/** A stored key (`mlk_…`) presented where a sign-in is expected: a bearer token or `x-api-key`. */
function storedApiKeyOf(request: Request): string | undefined {
  const key = apiKeyOf(request);
  return key?.startsWith(API_KEY_PREFIX) ? key : undefined;
}
