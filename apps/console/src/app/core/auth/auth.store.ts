import { HttpBackend, HttpClient } from '@angular/common/http';
import { Injectable, computed, inject, signal } from '@angular/core';
import type { AuthUser, ChangePasswordRequest, LoginResponse, MfaEnrolmentResponse, RefreshResponse, Role, TokenResponse } from '@medlocal/contracts';
import { firstValueFrom } from 'rxjs';

export type SignInOutcome = { readonly kind: 'signed-in'; readonly user: AuthUser } | { readonly kind: 'mfa'; readonly mfaToken: string };

/**
 * The signed-in session: the access token lives in memory only (the refresh token is an httpOnly
 * cookie the script never sees). Calls go through `HttpBackend`, past the interceptors, so a
 * failing refresh cannot recurse into another refresh.
 */
@Injectable({ providedIn: 'root' })
export class AuthStore {
  private readonly http = new HttpClient(inject(HttpBackend));
  private readonly token = signal<string | null>(null);
  private readonly currentUser = signal<AuthUser | null>(null);
  private refreshInFlight: Promise<boolean> | null = null;
  private refreshTimer: ReturnType<typeof setTimeout> | null = null;

  readonly user = this.currentUser.asReadonly();
  readonly accessToken = this.token.asReadonly();
  readonly signedIn = computed(() => this.token() !== null && this.currentUser() !== null);
  /** The server restricts the session until the password is changed or a second factor enrolled. */
  readonly mustChangePassword = computed(() => this.currentUser()?.restriction === 'password_change' || this.currentUser()?.mustChangePassword === true);
  readonly mustEnrolMfa = computed(() => this.currentUser()?.restriction === 'mfa_enrolment');
  readonly restricted = computed(() => this.mustChangePassword() || this.mustEnrolMfa());

  hasAnyRole(roles: readonly Role[]): boolean {
    const user = this.currentUser();
    return user !== null && user.roles.some((role) => roles.includes(role));
  }

  async signIn(username: string, password: string): Promise<SignInOutcome> {
    const response = await firstValueFrom(this.http.post<LoginResponse>('/api/auth/login', { username, password }, { withCredentials: true }));
    if ('mfaRequired' in response && response.mfaRequired) return { kind: 'mfa', mfaToken: response.mfaToken };
    return { kind: 'signed-in', user: this.accept(response as TokenResponse) };
  }

  async verifyMfa(mfaToken: string, code: string): Promise<AuthUser> {
    const response = await firstValueFrom(this.http.post<TokenResponse>('/api/auth/mfa', { mfaToken, code }, { withCredentials: true }));
    return this.accept(response);
  }

  /** One refresh at a time: concurrent 401s wait on the same call. Resolves false when the session is over. */
  refresh(): Promise<boolean> {
    this.refreshInFlight ??= this.refreshOnce().finally(() => {
      this.refreshInFlight = null;
    });
    return this.refreshInFlight;
  }

  async changePassword(request: ChangePasswordRequest): Promise<void> {
    await firstValueFrom(this.http.post('/api/auth/password', request, { headers: this.authorizationHeader(), withCredentials: true }));
    // The server ends the other sessions and lifts the restriction; read the user back as it now stands.
    await this.reloadUser();
  }

  startMfaEnrolment(): Promise<MfaEnrolmentResponse> {
    return firstValueFrom(this.http.post<MfaEnrolmentResponse>('/api/auth/mfa/enrol', {}, { headers: this.authorizationHeader(), withCredentials: true }));
  }

  async confirmMfaEnrolment(code: string): Promise<void> {
    await firstValueFrom(this.http.post('/api/auth/mfa/confirm', { code }, { headers: this.authorizationHeader(), withCredentials: true }));
    await this.reloadUser();
  }

  /** The server works the restriction out from the user's state on every request, so `/me` tells what is left to do. */
  private async reloadUser(): Promise<void> {
    const user = await firstValueFrom(this.http.get<AuthUser>('/api/auth/me', { headers: this.authorizationHeader() }));
    this.currentUser.set(user);
  }

  /**
   * Ends the session here and on the server. A session from hospital sign-in (OpenID Connect) answers
   * the IdP's end-session address, which the caller opens so the hospital account signs out too.
   */
  async signOut(): Promise<{ endSessionUrl?: string }> {
    const headers = this.authorizationHeader();
    this.clear();
    try {
      const body = await firstValueFrom(this.http.post<{ endSessionUrl?: unknown } | null>('/api/auth/logout', {}, { headers, withCredentials: true }));
      const url = body?.endSessionUrl;
      // Only an https address is followed: the page must never be sent to a javascript: or other scheme.
      return typeof url === 'string' && /^https:\/\//i.test(url) ? { endSessionUrl: url } : {};
    } catch {
      // The session is gone locally either way; the server lets the refresh cookie expire.
      return {};
    }
  }

  /** Forgets the session without telling the server (after it already refused us). */
  clear(): void {
    this.cancelScheduledRefresh();
    this.token.set(null);
    this.currentUser.set(null);
  }

  authorizationHeader(): Record<string, string> {
    const token = this.token();
    return token ? { Authorization: `Bearer ${token}` } : {};
  }

  private async refreshOnce(): Promise<boolean> {
    try {
      const response = await firstValueFrom(this.http.post<RefreshResponse>('/api/auth/refresh', {}, { withCredentials: true }));
      this.accept(response);
      return true;
    } catch {
      this.clear();
      return false;
    }
  }

  private accept(response: TokenResponse): AuthUser {
    this.token.set(response.accessToken);
    this.currentUser.set(response.user);
    this.scheduleRefresh(response.expiresIn);
    return response.user;
  }

  /** Renews the token at 80 % of its life, so a long answer or a form never meets an expired token. */
  private scheduleRefresh(expiresInSeconds: number): void {
    this.cancelScheduledRefresh();
    if (!Number.isFinite(expiresInSeconds) || expiresInSeconds <= 0) return;
    this.refreshTimer = setTimeout(() => void this.refresh(), expiresInSeconds * 800);
  }

  private cancelScheduledRefresh(): void {
    if (this.refreshTimer !== null) clearTimeout(this.refreshTimer);
    this.refreshTimer = null;
  }
}
