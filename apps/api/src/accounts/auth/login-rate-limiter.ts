import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../../config';
import { CLOCK, type Clock } from '../common/clock';

const WINDOW_MS = 60_000;

interface Window {
  startedAt: number;
  count: number;
  refused: boolean;
}

/** Which limit refused an attempt; the reason code of its audit event. */
export type RateLimitKind = 'rate_limited_address' | 'rate_limited_username' | 'mfa_rate_limited_address' | 'mfa_rate_limited_user';

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
 * In memory: each API instance counts its own; the per-account lockout in the database is the
 * cross-instance limit.
 */
@Injectable()
export class LoginRateLimiter {
  private readonly windows = new Map<string, Window>();

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** One password attempt; a refusal when the address or the username has had its share this minute. */
  takeLogin(params: { clientAddress?: string; username: string }): RateLimitRefusal | undefined {
    const limits = this.config.auth.loginRateLimit;
    return this.take([
      { key: `login-ip:${params.clientAddress ?? 'unknown'}`, limit: limits.perIpPerMinute, kind: 'rate_limited_address' },
      { key: `login-user:${params.username.toLowerCase()}`, limit: limits.perUsernamePerMinute, kind: 'rate_limited_username' },
    ]);
  }

  /** One second-factor attempt from an address, counted before the challenge token is even checked. */
  takeMfaFromAddress(params: { clientAddress?: string }): RateLimitRefusal | undefined {
    return this.take([{ key: `mfa-ip:${params.clientAddress ?? 'unknown'}`, limit: this.config.auth.mfaRateLimit.perIpPerMinute, kind: 'mfa_rate_limited_address' }]);
  }

  /** One second-factor attempt for a user, whatever the address it comes from. */
  takeMfaForUser(params: { userId: string }): RateLimitRefusal | undefined {
    return this.take([{ key: `mfa-user:${params.userId}`, limit: this.config.auth.mfaRateLimit.perUserPerMinute, kind: 'mfa_rate_limited_user' }]);
  }

  private take(checks: { key: string; limit: number; kind: RateLimitKind }[]): RateLimitRefusal | undefined {
    const now = this.clock.now().getTime();
    this.sweep(now);
    for (const check of checks) {
      const window = this.windows.get(check.key);
      if (window && window.count >= check.limit) {
        const firstInWindow = !window.refused;
        window.refused = true;
        return { kind: check.kind, retryAfterSeconds: Math.max(1, Math.ceil((window.startedAt + WINDOW_MS - now) / 1000)), firstInWindow };
      }
    }
    for (const check of checks) {
      const window = this.windows.get(check.key);
      if (window) window.count += 1;
      else this.windows.set(check.key, { startedAt: now, count: 1, refused: false });
    }
    return undefined;
  }

  private sweep(now: number): void {
    for (const [key, window] of this.windows) {
      if (now - window.startedAt >= WINDOW_MS) this.windows.delete(key);
    }
  }
}
