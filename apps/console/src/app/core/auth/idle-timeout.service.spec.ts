import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { AuthStore } from './auth.store';
import { testUser } from './auth-test-user';
import { IdleTimeoutService } from './idle-timeout.service';

describe(IdleTimeoutService.name, () => {
  let backend: HttpTestingController;
  let navigate: ReturnType<typeof vi.spyOn>;

  beforeEach(async () => {
    vi.useFakeTimers();
    TestBed.configureTestingModule({ providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting()] });
    backend = TestBed.inject(HttpTestingController);
    navigate = vi.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);
    const signIn = TestBed.inject(AuthStore).signIn('li.na', 'pw');
    backend.expectOne('/api/auth/login').flush({ accessToken: 't', expiresIn: 900, user: testUser() });
    await signIn;
  });

  afterEach(() => vi.useRealTimers());

  it('signs an idle session out and says why on the sign-in page', async () => {
    const sut = TestBed.inject(IdleTimeoutService);
    TestBed.tick();
    sut.configure(60_000);
    await vi.advanceTimersByTimeAsync(59_000);
    expect(TestBed.inject(AuthStore).signedIn()).toBe(true);
    await vi.advanceTimersByTimeAsync(2_000);
    backend.expectOne('/api/auth/logout').flush(null, { status: 204, statusText: 'No Content' });
    await vi.advanceTimersByTimeAsync(0);
    expect(TestBed.inject(AuthStore).signedIn()).toBe(false);
    expect(navigate).toHaveBeenCalledWith(['/sign-in'], { queryParams: { reason: 'idle' } });
  });

  it('starts the clock again on keyboard or pointer activity', async () => {
    const sut = TestBed.inject(IdleTimeoutService);
    TestBed.tick();
    sut.configure(60_000);
    await vi.advanceTimersByTimeAsync(50_000);
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'a' }));
    await vi.advanceTimersByTimeAsync(50_000);
    expect(TestBed.inject(AuthStore).signedIn()).toBe(true);
    backend.expectNone('/api/auth/logout');
  });
});
