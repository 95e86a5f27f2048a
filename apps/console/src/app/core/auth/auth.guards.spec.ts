import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter, type ActivatedRouteSnapshot, type RouterStateSnapshot, type UrlTree } from '@angular/router';
import type { AuthUser } from '@medlocal/contracts';
import { homeFor, roleGuard, signedInGuard } from './auth.guards';
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
    expect(homeFor(['researcher'])).toBe('/forbidden');
  });
});
