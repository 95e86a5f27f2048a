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

  /** Counts one failure; the count after it. An expired lock starts a fresh count; one statement, so parallel attempts all count. */
  /**
   * Counts a failure and locks at the threshold in one statement on the row as it is now, so failures that arrive at
   * once each count and none undoes a lock another one set: `'locked'` when the name was already locked (the attempt is
   * counted nowhere). An expired lock starts a fresh count.
   */
  async countFailure(username: string): Promise<number | 'locked'> {
    const { threshold, minutes } = this.config.auth.lockout;
    const now = this.clock.now();
    const lockedUntil = new Date(now.getTime() + minutes * 60_000);
    const rows = (await this.dataSource.query(
      `INSERT INTO directory_login_failure AS f (username, failed_attempts, locked_until, updated_at)
         VALUES ($1, 1, CASE WHEN 1 >= $3 THEN $4::timestamptz END, $2)
       ON CONFLICT (username) DO UPDATE SET
         failed_attempts = CASE
           WHEN f.locked_until > $2 THEN f.failed_attempts
           WHEN f.locked_until IS NOT NULL THEN 1
           ELSE f.failed_attempts + 1 END,
         locked_until = CASE
           WHEN f.locked_until > $2 THEN f.locked_until
           WHEN (CASE WHEN f.locked_until IS NOT NULL THEN 1 ELSE f.failed_attempts + 1 END) >= $3 THEN $4::timestamptz
           END,
         updated_at = $2
       RETURNING failed_attempts, locked_until`,
      [username.toLowerCase(), now, threshold, lockedUntil],
    )) as { failed_attempts: number; locked_until: Date | string | null }[];
    const row = rows[0];
    const until = row?.locked_until ? new Date(row.locked_until).getTime() : null;
    if (until !== null && until !== lockedUntil.getTime()) return 'locked';
    return Number(row?.failed_attempts ?? 0);
  }

  async clear(username: string): Promise<void> {
    await this.dataSource.query(`DELETE FROM directory_login_failure WHERE username = $1`, [username.toLowerCase()]);
  }
}
