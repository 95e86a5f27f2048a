import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter, type ActivatedRouteSnapshot, type RouterStateSnapshot, type UrlTree } from '@angular/router';
import { ROLES, type AuthUser } from '@medlocal/contracts';
import { appRoutes } from '../../app.routes';
import { homeFor, homeRedirectGuard, roleGuard, signedInGuard } from './auth.guards';
import { AuthStore } from './auth.store';
import { testUser } from './auth-test-user';

const state = (url: string) => ({ url }) as RouterStateSnapshot;
const route = {} as ActivatedRouteSnapshot;

describe('route guards', () => {
  let backend: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting()] });
    backend = TestBed.inject(HttpTestingController);
  });

  async function signInAs(user: AuthUser): Promise<void> {
    const done = TestBed.inject(AuthStore).signIn(user.username, 'pw');
    backend.expectOne('/api/auth/login').flush({ accessToken: 't', expiresIn: 900, user });
    await done;
  }

  const run = (guard: typeof signedInGuard, url: string) => TestBed.runInInjectionContext(() => guard(route, state(url)));
  const serialize = (result: unknown) => TestBed.inject(Router).serializeUrl(result as UrlTree);

  it('sends a visitor who is not signed in to sign-in, remembering the page', () => {
    expect(serialize(run(signedInGuard, '/audit'))).toBe('/sign-in?returnUrl=%2Faudit');
  });

  it('lets a signed-in user through', async () => {
    await signInAs(testUser());
    expect(run(signedInGuard, '/chat')).toBe(true);
  });

  it('keeps a restricted session on the sign-in page until the password is changed', async () => {
    await signInAs(testUser({ restriction: 'password_change', mustChangePassword: true }));
    expect(serialize(run(signedInGuard, '/chat'))).toBe('/sign-in');
  });

  it('refuses the admin pages to a clinician, naming the refused URL', async () => {
    await signInAs(testUser({ roles: ['clinician'] }));
    expect(serialize(run(roleGuard(['admin']), '/admin/users'))).toBe('/forbidden?from=%2Fadmin%2Fusers');
  });

  it('opens the audit trail to auditors and admins', async () => {
    await signInAs(testUser({ roles: ['auditor'] }));
    expect(run(roleGuard(['admin', 'auditor']), '/audit')).toBe(true);
  });

  it('chooses a start page by role', () => {
    expect(homeFor(['clinician', 'admin'])).toBe('/chat');
    expect(homeFor(['admin'])).toBe('/admin/users');
    expect(homeFor(['auditor'])).toBe('/audit');
    expect(homeFor(['researcher'])).toBe('/research');
    expect(homeFor([])).toBeNull();
  });

  /** The route guards of the app's route for `url` (first segment), as the router would run them. */
  function guardsOf(url: string) {
    const shell = appRoutes.find((entry) => entry.path === '' && entry.children);
    const page = shell?.children?.find((entry) => entry.path === url.split('/')[1]);
    return (page?.canActivate ?? []) as (typeof signedInGuard)[];
  }

  it.each(ROLES.map((role) => [role]))('lands a %s on a start page its guards let through, never on the refusal', async (role) => {
    await signInAs(testUser({ roles: [role] }));
    const home = homeFor([role]);
    expect(home).not.toBeNull();
    expect(home).not.toBe('/forbidden');
    expect(guardsOf(home as string).length).toBeGreaterThan(0);
    for (const guard of guardsOf(home as string)) expect(run(guard, home as string)).toBe(true);
    expect(serialize(TestBed.runInInjectionContext(() => homeRedirectGuard({}, [])))).toBe(home);
  });

  it('sends an account without a role to the refusal page, which offers no start page to loop to', async () => {
    await signInAs(testUser({ roles: [] }));
    expect(serialize(TestBed.runInInjectionContext(() => homeRedirectGuard({}, [])))).toBe('/forbidden');
    expect(homeFor([])).toBeNull();
  });
});
