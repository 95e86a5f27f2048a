import { Inject, Injectable, Optional } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../../config';
import { CLOCK, type Clock } from '../common/clock';

import { LOGIN_ATTEMPT_WINDOWS, MemoryAttemptWindows, type AttemptWindows } from './attempt-windows';

/** Which limit refused an attempt; the reason code of its audit event. */
export type RateLimitKind =
  | 'rate_limited_address'
  | 'rate_limited_username'
  | 'mfa_rate_limited_address'
  | 'mfa_rate_limited_user'
  | 'oidc_rate_limited_address';

export interface RateLimitRefusal {
  readonly kind: RateLimitKind;
  readonly retryAfterSeconds: number;
  /** True for the first refusal of this window only, so a flood writes one audit event, not thousands. */
  readonly firstInWindow: boolean;
}

/**
 * Fixed one-minute windows for sign-in and second-factor attempts. Passwords are counted per
 * client address and per username (known or not, so the limit says nothing about which usernames
 * exist); second-factor codes per address before the challenge token is read, and per user after.
 * The counts live in `AttemptWindows`: in PostgreSQL when instances share one (the limit holds
 * however a balancer spreads the attempts), in memory with the embedded database.
 */
@Injectable()
export class LoginRateLimiter {
  private readonly windows: AttemptWindows;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(CLOCK) private readonly clock: Clock,
    @Optional() @Inject(LOGIN_ATTEMPT_WINDOWS) windows?: AttemptWindows | null,
  ) {
    this.windows = windows ?? new MemoryAttemptWindows(clock);
  }

  /** One password attempt; a refusal when the address or the username has had its share this minute. */
  takeLogin(params: { clientAddress?: string; username: string }): Promise<RateLimitRefusal | undefined> {
    const limits = this.config.auth.loginRateLimit;
    return this.take([
      { key: `login-ip:${params.clientAddress ?? 'unknown'}`, limit: limits.perIpPerMinute, kind: 'rate_limited_address' },
      { key: `login-user:${params.username.toLowerCase()}`, limit: limits.perUsernamePerMinute, kind: 'rate_limited_username' },
    ]);
  }

  /**
   * A sign-in request refused by validation: counted against the address like a password attempt (the
   * same window), never against a username, which may be anything here.
   */
  takeRefusedRequest(params: { clientAddress?: string }): Promise<RateLimitRefusal | undefined> {
    return this.take([
      { key: `login-ip:${params.clientAddress ?? 'unknown'}`, limit: this.config.auth.loginRateLimit.perIpPerMinute, kind: 'rate_limited_address' },
    ]);
  }

  /** One second-factor attempt from an address, counted before the challenge token is even checked. */
  takeMfaFromAddress(params: { clientAddress?: string }): Promise<RateLimitRefusal | undefined> {
    return this.take([
      { key: `mfa-ip:${params.clientAddress ?? 'unknown'}`, limit: this.config.auth.mfaRateLimit.perIpPerMinute, kind: 'mfa_rate_limited_address' },
    ]);
  }

  /** One second-factor attempt for a user, whatever the address it comes from. */
  takeMfaForUser(params: { userId: string }): Promise<RateLimitRefusal | undefined> {
    return this.take([{ key: `mfa-user:${params.userId}`, limit: this.config.auth.mfaRateLimit.perUserPerMinute, kind: 'mfa_rate_limited_user' }]);
  }

  /**
   * One request to /api/auth/oidc/start or /callback, counted per address before the flow cookie is
   * read or the IdP asked: a flood of forged callbacks costs no token request. A window of its own,
   * so it neither spends nor is spent by the address's password attempts.
   */
  takeOidcFromAddress(params: { clientAddress?: string }): Promise<RateLimitRefusal | undefined> {
    return this.take([
      { key: `oidc-ip:${params.clientAddress ?? 'unknown'}`, limit: this.config.auth.oidcRateLimit.perIpPerMinute, kind: 'oidc_rate_limited_address' },
    ]);
  }

  /**
   * Counts the attempt first and compares after, key by key: the store's add is atomic (an upsert in PostgreSQL), so
   * attempts that arrive at once, on one instance or several, each see their own count and no more than the limit pass.
   * Reading the count and adding later let a burst through whole. An attempt refused by one key has been counted
   * against it and the keys before it, never after it.
   */
  private async take(checks: { key: string; limit: number; kind: RateLimitKind }[]): Promise<RateLimitRefusal | undefined> {
    for (const check of checks) {
      const window = await this.windows.add(check.key);
      if (window.count > check.limit) {
        const now = this.clock.now().getTime();
        return {
          kind: check.kind,
          retryAfterSeconds: Math.max(1, Math.ceil((window.resetAt - now) / 1000)),
          firstInWindow: window.count === check.limit + 1,
        };
      }
    }
    return undefined;
  }
}
