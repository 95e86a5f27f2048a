import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../../config';
import { AccountsError, AccountsErrorCode } from '../accounts.errors';
import { CLOCK, type Clock } from '../common/clock';

const WINDOW_MS = 60_000;

interface Window {
  startedAt: number;
  count: number;
}

/**
 * Fixed one-minute windows for sign-in attempts, counted per client address and per username
 * (known or not, so the limit says nothing about which usernames exist). In memory: each API
 * instance counts its own; the per-account lockout in the database is the cross-instance limit.
 */
@Injectable()
export class LoginRateLimiter {
  private readonly windows = new Map<string, Window>();

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  take(params: { clientAddress?: string; username: string }): void {
    const now = this.clock.now().getTime();
    this.sweep(now);
    const keys: [string, number][] = [
      [`ip:${params.clientAddress ?? 'unknown'}`, this.config.auth.loginRateLimit.perIpPerMinute],
      [`user:${params.username.toLowerCase()}`, this.config.auth.loginRateLimit.perUsernamePerMinute],
    ];
    for (const [key, limit] of keys) {
      const window = this.windows.get(key);
      if (window && window.count >= limit) {
        const retryAfterSeconds = Math.max(1, Math.ceil((window.startedAt + WINDOW_MS - now) / 1000));
        throw new AccountsError(AccountsErrorCode.LoginRateLimited, 'Too many sign-in attempts; try again later', { retryAfterSeconds });
      }
    }
    for (const [key] of keys) {
      const window = this.windows.get(key);
      if (window) window.count += 1;
      else this.windows.set(key, { startedAt: now, count: 1 });
    }
  }

  private sweep(now: number): void {
    for (const [key, window] of this.windows) {
      if (now - window.startedAt >= WINDOW_MS) this.windows.delete(key);
    }
  }
}
