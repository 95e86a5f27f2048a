import { DOCUMENT } from '@angular/common';
import { HttpClient, HttpErrorResponse } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { firstValueFrom } from 'rxjs';
import { FormsModule } from '@angular/forms';
import { Router } from '@angular/router';
import { errorCodeOf, serverMessageOf } from '../../core/api/request-problem.util';
import { homeFor } from '../../core/auth/auth.guards';
import { AuthStore } from '../../core/auth/auth.store';
import type { AuthProvidersResponse, MfaEnrolmentResponse } from '@medlocal/contracts';
import type { MessageKey } from '../../core/i18n/messages.zh';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { ServerDetailComponent } from '../../ui/server-detail.component';

type Step = 'credentials' | 'mfa' | 'change-password' | 'mfa-enrol';

const NOTICES: Readonly<Record<string, MessageKey>> = {
  idle: 'signIn.notice.idle',
  expired: 'signIn.notice.expired',
  signedOut: 'signIn.notice.signedOut',
};

/** Why the API sent the browser back from the IdP (`/sign-in?oidcError=<reason>`); other reasons read as a failed check. */
const OIDC_ERRORS: Readonly<Record<string, MessageKey>> = {
  no_mapped_group: 'signIn.oidc.error.noAccess',
  account_source_conflict: 'signIn.oidc.error.accountConflict',
  subject_mismatch: 'signIn.oidc.error.accountConflict',
  disabled: 'signIn.oidc.error.disabled',
  locked: 'signIn.oidc.error.disabled',
  idp_mfa_missing: 'signIn.oidc.error.mfa',
  idp_unreachable: 'signIn.oidc.error.unavailable',
  oidc_off: 'signIn.oidc.error.unavailable',
  idp_refused: 'signIn.oidc.error.refused',
  flow_expired: 'signIn.oidc.error.expired',
  state_mismatch: 'signIn.oidc.error.expired',
};

/** The API's redirect after the IdP when the account also has MedLocal TOTP: the challenge rides in the fragment. */
const OIDC_MFA_FRAGMENT = /^#oidcMfa=([\w.-]+)$/;

/**
 * Password, then the TOTP code when the account has one, then the forced password change. With
 * OpenID Connect on, "Sign in with hospital account" leaves for the IdP; it comes back here only to
 * explain a refusal or ask for the TOTP code.
 */
