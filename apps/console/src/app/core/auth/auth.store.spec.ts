import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { AuthStore } from './auth.store';
import { testUser } from './auth-test-user';

describe(AuthStore.name, () => {
  let sut: AuthStore;
  let backend: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    sut = TestBed.inject(AuthStore);
    backend = TestBed.inject(HttpTestingController);
  });

  afterEach(() => backend.verify());

  it('asks for the TOTP code when the server answers with an MFA challenge', async () => {
    const outcome = sut.signIn('zhang.wei', 'pw');
    backend.expectOne('/api/auth/login').flush({ mfaRequired: true, mfaToken: 'mfa-1' });
    await expect(outcome).resolves.toEqual({ kind: 'mfa', mfaToken: 'mfa-1' });
    expect(sut.signedIn()).toBe(false);

    const verified = sut.verifyMfa('mfa-1', '123456');
    const request = backend.expectOne('/api/auth/mfa');
    expect(request.request.body).toEqual({ mfaToken: 'mfa-1', code: '123456' });
    request.flush({ accessToken: 'token', expiresIn: 900, user: testUser({ username: 'zhang.wei' }) });
    await verified;
    expect(sut.signedIn()).toBe(true);
    expect(sut.authorizationHeader()).toEqual({ Authorization: 'Bearer token' });
  });

  it('shares one refresh between concurrent callers', async () => {
    const first = sut.refresh();
    const second = sut.refresh();
    backend.expectOne('/api/auth/refresh').flush({ accessToken: 'fresh', expiresIn: 900, user: testUser() });
    await expect(Promise.all([first, second])).resolves.toEqual([true, true]);
  });

  it('reports a restricted session and lifts it once the password is changed', async () => {
    const signIn = sut.signIn('li.na', 'temporary');
    backend
      .expectOne('/api/auth/login')
      .flush({ accessToken: 't', expiresIn: 900, user: testUser({ restriction: 'password_change', mustChangePassword: true }) });
    await signIn;
    expect(sut.restricted()).toBe(true);

    const change = sut.changePassword({ currentPassword: 'temporary', newPassword: 'Longer-and-Better-2026' });
    backend.expectOne('/api/auth/password').flush(null, { status: 204, statusText: 'No Content' });
    await vi.waitFor(() => backend.expectOne('/api/auth/me').flush(testUser()));
    await change;
    expect(sut.restricted()).toBe(false);
  });

  it('renews the access token before it expires', async () => {
    vi.useFakeTimers();
    try {
      const signIn = sut.signIn('li.na', 'pw');
      backend.expectOne('/api/auth/login').flush({ accessToken: 'first', expiresIn: 100, user: testUser() });
      await signIn;
      await vi.advanceTimersByTimeAsync(79_000);
      backend.expectNone('/api/auth/refresh');
      await vi.advanceTimersByTimeAsync(2_000);
      backend.expectOne('/api/auth/refresh').flush({ accessToken: 'second', expiresIn: 100, user: testUser() });
      await vi.advanceTimersByTimeAsync(0);
      expect(sut.authorizationHeader()).toEqual({ Authorization: 'Bearer second' });
    } finally {
      sut.clear();
      vi.useRealTimers();
    }
  });

  it('answers the IdP end-session address when the session came from hospital sign-in (OpenID Connect)', async () => {
    const signIn = sut.signIn('li.na', 'pw');
    backend.expectOne('/api/auth/login').flush({ accessToken: 't', expiresIn: 900, user: testUser() });
    await signIn;
    const signOut = sut.signOut();
    backend.expectOne('/api/auth/logout').flush({ endSessionUrl: 'https://sso.hospital.local/logout?x=1' });
    expect(await signOut).toEqual({ endSessionUrl: 'https://sso.hospital.local/logout?x=1' });
    expect(sut.signedIn()).toBe(false);
  });

  it('answers no end-session address for a local session (204) or an address that is not https', async () => {
    for (const body of [null, { endSessionUrl: 'javascript:alert(1)' }]) {
      const signIn = sut.signIn('li.na', 'pw');
      backend.expectOne('/api/auth/login').flush({ accessToken: 't', expiresIn: 900, user: testUser() });
      await signIn;
      const signOut = sut.signOut();
      backend.expectOne('/api/auth/logout').flush(body, body ? {} : { status: 204, statusText: 'No Content' });
      expect(await signOut).toEqual({});
    }
  });

  it('forgets the session when signing out, even if the server is unreachable', async () => {
    const signIn = sut.signIn('li.na', 'pw');
    backend.expectOne('/api/auth/login').flush({ accessToken: 't', expiresIn: 900, user: testUser() });
    await signIn;
    const signOut = sut.signOut();
    backend.expectOne('/api/auth/logout').error(new ProgressEvent('error'));
    await signOut;
    expect(sut.signedIn()).toBe(false);
  });
});
