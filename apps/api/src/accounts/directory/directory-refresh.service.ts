import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../../config';
import type { RequestContext } from '../../common/access/principal';
import { AccountsError, AccountsErrorCode } from '../accounts.errors';
import { SessionRecheckService, type RefreshedSession } from '../common/session-recheck.service';
import type { UserEntity } from '../entities';
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
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(SessionRecheckService) private readonly recheckOutcomes: SessionRecheckService,
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
    await this.recheckOutcomes.markConfirmed(params.user.id);
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
      const withinGrace = await this.recheckOutcomes.recordUnanswered({
        ...params,
        graceMinutes: this.config.auth.directory?.refreshGraceMinutes ?? 0,
        reasonCode: error.reason,
      });
      if (withinGrace) return null;
      throw new AccountsError(AccountsErrorCode.DirectoryUnavailable, DIRECTORY_UNAVAILABLE, { retryAfterSeconds: 30 });
    }
  }

  /** Access gone: every session of the user ends. */
  private async removeAccess(params: { user: UserEntity; session: RefreshedSession; context: RequestContext; reasonCode: RemovalReason }): Promise<never> {
    await this.recheckOutcomes.endAllSessions(params);
    throw new AccountsError(AccountsErrorCode.DirectoryAccessRemoved, params.reasonCode === 'directory_off' ? DIRECTORY_OFF : ACCESS_REMOVED);
  }
}
