import { countOneFailure } from './failure-count';
import { Inject, Injectable, Optional } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../config';
import { DATA_SOURCE } from '../../database/database.tokens';
import { AccountsError, AccountsErrorCode } from '../accounts.errors';
import { AccountLookupService } from '../common/account-lookup.service';
import { CLOCK, type Clock } from '../common/clock';
import type { Principal, RequestContext, SessionRestriction } from '../../common/access/principal';
import { SecurityAuditService } from '../common/security-audit.service';
import { DIRECTORY, DirectoryUnavailableError, type Directory } from '../directory/directory.port';
import { DirectoryAccountsService } from '../directory/directory-accounts.service';
import { DirectoryRefreshService } from '../directory/directory-refresh.service';
import { PendingDirectoryLockoutService } from '../directory/pending-directory-lockout.service';
import { isSafeDirectoryUsername } from '../directory/directory-username.util';
import { UserEntity } from '../entities';
import { MfaService } from '../mfa/mfa.service';
import { OidcRefreshService } from '../oidc/oidc-refresh.service';
import { verifyAgainstDummy, verifyPassword } from '../password/password-hasher';
import { PasswordService } from '../password/password.service';
import { AccessTokenService } from '../sessions/access-token.service';
import { SessionService } from '../sessions/session.service';
import { toUserView } from '../users/user-view.util';
import type { LoginResponse, MeResponse, SignedInResponse } from './auth.responses';
import { LoginRateLimiter, type RateLimitRefusal } from './login-rate-limiter';

/** One answer for unknown users, wrong passwords, locked and disabled accounts: nothing to enumerate. */
const INVALID_CREDENTIALS = 'Invalid username or password';

export interface IssuedSession extends SignedInResponse {
  readonly refreshToken: string;
}

type FailureReason =
  | 'unknown_user'
  | 'bad_password'
  | 'locked'
  | 'disabled'
  | 'bad_mfa_code'
  | 'ambiguous_user'
  | 'directory_off'
  | 'directory_subject_mismatch'
  | 'oidc_account';

const LOCAL_SIGN_IN_OFF = 'Local password sign-in is turned off here (LOCAL_SIGN_IN=break-glass): sign in with your hospital account';

const DIRECTORY_UNAVAILABLE =
  'The hospital directory cannot be reached, so directory accounts cannot sign in now; try again shortly (local accounts still sign in)';

