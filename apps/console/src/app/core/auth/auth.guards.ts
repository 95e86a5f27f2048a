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

/** The start page for a role: clinicians chat, auditors audit, admins manage users. */
export function homeFor(roles: readonly Role[]): string {
  if (roles.includes('clinician')) return '/chat';
  if (roles.includes('admin')) return '/admin/users';
  if (roles.includes('auditor')) return '/audit';
  // Researchers work through batch jobs; the console has no page for them yet.
  return '/forbidden';
}

export const homeRedirectGuard: CanMatchFn = (): UrlTree => {
  const auth = inject(AuthStore);
  const router = inject(Router);
  const user = auth.user();
  return router.parseUrl(user ? homeFor(user.roles) : '/sign-in');
};
