import { HttpErrorResponse } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { Router } from '@angular/router';
import { serverMessageOf } from '../../core/api/request-problem.util';
import { homeFor } from '../../core/auth/auth.guards';
import { AuthStore } from '../../core/auth/auth.store';
import type { MfaEnrolmentResponse } from '@medlocal/contracts';
import type { MessageKey } from '../../core/i18n/messages.zh';
import { TranslatePipe } from '../../core/i18n/translate.pipe';

type Step = 'credentials' | 'mfa' | 'change-password' | 'mfa-enrol';

const NOTICES: Readonly<Record<string, MessageKey>> = {
  idle: 'signIn.notice.idle',
  expired: 'signIn.notice.expired',
  signedOut: 'signIn.notice.signedOut',
};

/** Password, then the TOTP code when the account has one, then the forced password change. */
@Component({
  selector: 'ml-sign-in-page',
  imports: [FormsModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './sign-in.page.html',
  styleUrl: './sign-in.page.scss',
})
export class SignInPage {
  private readonly auth = inject(AuthStore);
  private readonly router = inject(Router);

  readonly reason = input<string>();
  readonly returnUrl = input<string>();

  protected readonly currentStep = signal<Step>('credentials');
  protected readonly busy = signal(false);
  protected readonly errorKey = signal<MessageKey | null>(null);
  protected readonly errorDetail = signal<string | null>(null);
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
    const target = returnUrl && returnUrl.startsWith('/') && !returnUrl.startsWith('/sign-in') ? returnUrl : homeFor(user?.roles ?? []);
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
    const message = serverMessageOf(error.error) ?? null;
    const locked = error.status === 423 || /lock|锁/i.test(message ?? '');
    if (locked) this.fail('signIn.error.locked', message);
    else if (error.status === 401) this.fail(this.shownStep() === 'mfa' ? 'signIn.error.mfaWrong' : 'signIn.error.credentials', message);
    else if (error.status === 429) this.fail('error.advice.rateLimited', message);
    else if (error.status === 0) this.fail('error.advice.network');
    else if (error.status === 400 && this.shownStep() === 'change-password') this.fail('signIn.error.passwordRejected', message);
    else if (error.status === 409 && this.shownStep() === 'mfa-enrol') this.fail('signIn.error.enrolAgain', message);
    else this.fail('error.advice.server', message);
  }

  private fail(key: MessageKey, detail: string | null = null): void {
    this.errorKey.set(key);
    this.errorDetail.set(detail);
  }
}
