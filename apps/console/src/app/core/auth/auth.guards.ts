import { inject } from '@angular/core';
import { Router, type CanActivateFn, type CanMatchFn, type UrlTree } from '@angular/router';
import type { Role } from '@medlocal/contracts';
import { AuthStore } from './auth.store';

/** Signed in, with the forced password change done; otherwise to sign-in (remembering where to return). */
export const signedInGuard: CanActivateFn = (_route, state) => {
  const auth = inject(AuthStore);
  const router = inject(Router);
  if (!auth.signedIn()) return router.createUrlTree(['/sign-in'], { queryParams: { returnUrl: state.url } });
  // A restricted session may only finish its account set-up, which the sign-in page does.
  if (auth.restricted()) return router.createUrlTree(['/sign-in']);
  return true;
};

/** Refuses a route to anyone without one of `roles`: a direct URL shows the "not allowed" page. */
export function roleGuard(roles: readonly Role[]): CanActivateFn {
  return (_route, state) => {
    const auth = inject(AuthStore);
    const router = inject(Router);
    if (!auth.signedIn()) return router.createUrlTree(['/sign-in'], { queryParams: { returnUrl: state.url } });
    return auth.hasAnyRole(roles) ? true : router.createUrlTree(['/forbidden'], { queryParams: { from: state.url } });
  };
}

/**
 * The start page for a user's roles, one the route guards let them open (so "back to the start
 * page" can never loop to the refusal): clinicians chat, admins manage users, auditors audit,
 * researchers follow their batches. `null` for an account with no role: nothing to open.
 */
export function homeFor(roles: readonly Role[]): string | null {
  if (roles.includes('clinician')) return '/chat';
  if (roles.includes('admin')) return '/admin/users';
  if (roles.includes('auditor')) return '/audit';
  if (roles.includes('researcher')) return '/research';
  return null;
}

export const homeRedirectGuard: CanMatchFn = (): UrlTree => {
  const auth = inject(AuthStore);
  const router = inject(Router);
  const user = auth.user();
  if (!user) return router.parseUrl('/sign-in');
  return router.parseUrl(homeFor(user.roles) ?? '/forbidden');
};
