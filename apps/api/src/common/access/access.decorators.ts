import { applyDecorators, createParamDecorator, SetMetadata, type ExecutionContext } from '@nestjs/common';
import { ApiBearerAuth, ApiSecurity } from '@nestjs/swagger';
import type { Request } from 'express';
import type { ApiKeyScope } from '@medlocal/contracts';
import type { Principal } from './principal';
import type { Role } from './roles';

export const ROUTE_ACCESS = 'medlocal:route-access';

/**
 * How a route may be reached. Every route declares one (on the handler or its controller);
 * the global `AccessGuard` refuses any route that does not.
 */
export type RouteAccess =
  | { readonly kind: 'public' }
  | { readonly kind: 'signed-in'; readonly allowRestricted: boolean }
  | { readonly kind: 'roles'; readonly roles: readonly Role[]; readonly adminScope?: 'global' }
  | { readonly kind: 'api-key' };

/** Anyone, signed in or not (health, sign-in). */
export const Public = () => SetMetadata(ROUTE_ACCESS, { kind: 'public' } satisfies RouteAccess);

/**
 * Any signed-in user. `allowRestricted` admits sessions that must first change their password or
 * enrol a second factor (only the routes that let them do so, and sign out).
 */
export const SignedIn = (options: { allowRestricted?: boolean } = {}) =>
  applyDecorators(SetMetadata(ROUTE_ACCESS, { kind: 'signed-in', allowRestricted: options.allowRestricted ?? false } satisfies RouteAccess), ApiBearerAuth());

/** Signed-in users holding at least one of these roles. */
export const Roles = (...roles: [Role, ...Role[]]) =>
  applyDecorators(SetMetadata(ROUTE_ACCESS, { kind: 'roles', roles } satisfies RouteAccess), ApiBearerAuth());

/** Global admins only: hospital-wide settings a department admin must not change for other departments. */
export const GlobalAdmin = () =>
  applyDecorators(SetMetadata(ROUTE_ACCESS, { kind: 'roles', roles: ['admin'], adminScope: 'global' } satisfies RouteAccess), ApiBearerAuth());

/** Callers of the `/v1` API with a key (`Authorization: Bearer mlk_…` or `x-api-key`); see `ApiKeyService.verify`. */
export const ApiKeyAccess = () => applyDecorators(SetMetadata(ROUTE_ACCESS, { kind: 'api-key' } satisfies RouteAccess), ApiSecurity('api-key'));

export const ACCEPTED_API_KEY_SCOPE = 'medlocal:accepted-api-key-scope';

/**
 * A signed-in route (`@Roles`) that also takes an API key of this scope in place of a sign-in, so a
 * script does not juggle 15-minute tokens: the key acts for the user it was issued for (a `batches`
 * key: its researcher). A key of another scope, or on a route without this, is refused with 403.
 */
export const AcceptsApiKey = (scope: ApiKeyScope) => applyDecorators(SetMetadata(ACCEPTED_API_KEY_SCOPE, scope), ApiSecurity('api-key'));

/** The signed-in user, as `AccessGuard` resolved it for this request. */
export const CurrentUser = createParamDecorator((_data: unknown, context: ExecutionContext): Principal => {
  const principal = context.switchToHttp().getRequest<Request & { principal?: Principal }>().principal;
  if (!principal) throw new Error('CurrentUser used on a route that is not signed-in only');
  return principal;
});
