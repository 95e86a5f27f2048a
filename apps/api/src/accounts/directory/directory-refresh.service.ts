import { Inject, Injectable } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../config';
import { DATA_SOURCE } from '../../database/database.tokens';
import type { RequestContext } from '../../common/access/principal';
import { AccountsError, AccountsErrorCode } from '../accounts.errors';
import { AccountLookupService } from '../common/account-lookup.service';
import { CLOCK, type Clock } from '../common/clock';
import { SecurityAuditService } from '../common/security-audit.service';
import { UserEntity } from '../entities';
import { SessionService } from '../sessions/session.service';
import { DirectoryAccountsService } from './directory-accounts.service';
import { DIRECTORY, DirectoryUnavailableError, type Directory, type DirectoryLookup } from './directory.port';
import { mapDirectoryGroups } from './group-mapping.util';

const ACCESS_REMOVED = 'Your directory account is now in no group that gives access to MedLocal, so your sessions have ended; ask IT if this is a mistake';
const DIRECTORY_OFF = 'Directory sign-in is turned off on this MedLocal server, so your sessions have ended';
const DIRECTORY_UNAVAILABLE =
  'The hospital directory has not answered for longer than MedLocal keeps a session going without it; refresh again once it answers (local accounts still sign in)';

type RemovalReason =
  | 'no_mapped_group'
  | 'directory_role_conflict'
  | 'directory_user_missing'
  | 'ambiguous_user'
  | 'directory_subject_mismatch'
  | 'directory_off';

/** The session being refreshed: its start was the last sign-in, when the directory confirmed the groups. */
export interface RefreshedSession {
  readonly sessionId: string;
  readonly startedAt: Date;
}

/**
 * A directory account's access, checked again at every token refresh before the token rotates: the
 * groups are read with the service account (the user's password is not at hand) and mapped as at
 * sign-in. No mapped group left, or no entry: every session of the user ends (DIRECTORY_ACCESS_REMOVED).
 * Roles or department changed: updated as at sign-in (`user.directory_sync`), so the new access token
 * carries them. Directory unreachable: the roles stay for LDAP_REFRESH_GRACE_MINUTES after the directory
 * last confirmed them, so an outage of a few minutes signs no ward out; after that DIRECTORY_UNAVAILABLE,
 * and the session and its refresh token stay as they were.
 */
@Injectable()
export class DirectoryRefreshService {
  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(AccountLookupService) private readonly lookup: AccountLookupService,
    @Inject(SessionService) private readonly sessions: SessionService,
    @Inject(SecurityAuditService) private readonly audit: SecurityAuditService,
    @Inject(DirectoryAccountsService) private readonly accounts: DirectoryAccountsService,
    @Inject(DIRECTORY) private readonly directory: Directory | null,
  ) {}

  async recheck(params: { user: UserEntity; session: RefreshedSession; context: RequestContext }): Promise<void> {
    if (!this.directory) return this.removeAccess({ ...params, reasonCode: 'directory_off' });
    const found = await this.lookUpOrKeep({ directory: this.directory, ...params });
    if (!found) return;
    if (found.kind !== 'found')
      return this.removeAccess({ ...params, reasonCode: found.kind === 'unknown_user' ? 'directory_user_missing' : 'ambiguous_user' });
    if (!(await this.accounts.bindSubject({ userId: params.user.id, subjectId: found.subjectId })))
      return this.removeAccess({ ...params, reasonCode: 'directory_subject_mismatch' });
    const access = mapDirectoryGroups({
      groupDns: found.groupDns,
      rules: this.config.auth.directory?.groupRules ?? [],
      bareNamesUnder: this.config.auth.directory?.groupSearchBase,
    });
    if (access.kind !== 'mapped')
      return this.removeAccess({ ...params, reasonCode: access.kind === 'conflict' ? 'directory_role_conflict' : 'no_mapped_group' });
    await this.accounts.reconcile({
      username: params.user.username,
      displayName: found.displayName,
      groupDns: found.groupDns,
      user: params.user,
      context: params.context,
    });
    await this.dataSource.manager.update(UserEntity, { id: params.user.id }, { directoryCheckedAt: this.clock.now() });
  }

  /** The directory's answer; null when it cannot answer and the grace keeps the current roles. */
  private async lookUpOrKeep(params: {
    directory: Directory;
    user: UserEntity;
    session: RefreshedSession;
    context: RequestContext;
  }): Promise<DirectoryLookup | null> {
    try {
      return await params.directory.lookUp({ username: params.user.username });
    } catch (error) {
      if (!(error instanceof DirectoryUnavailableError)) throw error;
      const withinGrace = this.clock.now().getTime() - this.lastConfirmed(params).getTime() <= (this.config.auth.directory?.refreshGraceMinutes ?? 0) * 60_000;
      await this.audit.record({
        action: 'user.directory_sync',
        outcome: withinGrace ? 'error' : 'failure',
        actor: { ...params.user, departmentCode: await this.lookup.departmentCode(params.user.departmentId) },
        context: params.context,
        summary: { targetUserId: params.user.id, targetType: 'session', targetId: params.session.sessionId, reasonCode: error.reason },
      });
      if (withinGrace) return null;
      throw new AccountsError(AccountsErrorCode.DirectoryUnavailable, DIRECTORY_UNAVAILABLE, { retryAfterSeconds: 30 });
    }
  }

  /** The later of this session's sign-in and the last refresh (of any session of the user) the directory answered. */
  private lastConfirmed(params: { user: UserEntity; session: RefreshedSession }): Date {
    const checked = params.user.directoryCheckedAt;
    return checked && checked > params.session.startedAt ? checked : params.session.startedAt;
  }

  /** Access gone: every session of the user ends, audited as the same finding is at sign-in. */
  private async removeAccess(params: { user: UserEntity; session: RefreshedSession; context: RequestContext; reasonCode: RemovalReason }): Promise<never> {
    const ended = await this.sessions.revokeAllForUser({ userId: params.user.id, reason: 'role_change' });
    await this.audit.record({
      action: 'user.directory_sync',
      outcome: 'success',
      actor: { ...params.user, departmentCode: await this.lookup.departmentCode(params.user.departmentId) },
      context: params.context,
      summary: { targetUserId: params.user.id, targetType: 'session', targetId: params.session.sessionId, reasonCode: params.reasonCode, eventCount: ended },
    });
    throw new AccountsError(AccountsErrorCode.DirectoryAccessRemoved, params.reasonCode === 'directory_off' ? DIRECTORY_OFF : ACCESS_REMOVED);
  }
}
