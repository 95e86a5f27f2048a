import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../../config';
import { AccountsError, AccountsErrorCode } from '../accounts.errors';
import { CLOCK, type Clock } from '../common/clock';
import type { UserEntity } from '../entities';
import { loadCommonPasswords } from './common-passwords.util';
import { hashPassword, verifyPassword } from './password-hasher';
import { checkPasswordPolicy, describePasswordProblems, type PasswordPolicy, type PasswordProblem } from './password-policy.util';

export interface NewPasswordFields {
  readonly passwordHash: string;
  readonly passwordHistory: string[];
  readonly passwordChangedAt: Date;
}

/** The password policy (等保 2.0 level 3 defaults) and the hashes that go with an accepted password. */
@Injectable()
export class PasswordService {
  readonly policy: PasswordPolicy;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {
    this.policy = { minLength: config.auth.password.minLength, minClasses: 3, commonPasswords: loadCommonPasswords() };
  }

  /** Problems with a candidate password, without the history rule; empty when acceptable. */
  problems(password: string, username: string): PasswordProblem[] {
    return checkPasswordPolicy({ password, username, policy: this.policy });
  }

  describe(problems: readonly (PasswordProblem | 'reused')[]): string {
    return describePasswordProblems(problems, this.policy);
  }

  /** Checks a new password (for a new user when `user` is absent) and hashes it with the updated history. */
  async accept(params: { password: string; username: string; user?: UserEntity }): Promise<NewPasswordFields> {
    const problems: (PasswordProblem | 'reused')[] = this.problems(params.password, params.username);
    const previous = params.user ? this.recentHashes(params.user) : [];
    if (problems.length === 0) {
      for (const hash of previous) {
        if (await verifyPassword(hash, params.password)) {
          problems.push('reused');
          break;
        }
      }
    }
    if (problems.length > 0) throw new AccountsError(AccountsErrorCode.PasswordRejected, this.describe(problems));
    return {
      passwordHash: await hashPassword(params.password),
      passwordHistory: previous.slice(0, this.config.auth.password.history),
      passwordChangedAt: this.clock.now(),
    };
  }

  isExpired(user: Pick<UserEntity, 'passwordChangedAt'>): boolean {
    const days = this.config.auth.password.expiryDays;
    return days > 0 && this.clock.now().getTime() - user.passwordChangedAt.getTime() >= days * 86_400_000;
  }

  /** The current hash and the last PASSWORD_HISTORY ones: a new password may match none of them. */
  private recentHashes(user: UserEntity): string[] {
    return [user.passwordHash, ...user.passwordHistory].slice(0, Math.max(1, this.config.auth.password.history));
  }
}