@Injectable()
export class AuthService {
  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(AccountLookupService) private readonly lookup: AccountLookupService,
    @Inject(PasswordService) private readonly passwords: PasswordService,
    @Inject(SessionService) private readonly sessions: SessionService,
    @Inject(AccessTokenService) private readonly tokens: AccessTokenService,
    @Inject(MfaService) private readonly mfa: MfaService,
    @Inject(LoginRateLimiter) private readonly rateLimiter: LoginRateLimiter,
    @Inject(SecurityAuditService) private readonly audit: SecurityAuditService,
    @Inject(DIRECTORY) private readonly directory: Directory | null,
    @Inject(DirectoryAccountsService) private readonly directoryAccounts: DirectoryAccountsService,
    @Inject(DirectoryRefreshService) private readonly directoryRefresh: DirectoryRefreshService,
    @Inject(PendingDirectoryLockoutService) private readonly pendingLockout: PendingDirectoryLockoutService,
    // Absent in the admin CLI, which refreshes no session.
    @Optional() @Inject(OidcRefreshService) private readonly oidcRefresh: OidcRefreshService | null = null,
  ) {}

  async login(params: { username: string; password: string; context: RequestContext }): Promise<LoginResponse | IssuedSession> {
    const refusal = await this.rateLimiter.takeLogin({ clientAddress: params.context.clientAddress, username: params.username });
    if (refusal) return this.refuseRateLimited({ refusal, context: params.context });
    if (this.directory && !isSafeDirectoryUsername(params.username)) {
      // Before any query: a username the directory could read as filter syntax never reaches it.
      await this.audit.record({ action: 'auth.login_failed', outcome: 'failure', context: params.context, summary: { reasonCode: 'username_refused' } });
      throw new AccountsError(AccountsErrorCode.InvalidUsername, 'Usernames have letters, digits and . _ - @ only (at most 32 characters)');
    }
    const user = await this.lookup.findUserByUsername(params.username);
    // The IdP alone checks an OpenID Connect account's password; guessing here counts towards nothing.
    if (user?.source === 'oidc') return this.refuse({ reason: 'oidc_account', user, context: params.context });
    // Before the password is checked, so a refused account is no oracle for it (and counts towards no lockout).
    if (user?.source === 'local' && !this.localSignInAllowed(user)) return this.refuseLocalSignInOff({ user, context: params.context });
    // A local account of that name signs in locally, directory or not: the break-glass admin works while the directory is down.
    if (user?.source === 'ldap' || (!user && this.directory)) return this.loginThroughDirectory({ ...params, user });
    if (!user) {
      await verifyAgainstDummy(params.password);
      return this.refuse({ reason: 'unknown_user', context: params.context });
    }
    const passwordMatches = await verifyPassword(user.passwordHash, params.password);
    if (user.status === 'disabled') return this.refuse({ reason: 'disabled', user, context: params.context });
    if (this.isLocked(user)) return this.refuse({ reason: 'locked', user, context: params.context });
    if (!passwordMatches) return this.countFailure({ user, reason: 'bad_password', context: params.context });
    // With a second factor the password alone clears nothing: wrong codes keep counting towards the
    // lockout across sign-ins, and only a complete sign-in (completeMfa) resets the count.
    if (user.totpEnabled) return { mfaRequired: true, mfaToken: await this.tokens.signMfaChallenge(user.id) };
    await this.clearFailures({ userId: user.id, user, context: params.context });
    return this.issue({ userId: user.id, context: params.context, method: 'password' });
  }

  /** A directory account, or an unknown name while the directory is on: the directory checks the password. */
  private async loginThroughDirectory(params: {
    username: string;
    password: string;
    user: UserEntity | null;
    context: RequestContext;
  }): Promise<LoginResponse | IssuedSession> {
    const { user, context } = params;
    if (!this.directory) return this.refuse({ reason: 'directory_off', user: user ?? undefined, context });
    if (user?.status === 'disabled') return this.refuse({ reason: 'disabled', user, context });
    if (user && this.isLocked(user)) return this.refuse({ reason: 'locked', user, context });
    if (!user && (await this.pendingLockout.isLocked(params.username))) return this.refuse({ reason: 'locked', context });
    const answer = await this.askDirectory({ username: params.username, password: params.password, user, context });
    switch (answer.kind) {
      case 'ambiguous_user':
        return this.refuse({ reason: answer.kind, user: user ?? undefined, context });
      case 'unknown_user':
        return user
          ? this.refuse({ reason: answer.kind, user, context })
          : this.countPendingFailure({ username: params.username, reason: answer.kind, context });
      case 'bad_password':
        return user
          ? this.countFailure({ user, reason: 'bad_password', context })
          : this.countPendingFailure({ username: params.username, reason: 'bad_password', context });
      case 'authenticated': {
        // Checked before the groups touch the account: another entry's groups must not rewrite it.
        if (user && !(await this.directoryAccounts.bindSubject({ userId: user.id, subjectId: answer.subjectId }))) {
          return this.refuse({ reason: 'directory_subject_mismatch', user, context });
        }
        const account = await this.reconcileDirectoryAccount({
          username: params.username,
          displayName: answer.displayName,
          groupDns: answer.groupDns,
          user,
          context,
        });
        if (!user && !(await this.directoryAccounts.bindSubject({ userId: account.id, subjectId: answer.subjectId }))) {
          return this.refuse({ reason: 'directory_subject_mismatch', user: account, context });
        }
        if (!user) await this.pendingLockout.clear(params.username);
        if (account.totpEnabled) return { mfaRequired: true, mfaToken: await this.tokens.signMfaChallenge(account.id) };
        await this.clearFailures({ userId: account.id, user: account, context });
        return this.issue({ userId: account.id, context, method: 'ldap' });
      }
    }
  }

  /**
   * The right password without a mapped group answers as a wrong one would: a different answer would tell
   * anyone guessing that the password is right. The audit (`no_mapped_group`) and the log keep the reason for IT.
   */
  private async reconcileDirectoryAccount(params: Parameters<DirectoryAccountsService['reconcile']>[0]): Promise<UserEntity> {
    try {
      return await this.directoryAccounts.reconcile(params);
    } catch (error) {
      if (error instanceof AccountsError && error.code === AccountsErrorCode.DirectoryNoMappedGroup) {
        throw new AccountsError(AccountsErrorCode.InvalidCredentials, INVALID_CREDENTIALS);
      }
      throw error;
    }
  }

  /** A wrong password (or unknown name) for a directory username with no MedLocal account: counted towards its own lockout. */
  private async countPendingFailure(params: { username: string; reason: FailureReason; context: RequestContext }): Promise<never> {
    const attempts = await this.pendingLockout.countFailure(params.username);
    if (attempts === 'locked') return this.refuse({ reason: 'locked', context: params.context });
    return this.refuse({ reason: params.reason, context: params.context, failedAttempts: attempts });
  }

  private async askDirectory(params: { username: string; password: string; user: UserEntity | null; context: RequestContext }) {
    try {
      return await (this.directory as Directory).authenticate({ username: params.username, password: params.password });
    } catch (error) {
      if (!(error instanceof DirectoryUnavailableError)) throw error;
      const actor = params.user ? { ...params.user, departmentCode: await this.lookup.departmentCode(params.user.departmentId) } : undefined;
      await this.audit.record({ action: 'auth.login_failed', outcome: 'error', actor, context: params.context, summary: { reasonCode: error.reason } });
      throw new AccountsError(AccountsErrorCode.DirectoryUnavailable, DIRECTORY_UNAVAILABLE, { retryAfterSeconds: 30 });
    }
  }

  async completeMfa(params: { mfaToken: string; code: string; context: RequestContext }): Promise<IssuedSession> {
    const fromAddress = await this.rateLimiter.takeMfaFromAddress({ clientAddress: params.context.clientAddress });
    if (fromAddress) return this.refuseRateLimited({ refusal: fromAddress, context: params.context });
    const { userId, idpGrant } = await this.tokens.verifyMfaChallenge(params.mfaToken);
    const user = await this.lookup.findUser(userId);
    if (!user || !user.totpEnabled) throw new AccountsError(AccountsErrorCode.InvalidToken, 'Token is not valid or has expired');
    if (user.source === 'local' && !this.localSignInAllowed(user)) return this.refuseLocalSignInOff({ user, context: params.context });
    const forUser = await this.rateLimiter.takeMfaForUser({ userId: user.id });
    if (forUser) return this.refuseRateLimited({ refusal: forUser, user, context: params.context });
    if (user.status === 'disabled') return this.refuse({ reason: 'disabled', user, context: params.context });
    if (this.isLocked(user)) return this.refuse({ reason: 'locked', user, context: params.context });
    if (!(await this.mfa.acceptCode({ user, code: params.code }))) {
      return this.countFailure({ user, reason: 'bad_mfa_code', context: params.context });
    }
    await this.clearFailures({ userId: user.id, user, context: params.context });
    return this.issue({ userId: user.id, context: params.context, method: 'password_totp', idpGrant });
  }

  async refresh(params: { refreshToken: string | undefined; context: RequestContext }): Promise<IssuedSession> {
    if (!params.refreshToken) throw new AccountsError(AccountsErrorCode.InvalidToken, 'No refresh token');
    await this.recheckExternalAccount({ refreshToken: params.refreshToken, context: params.context });
    const result = await this.sessions.rotate(params.refreshToken);
    if (result.kind === 'reused') {
      const user = await this.lookup.findUser(result.userId);
      await this.audit.record({
        action: 'auth.refresh_reuse',
        outcome: 'failure',
        actor: user ? { ...user, departmentCode: await this.lookup.departmentCode(user.departmentId) } : undefined,
        context: params.context,
        summary: { targetType: 'session', targetId: result.sessionId, reasonCode: 'refresh_token_reuse' },
      });
    }
    if (result.kind !== 'rotated') throw new AccountsError(AccountsErrorCode.InvalidToken, 'Refresh token is not valid; sign in again');
    const user = await this.lookup.findUser(result.userId);
    if (!user || user.status === 'disabled') {
      await this.sessions.revoke(result.sessionId, 'disabled');
      throw new AccountsError(AccountsErrorCode.InvalidToken, 'Refresh token is not valid; sign in again');
    }
    return this.signedIn({ user, sessionId: result.sessionId, refreshToken: result.refreshToken });
  }

  /**
   * A directory or OpenID Connect account is asked about again (the directory, the IdP) before the token
   * rotates, so a refusal for an outage leaves the refresh token usable once the source answers.
   */
  private async recheckExternalAccount(params: { refreshToken: string; context: RequestContext }): Promise<void> {
    const session = await this.sessions.refreshableSession(params.refreshToken);
    const user = session ? await this.lookup.findUser(session.userId) : null;
    if (!session || !user || user.status === 'disabled') return;
    if (user.source === 'local') {
      if (this.localSignInAllowed(user)) return;
      // A session from before LOCAL_SIGN_IN=break-glass: it and every other session of the account end now.
      await this.sessions.revokeAllForUser({ userId: user.id, reason: 'local_sign_in_off' });
      return this.refuseLocalSignInOff({ user, context: params.context });
    }
    const refreshed = { user, session: { sessionId: session.id, startedAt: session.createdAt }, context: params.context };
    if (user.source === 'ldap') return this.directoryRefresh.recheck(refreshed);
    if (!this.oidcRefresh) throw new Error('An OpenID Connect session cannot be refreshed without OidcRefreshService');
    return this.oidcRefresh.recheck(refreshed);
  }

  async logout(principal: Principal, context: RequestContext): Promise<void> {
    await this.sessions.revoke(principal.sessionId, 'logout');
    await this.audit.record({
      action: 'auth.logout',
      outcome: 'success',
      actor: principal,
      context,
      summary: { targetType: 'session', targetId: principal.sessionId },
    });
  }

  async changePassword(params: { principal: Principal; currentPassword: string; newPassword: string; context: RequestContext }): Promise<void> {
    const { principal, context } = params;
    const user = await this.lookup.findUser(principal.userId);
    if (!user) throw new AccountsError(AccountsErrorCode.SessionEnded, 'Session has ended');
    if (user.source !== 'local') {
      throw new AccountsError(
        AccountsErrorCode.DirectoryManagedPassword,
        'This account signs in with the hospital directory: change the password there (e.g. Windows / the domain), not in MedLocal',
      );
    }
    if (!(await verifyPassword(user.passwordHash, params.currentPassword))) {
      await this.audit.record({
        action: 'auth.password_change',
        outcome: 'failure',
        actor: principal,
        context,
        summary: { reasonCode: 'current_password_wrong' },
      });
      throw new AccountsError(AccountsErrorCode.CurrentPasswordWrong, 'Current password is not correct');
    }
    const fields = await this.passwords.accept({ password: params.newPassword, username: user.username, user });
    const ended = await this.dataSource.transaction(async (manager) => {
      await manager.update(UserEntity, { id: user.id }, { ...fields, mustChangePassword: false, updatedAt: this.clock.now() });
      return this.sessions.revokeAllForUser({ userId: user.id, reason: 'password_change', exceptSessionId: principal.sessionId, manager });
    });
    await this.audit.record({
      action: 'auth.password_change',
      outcome: 'success',
      actor: principal,
      context,
      summary: { targetType: 'session', eventCount: ended },
    });
  }

  async me(principal: Principal): Promise<MeResponse> {
    const user = await this.lookup.findUser(principal.userId);
    if (!user) throw new AccountsError(AccountsErrorCode.SessionEnded, 'Session has ended');
    return this.meOf(user);
  }

  /** What a signed-in session may do right now, from the user's current state. */
  restrictionOf(user: UserEntity): SessionRestriction | null {
    // The directory owns a directory account's password, its expiry included.
    if (user.source === 'local' && (user.mustChangePassword || this.passwords.isExpired(user))) return 'password_change';
    if (this.lookup.mfaRequired(user) && !user.totpEnabled && !this.mfaProvenByIdp(user)) return 'mfa_enrolment';
    return null;
  }

  /**
   * A person the OpenID Provider vouched for: the same session, audit and failure reset as a password
   * sign-in; `idpGrant` (sealed) stays with the session for the re-checks at refresh.
   */
  async signInVouched(params: { userId: string; context: RequestContext; method: 'oidc'; idpGrant: string | null }): Promise<IssuedSession> {
    await this.clearFailures({ userId: params.userId, context: params.context });
    return this.issue(params);
  }

  /** With OIDC_MFA_ACR_VALUES / OIDC_MFA_AMR set, a privileged OIDC account signs in only with a second factor at the IdP. */
  private mfaProvenByIdp(user: UserEntity): boolean {
    const oidc = this.config.auth.oidc;
    return user.source === 'oidc' && oidc !== undefined && (oidc.mfaAcrValues.length > 0 || oidc.mfaAmr.length > 0);
  }

  private async issue(params: { userId: string; context: RequestContext; method: string; idpGrant?: string | null }): Promise<IssuedSession> {
    const user = await this.lookup.findUser(params.userId);
    if (!user) throw new AccountsError(AccountsErrorCode.InvalidCredentials, INVALID_CREDENTIALS);
    const { sessionId, refreshToken } = await this.sessions.start(user.id, undefined, { idpGrant: params.idpGrant });
    const issued = await this.signedIn({ user, sessionId, refreshToken });
    await this.audit.record({
      action: 'auth.login',
      outcome: 'success',
      actor: { ...user, departmentCode: issued.user.department?.code ?? null },
      context: params.context,
      summary: {
        targetType: 'session',
        targetId: sessionId,
        reasonCode: issued.user.restriction ? `${params.method}:${issued.user.restriction}` : params.method,
      },
    });
    return issued;
  }

  private async signedIn(params: { user: UserEntity; sessionId: string; refreshToken: string }): Promise<IssuedSession> {
    const me = await this.meOf(params.user);
    const accessToken = await this.tokens.signAccess({
      sub: params.user.id,
      roles: params.user.roles,
      dept: me.department?.code ?? null,
      sid: params.sessionId,
    });
    return { accessToken, expiresIn: this.tokens.accessTokenTtlSeconds, user: me, refreshToken: params.refreshToken };
  }

  private async meOf(user: UserEntity): Promise<MeResponse> {
    const department = await this.lookup.findDepartment(user.departmentId);
    const expiryDays = this.config.auth.password.expiryDays;
    return {
      ...toUserView({ user, department, now: this.clock.now() }),
      restriction: this.restrictionOf(user),
      mfaRequired: this.lookup.mfaRequired(user),
      passwordExpiresAt: expiryDays > 0 ? new Date(user.passwordChangedAt.getTime() + expiryDays * 86_400_000).toISOString() : null,
    };
  }

  private isLocked(user: UserEntity): boolean {
    return user.status === 'locked' && user.lockedUntil !== null && user.lockedUntil > this.clock.now();
  }

  /**
   * Counts a failure and locks at the threshold, deciding on the row as it is now, read under a row lock, not on the copy
   * read before the password was checked: attempts that arrive at once each count, the one that reaches the threshold
   * locks (and alone writes the lockout event), and the ones after it leave the lock as it is (refused as `locked`).
   * An expired lock starts a fresh count.
   */
  private async countFailure(params: { user: UserEntity; reason: FailureReason; context: RequestContext }): Promise<never> {
    const { threshold, minutes } = this.config.auth.lockout;
    const now = this.clock.now();
    const counted = await this.dataSource.transaction(async (manager) => {
      const row = firstRow(await manager.query(`SELECT status, failed_attempts, locked_until FROM app_user WHERE id = $1 FOR UPDATE`, [params.user.id]));
      if (!row) return { lockedAlready: false as const, attempts: 0 };
      const disabled = row['status'] === 'disabled';
      const counter = {
        failedAttempts: Number(row['failed_attempts']),
        locked: row['status'] === 'locked',
        lockedUntil: row['locked_until'] ? new Date(row['locked_until'] as string | Date) : null,
      };
      const next = countOneFailure(counter, { now, threshold, minutes, mayLock: !disabled });
      if (next.lockedAlready) return next;
      await manager.query(`UPDATE app_user SET failed_attempts = $2, status = $3, locked_until = $4, updated_at = $5 WHERE id = $1`, [
        params.user.id,
        next.attempts,
        disabled ? 'disabled' : next.lockedUntil ? 'locked' : 'active',
        next.lockedUntil,
        now,
      ]);
      return next;
    });
    // Locked by another attempt after this one read the account: counted nowhere, refused as locked.
    if (counted.lockedAlready) return this.refuse({ reason: 'locked', user: params.user, context: params.context });
    await this.refuse({ reason: params.reason, user: params.user, context: params.context, failedAttempts: counted.attempts });
    throw new Error('unreachable');
  }

  /**
   * Clears the failure count of a complete sign-in, unless the account was locked meanwhile by failures that came in
   * while this attempt checked its password: then the sign-in is refused as locked. An expired lock is cleared.
   */
  private async clearFailures(params: { userId: string; user?: UserEntity; context: RequestContext }): Promise<void> {
    const now = this.clock.now();
    const rows = (await this.dataSource.query(
      `UPDATE app_user SET failed_attempts = 0, locked_until = NULL, status = CASE WHEN status = 'locked' THEN 'active' ELSE status END
       WHERE id = $1 AND NOT (status = 'locked' AND locked_until > $2) RETURNING id`,
      [params.userId, now],
    )) as unknown;
    if (!firstRow(rows)) await this.refuse({ reason: 'locked', user: params.user, context: params.context });
  }

  /**
   * A sign-in request the validation refused (NUL, too long, empty password, stray fields): counted
   * against the address like any attempt, audited `request_refused` with codes only (what was sent
   * may be anything, so none of it is kept), and answered 400 INVALID_SIGN_IN_REQUEST.
   */
  async refuseInvalidRequest(params: { problem: string; context: RequestContext }): Promise<never> {
    const refusal = await this.rateLimiter.takeRefusedRequest({ clientAddress: params.context.clientAddress });
    if (refusal) return this.refuseRateLimited({ refusal, context: params.context });
    await this.audit.record({ action: 'auth.login_failed', outcome: 'failure', context: params.context, summary: { reasonCode: 'request_refused' } });
    throw new AccountsError(AccountsErrorCode.InvalidSignInRequest, `Sign-in request refused: ${params.problem}`);
  }

  /** LOCAL_SIGN_IN=break-glass lets only LOCAL_SIGN_IN_BREAK_GLASS_USERS sign in with a local password. */
  private localSignInAllowed(user: UserEntity): boolean {
    const { mode, breakGlassUsers } = this.config.auth.localSignIn;
    return mode === 'all' || breakGlassUsers.includes(user.username.toLowerCase());
  }

  private async refuseLocalSignInOff(params: { user: UserEntity; context: RequestContext }): Promise<never> {
    await this.audit.record({
      action: 'auth.login_failed',
      outcome: 'failure',
      actor: { ...params.user, departmentCode: await this.lookup.departmentCode(params.user.departmentId) },
      context: params.context,
      summary: { reasonCode: 'local_sign_in_off' },
    });
    throw new AccountsError(AccountsErrorCode.LocalSignInOff, LOCAL_SIGN_IN_OFF);
  }

  /** 429 with Retry-After; the first refusal of each window is audited, so a flood cannot flood the trail. */
  private async refuseRateLimited(params: { refusal: RateLimitRefusal; user?: UserEntity; context: RequestContext }): Promise<never> {
    if (params.refusal.firstInWindow) {
      const actor = params.user ? { ...params.user, departmentCode: await this.lookup.departmentCode(params.user.departmentId) } : undefined;
      await this.audit.record({
        action: 'auth.login_failed',
        outcome: 'failure',
        actor,
        context: params.context,
        summary: { reasonCode: params.refusal.kind },
      });
    }
    throw new AccountsError(AccountsErrorCode.LoginRateLimited, 'Too many sign-in attempts; try again later', {
      retryAfterSeconds: params.refusal.retryAfterSeconds,
    });
  }

  private async refuse(params: { reason: FailureReason; user?: UserEntity; context: RequestContext; failedAttempts?: number }): Promise<never> {
    const actor = params.user ? { ...params.user, departmentCode: await this.lookup.departmentCode(params.user.departmentId) } : undefined;
    await this.audit.record({
      action: 'auth.login_failed',
      outcome: 'failure',
      actor,
      context: params.context,
      summary: { reasonCode: params.reason, ...(params.failedAttempts !== undefined ? { eventCount: params.failedAttempts } : {}) },
    });
    if (params.failedAttempts !== undefined && params.failedAttempts === this.config.auth.lockout.threshold) {
      await this.audit.record({
        action: 'auth.lockout',
        outcome: 'success',
        actor,
        context: params.context,
        summary: { reasonCode: 'failed_attempts', eventCount: params.failedAttempts },
      });
    }
    throw new AccountsError(AccountsErrorCode.InvalidCredentials, INVALID_CREDENTIALS);
  }
}

/** `query()` answers UPDATE … RETURNING as `[rows, count]` on the postgres driver. */
function firstRow(result: unknown): Record<string, unknown> | undefined {
  if (Array.isArray(result) && Array.isArray(result[0])) return result[0][0] as Record<string, unknown> | undefined;
  return Array.isArray(result) ? (result[0] as Record<string, unknown> | undefined) : undefined;
}
