import { HttpClient, provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { firstValueFrom } from 'rxjs';
import { authInterceptor } from './auth.interceptor';
import { AuthStore } from './auth.store';
import { testUser } from './auth-test-user';

describe('authInterceptor', () => {
  let http: HttpClient;
  let backend: HttpTestingController;
  let auth: AuthStore;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [provideRouter([]), provideHttpClient(withInterceptors([authInterceptor])), provideHttpClientTesting()],
    });
    http = TestBed.inject(HttpClient);
    backend = TestBed.inject(HttpTestingController);
    auth = TestBed.inject(AuthStore);
    const signIn = auth.signIn('li.na', 'secret');
    backend.expectOne('/api/auth/login').flush({ accessToken: 'token-1', expiresIn: 900, user: testUser() });
    await signIn;
  });

  afterEach(() => backend.verify());

  it('sends the bearer token to the API', async () => {
    const result = firstValueFrom(http.get('/api/status'));
    const request = backend.expectOne('/api/status');
    expect(request.request.headers.get('Authorization')).toBe('Bearer token-1');
    request.flush({ ok: true });
    await expect(result).resolves.toEqual({ ok: true });
  });

  it('leaves the sign-in call and non-API URLs alone', () => {
    http.get('/assets/logo.svg').subscribe();
    expect(backend.expectOne('/assets/logo.svg').request.headers.has('Authorization')).toBe(false);
  });

  it('refreshes once on 401 and repeats the request with the new token', async () => {
    const result = firstValueFrom(http.get('/api/status'));
    backend.expectOne('/api/status').flush({ message: 'expired' }, { status: 401, statusText: 'Unauthorized' });
    await Promise.resolve();
    const refresh = backend.expectOne('/api/auth/refresh');
    expect(refresh.request.headers.has('Authorization')).toBe(false);
    refresh.flush({ accessToken: 'token-2', expiresIn: 900, user: testUser() });
    await vi.waitFor(() =>
      backend.expectOne((request) => request.url === '/api/status' && request.headers.get('Authorization') === 'Bearer token-2').flush({ ok: 2 }),
    );
    await expect(result).resolves.toEqual({ ok: 2 });
  });

  it('sends the user to sign-in when the refresh is refused, and passes the 401 on', async () => {
    const navigate = vi.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);
    const result = firstValueFrom(http.get('/api/admin/users'));
    backend.expectOne('/api/admin/users').flush({ message: 'expired' }, { status: 401, statusText: 'Unauthorized' });
    await Promise.resolve();
    backend.expectOne('/api/auth/refresh').flush({ message: 'Session has ended' }, { status: 401, statusText: 'Unauthorized' });
    await expect(result).rejects.toMatchObject({ status: 401 });
    expect(auth.signedIn()).toBe(false);
    expect(navigate).toHaveBeenCalledWith(['/sign-in'], expect.objectContaining({ queryParams: expect.objectContaining({ reason: 'expired' }) }));
  });

  it('does not refresh on other errors', async () => {
    const result = firstValueFrom(http.get('/api/audit/verify'));
    backend.expectOne('/api/audit/verify').flush({ message: 'no' }, { status: 403, statusText: 'Forbidden' });
    await expect(result).rejects.toMatchObject({ status: 403 });
    backend.expectNone('/api/auth/refresh');
  });
});
