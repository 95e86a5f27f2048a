import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { testUser } from '../../core/auth/auth-test-user';
import { SignInPage } from './sign-in.page';
import { required } from '../../../testing/required.util';

describe(SignInPage.name, () => {
  let fixture: ComponentFixture<SignInPage>;
  let element: HTMLElement;
  let backend: HttpTestingController;
  let navigate: ReturnType<typeof vi.spyOn>;

  beforeEach(async () => {
    localStorage.setItem('medlocal.language', 'en');
    TestBed.configureTestingModule({ providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting()] });
    backend = TestBed.inject(HttpTestingController);
    navigate = vi.spyOn(TestBed.inject(Router), 'navigateByUrl').mockResolvedValue(true);
    fixture = TestBed.createComponent(SignInPage);
    element = fixture.nativeElement;
    await fixture.whenStable();
  });

  afterEach(() => localStorage.clear());

  async function type(testId: string, value: string): Promise<void> {
    const input = required(element.querySelector<HTMLInputElement>(`[data-testid="${testId}"]`));
    input.value = value;
    input.dispatchEvent(new Event('input'));
    await fixture.whenStable();
  }

  async function submit(testId = 'login-submit'): Promise<void> {
    required(element.querySelector<HTMLButtonElement>(`[data-testid="${testId}"]`)).click();
    await fixture.whenStable();
  }

  it('signs a clinician in and goes to the chat', async () => {
    await type('login-username', 'li.na');
    await type('login-password', 'Correct-Horse-9');
    await submit();
    const request = backend.expectOne('/api/auth/login');
    expect(request.request.body).toEqual({ username: 'li.na', password: 'Correct-Horse-9' });
    request.flush({ accessToken: 't', expiresIn: 900, user: testUser() });
    await vi.waitFor(() => expect(navigate).toHaveBeenCalledWith('/chat'));
  });

  it('explains a refused sign-in, including a possible lockout', async () => {
    await type('login-username', 'li.na');
    await type('login-password', 'wrong');
    await submit();
    backend.expectOne('/api/auth/login').flush({ statusCode: 401, message: 'Invalid username or password' }, { status: 401, statusText: 'Unauthorized' });
    await vi.waitFor(() => expect(element.querySelector('[data-testid="login-error"]')?.textContent).toContain('temporarily locked'));
  });

  it('says the account is locked when the server answers 423', async () => {
    await type('login-username', 'li.na');
    await type('login-password', 'pw');
    await submit();
    backend.expectOne('/api/auth/login').flush({ statusCode: 423, message: 'Account locked until 10:30' }, { status: 423, statusText: 'Locked' });
    await vi.waitFor(() => expect(element.querySelector('[data-testid="login-error"]')?.textContent).toContain('The account is locked'));
    expect(element.querySelector('[data-testid="login-error"]')?.textContent).toContain('Account locked until 10:30');
  });

  it('asks for the TOTP code, then for a new password when one is due', async () => {
    await type('login-username', 'wang.fang');
    await type('login-password', 'Temporary-Pass-1');
    await submit();
    backend.expectOne('/api/auth/login').flush({ mfaRequired: true, mfaToken: 'mfa-token' });
    await vi.waitFor(() => expect(element.querySelector('[data-testid="login-mfa"]')).not.toBeNull());
    await type('login-mfa', '654321');
    await submit();
    backend.expectOne('/api/auth/mfa').flush({ accessToken: 't', expiresIn: 900, user: testUser({ restriction: 'password_change', mustChangePassword: true }) });
    await vi.waitFor(() => expect(element.querySelector('[data-testid="password-new"]')).not.toBeNull());
    await type('password-new', 'A-Much-Better-Pass-2026');
    await type('password-confirm', 'A-Much-Better-Pass-2026');
    await submit('password-submit');
    const change = backend.expectOne('/api/auth/password');
    expect(change.request.body).toEqual({ currentPassword: 'Temporary-Pass-1', newPassword: 'A-Much-Better-Pass-2026' });
    change.flush(null, { status: 204, statusText: 'No Content' });
    await vi.waitFor(() => backend.expectOne('/api/auth/me').flush(testUser()));
    await vi.waitFor(() => expect(navigate).toHaveBeenCalledWith('/chat'));
  });

  it('refuses mismatched new passwords before asking the server', async () => {
    await type('login-username', 'li.na');
    await type('login-password', 'Temporary-Pass-1');
    await submit();
    backend.expectOne('/api/auth/login').flush({ accessToken: 't', expiresIn: 900, user: testUser({ restriction: 'password_change', mustChangePassword: true }) });
    await vi.waitFor(() => expect(element.querySelector('[data-testid="password-new"]')).not.toBeNull());
    await type('password-new', 'A-Much-Better-Pass-2026');
    await type('password-confirm', 'Something-Else-2026');
    await submit('password-submit');
    expect(element.querySelector('[data-testid="login-error"]')?.textContent).toContain('do not match');
    backend.expectNone('/api/auth/password');
  });
});
