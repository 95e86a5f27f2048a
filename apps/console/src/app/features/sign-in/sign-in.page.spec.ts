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
    backend
      .expectOne('/api/auth/mfa')
      .flush({ accessToken: 't', expiresIn: 900, user: testUser({ restriction: 'password_change', mustChangePassword: true }) });
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
    backend
      .expectOne('/api/auth/login')
      .flush({ accessToken: 't', expiresIn: 900, user: testUser({ restriction: 'password_change', mustChangePassword: true }) });
    await vi.waitFor(() => expect(element.querySelector('[data-testid="password-new"]')).not.toBeNull());
    await type('password-new', 'A-Much-Better-Pass-2026');
    await type('password-confirm', 'Something-Else-2026');
    await submit('password-submit');
    expect(element.querySelector('[data-testid="login-error"]')?.textContent).toContain('do not match');
    backend.expectNone('/api/auth/password');
  });

  describe('sign-in with the hospital account (OpenID Connect)', () => {
    it('offers the hospital account button only when the API says OpenID Connect is on, as a link to the API start route', async () => {
      backend.expectOne('/api/auth/providers').flush({ password: true, oidc: true });
      await vi.waitFor(() => expect(element.querySelector('[data-testid="login-oidc"]')).not.toBeNull());
      const link = required(element.querySelector<HTMLAnchorElement>('[data-testid="login-oidc"]'));
      expect(link.getAttribute('href')).toBe('/api/auth/oidc/start');
      expect(link.textContent?.trim()).toBe('Sign in with hospital account');
      expect(element.querySelector('[data-testid="login-username"]')).not.toBeNull();
    });

    it('shows the password form alone when OpenID Connect is off or the providers cannot be read', async () => {
      backend.expectOne('/api/auth/providers').flush({ password: true, oidc: false });
      await fixture.whenStable();
      expect(element.querySelector('[data-testid="login-oidc"]')).toBeNull();
      const again = TestBed.createComponent(SignInPage);
      backend.expectOne('/api/auth/providers').flush('down', { status: 503, statusText: 'Service Unavailable' });
      await again.whenStable();
      expect((again.nativeElement as HTMLElement).querySelector('[data-testid="login-oidc"]')).toBeNull();
    });

    it('explains why the API sent the browser back, in the chosen language, and shows an unknown reason as a code for IT', async () => {
      fixture.componentRef.setInput('oidcError', 'no_mapped_group');
      await fixture.whenStable();
      expect(element.querySelector('[data-testid="login-oidc-error"]')?.textContent).toContain('in no group that gives access to MedLocal');
      fixture.componentRef.setInput('oidcError', 'id_token_wrong_audience');
      await fixture.whenStable();
      const shown = element.querySelector('[data-testid="login-oidc-error"]')?.textContent ?? '';
      expect(shown).toContain('did not pass the checks');
      expect(shown).toContain('id_token_wrong_audience');
    });

    it('asks for the TOTP code when the API returns with a challenge in the fragment, and takes it out of the address bar', async () => {
      history.replaceState(null, '', '/sign-in#oidcMfa=challenge.token-1');
      const withChallenge = TestBed.createComponent(SignInPage);
      const page = withChallenge.nativeElement as HTMLElement;
      await withChallenge.whenStable();
      expect(location.hash).toBe('');
      const code = required(page.querySelector<HTMLInputElement>('[data-testid="login-mfa"]'));
      code.value = '123456';
      code.dispatchEvent(new Event('input'));
      await withChallenge.whenStable();
      required(page.querySelector<HTMLButtonElement>('[data-testid="login-submit"]')).click();
      const verify = backend.expectOne('/api/auth/mfa');
      expect(verify.request.body).toEqual({ mfaToken: 'challenge.token-1', code: '123456' });
      verify.flush({ accessToken: 't', expiresIn: 900, user: testUser() });
      await vi.waitFor(() => expect(navigate).toHaveBeenCalledWith('/chat'));
    });
  });
});
