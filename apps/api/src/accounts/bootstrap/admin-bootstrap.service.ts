import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { startupTimings } from '../../reporting/startup-timings';
import { APP_CONFIG, ConfigurationError, type AppConfig } from '../../config';
import { DATA_SOURCE } from '../../database/database.tokens';
import { CLOCK, type Clock } from '../common/clock';
import { SecurityAuditService } from '../common/security-audit.service';
import { UserEntity } from '../entities';
import { generateOneTimePassword } from '../password/one-time-password.util';
import { hashPassword } from '../password/password-hasher';
import { PasswordService } from '../password/password.service';
import { newUserRecord } from '../users/new-user-record.util';

const DEFAULT_ADMIN_USERNAME = 'admin';

/**
 * First start on an empty database: one global admin, from ADMIN_USERNAME/ADMIN_PASSWORD (usable
 * at once) or `admin` with a one-time password printed once to the console (changed at first sign-in).
 */
@Injectable()
export class AdminBootstrapService implements OnApplicationBootstrap {
  private readonly logger = new Logger('AdminBootstrap');

  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(PasswordService) private readonly passwords: PasswordService,
    @Inject(SecurityAuditService) private readonly audit: SecurityAuditService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await startupTimings.measure('admin.bootstrap', () => this.ensureAdmin());
  }

  private async ensureAdmin(): Promise<void> {
    const configured = this.config.auth.bootstrapAdmin;
    const username = configured?.username ?? DEFAULT_ADMIN_USERNAME;
    const providedPassword = configured?.password;
    if (providedPassword !== undefined) {
      const problems = this.passwords.problems(providedPassword, username);
      if (problems.length > 0) {
        throw new ConfigurationError([`Invalid configuration: ADMIN_PASSWORD does not meet the password policy (${this.passwords.describe(problems)})`]);
      }
    }
    // Every start but the first finds users: skip the Argon2id hash (tens of MB and most of a second on a busy host).
    const [{ existing }] = (await this.dataSource.query('SELECT EXISTS (SELECT 1 FROM app_user) AS existing')) as { existing: boolean }[];
    if (existing) return;
    const password = providedPassword ?? generateOneTimePassword();
    const passwordHash = await hashPassword(password);
    const created = await this.dataSource.transaction(async (manager) => {
      // Two instances starting together must not both create an admin.
      await manager.query('LOCK TABLE app_user IN EXCLUSIVE MODE');
      const [{ count }] = (await manager.query('SELECT count(*)::int AS count FROM app_user')) as { count: number }[];
      if (count > 0) return undefined;
      const now = this.clock.now();
      const user = newUserRecord({
        username,
        displayName: 'Administrator',
        departmentId: null,
        roles: ['admin'],
        adminScope: 'global',
        password: { passwordHash, passwordHistory: [], passwordChangedAt: now },
        mustChangePassword: providedPassword === undefined,
        now,
      });
      await manager.insert(UserEntity, user);
      return user;
    });
    if (!created) return;
    const generated = providedPassword === undefined;
    if (generated) {
      // Printed, not logged: log shippers must never carry a password.
      process.stdout.write(
        `\nMedLocal first start: created global admin "${username}" with one-time password:\n\n    ${password}\n\n` +
          'Sign in and change it now; it is not shown again.\n\n',
      );
    }
    this.logger.warn({ event: 'admin.bootstrap', userId: created.id, generatedPassword: generated }, `Empty database: created global admin "${username}"`);
    await this.audit.record({
      action: 'user.create',
      outcome: 'success',
      summary: {
        targetUserId: created.id,
        rolesAfter: ['admin', 'scope:global'],
        reasonCode: generated ? 'bootstrap_generated_password' : 'bootstrap_configured_password',
      },
    });
  }
}
