import { RateLimiterPostgres, type RateLimiterRes } from 'rate-limiter-flexible';
import type { Pool } from 'pg';
import type { Clock } from '../common/clock';

/** DI token: where sign-in attempts are counted (shared PostgreSQL, or this process's memory). */
export const LOGIN_ATTEMPT_WINDOWS = Symbol('LOGIN_ATTEMPT_WINDOWS');

export const ATTEMPT_WINDOW_MS = 60_000;

export interface AttemptWindow {
  readonly count: number;
  /** Epoch ms when the fixed window ends and the count starts again from zero. */
  readonly resetAt: number;
}

/** Fixed one-minute windows of attempts per key: `add` counts one attempt and returns the count it made, atomically. */
export interface AttemptWindows {
  add(key: string): Promise<AttemptWindow>;
}

/** One process's windows: for the embedded database, which only one instance can open. */
export class MemoryAttemptWindows implements AttemptWindows {
  private readonly windows = new Map<string, { startedAt: number; count: number }>();

  constructor(private readonly clock: Clock) {}

  async add(key: string): Promise<AttemptWindow> {
    const now = this.clock.now().getTime();
    this.sweep(now);
    const window = this.windows.get(key) ?? { startedAt: now, count: 0 };
    window.count += 1;
    this.windows.set(key, window);
    return { count: window.count, resetAt: window.startedAt + ATTEMPT_WINDOW_MS };
  }

  private sweep(now: number): void {
    for (const [key, window] of this.windows) {
      if (now - window.startedAt >= ATTEMPT_WINDOW_MS) this.windows.delete(key);
    }
  }
}

/** duplicate_object ("type … already exists") and duplicate_table: the table another instance just created. */
const CREATED_BY_ANOTHER = new Set(['42710', '42P07']);

function openLimiter(pool: Pool): Promise<RateLimiterPostgres> {
  return new Promise<RateLimiterPostgres>((resolve, reject) => {
    const created: RateLimiterPostgres = new RateLimiterPostgres(
      // points is unused: the caller compares counts with its own limit per key.
      { storeClient: pool, storeType: 'pool', tableName: 'login_attempt_window', keyPrefix: 'signin', points: 1, duration: ATTEMPT_WINDOW_MS / 1000 },
      (error?: Error) => (error ? reject(error) : resolve(created)),
    );
  });
}

/**
 * Windows in PostgreSQL through rate-limiter-flexible (an atomic upsert per attempt), so every
 * instance behind a balancer counts into the same window: alternating instances does not double a limit.
 */
export class PostgresAttemptWindows implements AttemptWindows {
  private constructor(private readonly limiter: RateLimiterPostgres) {}

  static async open(pool: Pool): Promise<PostgresAttemptWindows> {
    try {
      return new PostgresAttemptWindows(await openLimiter(pool));
    } catch (error) {
      // Instances starting together each create the table if it is missing, and PostgreSQL lets two concurrent
      // CREATE TABLE IF NOT EXISTS collide on the table's row type. The library forgives the older error code
      // (23505) only; PostgreSQL 15's "type … already exists" (42710) means another instance created it too.
      if (!CREATED_BY_ANOTHER.has((error as { code?: string }).code ?? '')) throw error;
      return new PostgresAttemptWindows(await openLimiter(pool));
    }
  }

  async add(key: string): Promise<AttemptWindow> {
    return toWindow(await this.limiter.penalty(key, 1));
  }
}

function toWindow(result: RateLimiterRes): AttemptWindow {
  return { count: result.consumedPoints, resetAt: Date.now() + result.msBeforeNext };
}
