/** A lockout counter as its row holds it now, read under a row lock. */
export interface FailureCounter {
  readonly failedAttempts: number;
  /** A lock was set, in force or run out. */
  readonly locked: boolean;
  readonly lockedUntil: Date | null;
}

export type CountedFailure = { readonly lockedAlready: true } | { readonly lockedAlready: false; readonly attempts: number; readonly lockedUntil: Date | null };

/**
 * One more failure on a counter, for accounts and for directory names alike: a lock still in force stays as it is (the
 * attempt counts nowhere), a lock that has run out starts a fresh count, and the failure that reaches the threshold locks
 * for `minutes` (where the account may be locked at all: a disabled one is not).
 */
export function countOneFailure(counter: FailureCounter, policy: { now: Date; threshold: number; minutes: number; mayLock: boolean }): CountedFailure {
  if (counter.locked && counter.lockedUntil !== null && counter.lockedUntil > policy.now) return { lockedAlready: true };
  const attempts = (counter.locked ? 0 : counter.failedAttempts) + 1;
  const lockNow = policy.mayLock && attempts >= policy.threshold;
  return { lockedAlready: false, attempts, lockedUntil: lockNow ? new Date(policy.now.getTime() + policy.minutes * 60_000) : null };
}
