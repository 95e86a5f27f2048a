import { countOneFailure } from '../auth/failure-count';
import { Inject, Injectable } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../config';
import { DATA_SOURCE } from '../../database/database.tokens';
import { CLOCK, type Clock } from '../common/clock';

/**
 * The lockout of a directory username that has no MedLocal account yet (never signed in, or in no
 * mapped group): the same LOCKOUT_THRESHOLD and LOCKOUT_MINUTES as an account's, so guessing the
 * password of someone who never used MedLocal stops as it does for everyone else.
 */
@Injectable()
export class PendingDirectoryLockoutService {
  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async isLocked(username: string): Promise<boolean> {
    const rows = (await this.dataSource.query(`SELECT 1 FROM directory_login_failure WHERE username = $1 AND locked_until > $2`, [
      username.toLowerCase(),
      this.clock.now(),
    ])) as unknown[];
    return rows.length > 0;
  }

  /**
   * Counts a failure and locks at the threshold, deciding on the row as it is now, read under a row lock, so failures
   * that arrive at once each count and none undoes a lock another one set: `'locked'` when the name was already locked
   * (the attempt is counted nowhere). An expired lock starts a fresh count.
   */
  async countFailure(username: string): Promise<number | 'locked'> {
    const { threshold, minutes } = this.config.auth.lockout;
    const now = this.clock.now();
    const key = username.toLowerCase();
    return this.dataSource.transaction(async (manager) => {
      await manager.query(
        `INSERT INTO directory_login_failure (username, failed_attempts, locked_until, updated_at) VALUES ($1, 0, NULL, $2) ON CONFLICT (username) DO NOTHING`,
        [key, now],
      );
      const rows = (await manager.query(`SELECT failed_attempts, locked_until FROM directory_login_failure WHERE username = $1 FOR UPDATE`, [key])) as {
        failed_attempts: number;
        locked_until: Date | string | null;
      }[];
      const row = rows[0];
      const lockedUntil = row?.locked_until ? new Date(row.locked_until) : null;
      const next = countOneFailure(
        { failedAttempts: Number(row?.failed_attempts ?? 0), locked: lockedUntil !== null, lockedUntil },
        { now, threshold, minutes, mayLock: true },
      );
      if (next.lockedAlready) return 'locked';
      await manager.query(`UPDATE directory_login_failure SET failed_attempts = $2, locked_until = $3, updated_at = $4 WHERE username = $1`, [
        key,
        next.attempts,
        next.lockedUntil,
        now,
      ]);
      return next.attempts;
    });
  }

  async clear(username: string): Promise<void> {
    await this.dataSource.query(`DELETE FROM directory_login_failure WHERE username = $1`, [username.toLowerCase()]);
  }
}
