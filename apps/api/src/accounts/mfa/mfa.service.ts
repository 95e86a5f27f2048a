import { Inject, Injectable } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { DATA_SOURCE } from '../../database/database.tokens';
import { AccountsError, AccountsErrorCode } from '../accounts.errors';
import { ACCOUNTS_KEYS, type AccountsKeys } from '../common/accounts-keys';
import { AccountLookupService } from '../common/account-lookup.service';
import { CLOCK, type Clock } from '../common/clock';
import type { Principal, RequestContext } from '../../common/access/principal';
import { SecurityAuditService } from '../common/security-audit.service';
import { UserEntity } from '../entities';
import type { MfaEnrolmentResponse } from '../auth/auth.responses';
import { openTotpSecret, sealTotpSecret } from './totp-cipher.util';
import { TotpService } from './totp.service';

/** TOTP enrolment and second-factor checks; secrets are sealed at rest and each code works once. */
@Injectable()
export class MfaService {
  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(ACCOUNTS_KEYS) private readonly keys: AccountsKeys,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(AccountLookupService) private readonly lookup: AccountLookupService,
    @Inject(TotpService) private readonly totp: TotpService,
    @Inject(SecurityAuditService) private readonly audit: SecurityAuditService,
  ) {}

  async enrol(principal: Principal): Promise<MfaEnrolmentResponse> {
    const key = this.requireKey();
    const user = await this.lookup.findUser(principal.userId);
    if (!user) throw new AccountsError(AccountsErrorCode.SessionEnded, 'Session has ended');
    if (user.totpEnabled) throw new AccountsError(AccountsErrorCode.MfaAlreadyEnrolled, 'A second factor is already enrolled; an admin can reset it');
    const secret = this.totp.generateSecret();
    await this.dataSource.manager.update(
      UserEntity,
      { id: user.id },
      { totpSecretSealed: sealTotpSecret({ secret, key, userId: user.id }), totpLastStep: null, updatedAt: this.clock.now() },
    );
    return { secret, ...(await this.totp.provisioning({ secret, username: user.username })) };
  }

  async confirm(params: { principal: Principal; code: string; context: RequestContext }): Promise<void> {
    const { principal, context } = params;
    const user = await this.lookup.findUser(principal.userId);
    if (!user) throw new AccountsError(AccountsErrorCode.SessionEnded, 'Session has ended');
    if (user.totpEnabled) throw new AccountsError(AccountsErrorCode.MfaAlreadyEnrolled, 'A second factor is already enrolled');
    if (!user.totpSecretSealed) throw new AccountsError(AccountsErrorCode.MfaNotStarted, 'Start enrolment first (POST /api/auth/mfa/enrol)');
    const step = this.totp.matchStep({ code: params.code, secret: this.open(user) });
    if (step === null) {
      await this.audit.record({ action: 'auth.mfa_enrol', outcome: 'failure', actor: principal, context, summary: { reasonCode: 'bad_code' } });
      throw new AccountsError(AccountsErrorCode.MfaInvalidCode, 'The code is not valid');
    }
    await this.dataSource.manager.update(UserEntity, { id: user.id }, { totpEnabled: true, totpLastStep: String(step), updatedAt: this.clock.now() });
    await this.audit.record({ action: 'auth.mfa_enrol', outcome: 'success', actor: principal, context, summary: { reasonCode: 'totp' } });
  }

  /** True when the code is right and newer than the last one accepted (no replay within its window). */
  async acceptCode(params: { user: UserEntity; code: string }): Promise<boolean> {
    if (!params.user.totpSecretSealed) return false;
    const step = this.totp.matchStep({ code: params.code, secret: this.open(params.user) });
    if (step === null) return false;
    const rows = (await this.dataSource.query(
      `UPDATE app_user SET totp_last_step = $2 WHERE id = $1 AND (totp_last_step IS NULL OR totp_last_step < $2) RETURNING id`,
      [params.user.id, step],
    )) as unknown[];
    const updated = Array.isArray(rows[0]) ? (rows[0] as unknown[]) : rows;
    return updated.length === 1;
  }

  private open(user: UserEntity): string {
    if (!user.totpSecretSealed) throw new AccountsError(AccountsErrorCode.MfaNotStarted, 'No second factor is enrolled');
    return openTotpSecret({ sealed: user.totpSecretSealed, key: this.requireKey(), userId: user.id });
  }

  private requireKey(): Buffer {
    if (!this.keys.totpKey) {
      throw new AccountsError(AccountsErrorCode.MfaUnavailable, 'Second-factor enrolment is unavailable: TOTP_ENCRYPTION_KEY is not configured');
    }
    return this.keys.totpKey;
  }
}