@Component({
  selector: 'ml-sign-in-page',
  imports: [FormsModule, TranslatePipe, ServerDetailComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './sign-in.page.html',
  styleUrl: './sign-in.page.scss',
})
export class SignInPage {
  private readonly auth = inject(AuthStore);
  private readonly router = inject(Router);

  private readonly http = inject(HttpClient);
  private readonly document = inject(DOCUMENT);

  readonly reason = input<string>();
  readonly returnUrl = input<string>();
  /** Set by the API's OpenID Connect callback when it refused the sign-in. */
  readonly oidcError = input<string>();

  protected readonly oidcOffered = signal(false);
  protected readonly oidcRefusal = computed(() => {
    const code = this.oidcError();
    return code ? { key: OIDC_ERRORS[code] ?? ('signIn.oidc.error.failed' as const), code: OIDC_ERRORS[code] ? null : code } : null;
  });

  protected readonly currentStep = signal<Step>('credentials');
  protected readonly busy = signal(false);
  protected readonly errorKey = signal<MessageKey | null>(null);
  protected readonly errorDetail = signal<{ code: string | null; message: string | null } | null>(null);
  protected readonly notice = computed(() => NOTICES[this.reason() ?? ''] ?? null);
  /** A restricted session (after a reload, or sent here by the guard) resumes at the step it still owes. */
  protected readonly shownStep = computed<Step>(() => {
    if (this.currentStep() === 'credentials' && this.auth.signedIn()) {
      if (this.auth.mustChangePassword()) return 'change-password';
      if (this.auth.mustEnrolMfa()) return 'mfa-enrol';
    }
    return this.currentStep();
  });
  protected readonly enrolment = signal<MfaEnrolmentResponse | null>(null);

  protected username = '';
  protected password = '';
  protected mfaCode = '';
  protected newPassword = '';
  protected confirmPassword = '';
  private mfaToken = '';

  constructor() {
    void this.loadProviders();
    this.takeOidcMfaChallenge();
  }

  protected async submitCredentials(): Promise<void> {
    if (!this.username.trim() || !this.password) {
      this.fail('signIn.error.missing');
      return;
    }
    await this.attempt(async () => {
      const outcome = await this.auth.signIn(this.username.trim(), this.password);
      if (outcome.kind === 'mfa') {
        this.mfaToken = outcome.mfaToken;
        this.currentStep.set('mfa');
        return;
      }
      await this.afterSignIn();
    });
  }

  protected async submitMfa(): Promise<void> {
    if (!/^\d{6}$/.test(this.mfaCode.trim())) {
      this.fail('signIn.error.mfaFormat');
      return;
    }
    await this.attempt(async () => {
      await this.auth.verifyMfa(this.mfaToken, this.mfaCode.trim());
      await this.afterSignIn();
    });
  }

  protected async startEnrolment(): Promise<void> {
    await this.attempt(async () => {
      this.enrolment.set(await this.auth.startMfaEnrolment());
    });
  }

  protected async confirmEnrolment(): Promise<void> {
    if (!/^\d{6}$/.test(this.mfaCode.trim())) {
      this.fail('signIn.error.mfaFormat');
      return;
    }
    await this.attempt(async () => {
      await this.auth.confirmMfaEnrolment(this.mfaCode.trim());
      this.mfaCode = '';
      await this.afterSignIn();
    });
  }

  protected async submitNewPassword(): Promise<void> {
    // Length, character classes, common passwords and history are the server's policy; it explains a refusal.
    if (!this.newPassword) {
      this.fail('signIn.error.missing');
      return;
    }
    if (this.newPassword !== this.confirmPassword) {
      this.fail('signIn.error.passwordMismatch');
      return;
    }
    await this.attempt(async () => {
      await this.auth.changePassword({ currentPassword: this.password, newPassword: this.newPassword });
      this.password = '';
      this.newPassword = '';
      this.confirmPassword = '';
      await this.afterSignIn();
    });
  }

  protected backToCredentials(): void {
    this.mfaCode = '';
    this.currentStep.set('credentials');
    this.errorKey.set(null);
  }

  private async loadProviders(): Promise<void> {
    try {
      const providers = await firstValueFrom(this.http.get<AuthProvidersResponse>('/api/auth/providers'));
      this.oidcOffered.set(providers.oidc);
    } catch {
      // An older API, or none reachable: the password form alone, as before.
    }
  }

  private takeOidcMfaChallenge(): void {
    const match = OIDC_MFA_FRAGMENT.exec(this.document.location.hash);
    if (!match) return;
    this.mfaToken = match[1];
    this.currentStep.set('mfa');
    // The challenge leaves the address bar and the history at once.
    this.document.defaultView?.history.replaceState(null, '', `${this.document.location.pathname}${this.document.location.search}`);
  }

  private async afterSignIn(): Promise<void> {
    if (this.auth.mustChangePassword()) {
      this.currentStep.set('change-password');
      return;
    }
    if (this.auth.mustEnrolMfa()) {
      this.currentStep.set('mfa-enrol');
      return;
    }
    await this.goHome();
  }

  private async goHome(): Promise<void> {
    const user = this.auth.user();
    const returnUrl = this.returnUrl();
    const target = returnUrl && returnUrl.startsWith('/') && !returnUrl.startsWith('/sign-in') ? returnUrl : (homeFor(user?.roles ?? []) ?? '/forbidden');
    await this.router.navigateByUrl(target);
  }

  private async attempt(action: () => Promise<void>): Promise<void> {
    this.busy.set(true);
    this.errorKey.set(null);
    this.errorDetail.set(null);
    try {
      await action();
    } catch (error) {
      this.explain(error);
    } finally {
      this.busy.set(false);
    }
  }

  private explain(error: unknown): void {
    if (!(error instanceof HttpErrorResponse)) {
      this.fail('error.advice.network');
      return;
    }
    const serverMessage = serverMessageOf(error.error) ?? null;
    const detail = { code: errorCodeOf(error.error), message: serverMessage };
    const locked = error.status === 423 || /lock|锁/i.test(serverMessage ?? '');
    if (locked) this.fail('signIn.error.locked', detail);
    else if (error.status === 401) this.fail(this.shownStep() === 'mfa' ? 'signIn.error.mfaWrong' : 'signIn.error.credentials', detail);
    else if (error.status === 429) this.fail('error.advice.rateLimited', detail);
    else if (error.status === 0) this.fail('error.advice.network');
    else if (error.status === 400 && this.shownStep() === 'change-password') this.fail('signIn.error.passwordRejected', detail);
    else if (error.status === 409 && this.shownStep() === 'mfa-enrol') this.fail('signIn.error.enrolAgain', detail);
    else this.fail('error.advice.server', detail);
  }

  private fail(key: MessageKey, detail: { code: string | null; message: string | null } | null = null): void {
    this.errorKey.set(key);
    this.errorDetail.set(detail);
  }
}
