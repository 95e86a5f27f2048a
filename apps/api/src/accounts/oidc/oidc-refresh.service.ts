import { Inject, Injectable, Logger } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig, type OidcConfig } from '../../config';
import type { RequestContext } from '../../common/access/principal';
import { DATA_SOURCE } from '../../database/database.tokens';
import { AccountsError, AccountsErrorCode } from '../accounts.errors';
import { AccountLookupService } from '../common/account-lookup.service';
import { SessionRecheckService, type RefreshedSession } from '../common/session-recheck.service';
import { DirectoryAccountsService } from '../directory/directory-accounts.service';
import { mapDirectoryGroups } from '../directory/group-mapping.util';
import type { UserEntity } from '../entities';
import { OidcGrantVault } from './oidc-grant-vault';
import { oidcIdentityOf } from './oidc-identity.util';
import { OIDC_RELYING_PARTY, OidcRefusedError, type OidcAnswer, type OidcRelyingParty } from './oidc-relying-party.port';

const ACCESS_REMOVED =
  'The hospital sign-in (IdP) no longer gives your account access to MedLocal, so your sessions have ended; sign in again, or ask IT if this is a mistake';
const OIDC_OFF = 'Sign-in with the hospital sign-in (IdP) is turned off on this MedLocal server, so your sessions have ended';
const IDP_UNAVAILABLE =
  'The hospital sign-in (IdP) has not answered for longer than MedLocal keeps a session going without it; refresh again once it answers (local accounts still sign in)';

type RemovalReason =
  | 'oidc_off'
  | 'idp_grant_missing'
  | 'idp_grant_revoked'
  | 'idp_subject_changed'
  | 'username_claim_invalid'
  | 'subject_mismatch'
  | 'no_mapped_group'
  | 'directory_role_conflict'
  | 'idp_mfa_missing';

/**
 * An OpenID Connect account's standing, asked of the IdP again at every token refresh before
 * MedLocal's own token rotates (as `DirectoryRefreshService` asks the directory): the IdP's refresh
 * token kept with the session is exchanged (refresh_token grant: a new ID token, checked like the
 * first), or userinfo asked with its access token when the IdP gave no refresh token. The IdP refuses
 * the grant (person disabled, removed, signed out there), names another person, or leaves no mapped
 * group: every session of the user ends (DIRECTORY_ACCESS_REMOVED). Groups changed: roles and
 * department updated as at sign-in, so a withdrawn admin group takes the role at once. The IdP cannot
 * be reached: the roles stay for OIDC_REFRESH_GRACE_MINUTES after it last confirmed them, then 503
 * with the session and refresh cookie kept. A session with no grant to ask with fails closed.
 */
@Injectable()
export class OidcRefreshService {
  private readonly logger = new Logger('OpenIDConnect');

  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(AccountLookupService) private readonly lookup: AccountLookupService,
    @Inject(SessionRecheckService) private readonly recheckOutcomes: SessionRecheckService,
    @Inject(DirectoryAccountsService) private readonly accounts: DirectoryAccountsService,
    @Inject(OidcGrantVault) private readonly vault: OidcGrantVault,
    @Inject(OIDC_RELYING_PARTY) private readonly relyingParty: OidcRelyingParty | null,
  ) {}

  async recheck(params: { user: UserEntity; session: RefreshedSession; context: RequestContext }): Promise<void> {
    const oidc = this.config.auth.oidc;
    if (!this.relyingParty || !oidc) return this.removeAccess({ ...params, reasonCode: 'oidc_off' });
    const grant = await this.vault.load({ sessionId: params.session.sessionId, userId: params.user.id });
    if (!grant) return this.removeAccess({ ...params, reasonCode: 'idp_grant_missing' });
    const answer = await this.askOrKeep({ relyingParty: this.relyingParty, oidc, grant, ...params });
    if (!answer) return;
    const identity = oidcIdentityOf({ claims: answer.claims, config: oidc });
    if (!identity) return this.removeAccess({ ...params, reasonCode: 'username_claim_invalid' });
    if (identity.username !== params.user.username || identity.subject !== (await this.boundSubject(params.user.id))) {
      return this.removeAccess({ ...params, reasonCode: 'subject_mismatch' });
    }
    const access = mapDirectoryGroups({ groupDns: identity.groups, rules: oidc.groupRules });
    if (access.kind !== 'mapped')
      return this.removeAccess({ ...params, reasonCode: access.kind === 'conflict' ? 'directory_role_conflict' : 'no_mapped_group' });
    const idpMfaConfigured = oidc.mfaAcrValues.length > 0 || oidc.mfaAmr.length > 0;
    const newlyPrivileged = !this.lookup.isPrivileged(params.user) && this.lookup.isPrivileged({ roles: [...access.roles] });
    // A group that makes the account privileged needs the IdP's second factor, as at sign-in: sign in again.
    if (newlyPrivileged && idpMfaConfigured && !identity.mfaAtIdp) return this.removeAccess({ ...params, reasonCode: 'idp_mfa_missing' });
    await this.accounts.reconcile({
      username: params.user.username,
      displayName: identity.displayName,
      groupDns: identity.groups,
      user: params.user,
      context: params.context,
      source: 'oidc',
    });
    await this.vault.replace({ sessionId: params.session.sessionId, userId: params.user.id, grant: answer.grant });
    await this.recheckOutcomes.markConfirmed(params.user.id);
  }

  /** The IdP's answer; null when it cannot answer and the grace keeps the current roles. */
  private async askOrKeep(params: {
    relyingParty: OidcRelyingParty;
    oidc: OidcConfig;
    grant: Parameters<OidcRelyingParty['recheck']>[0];
    user: UserEntity;
    session: RefreshedSession;
    context: RequestContext;
  }): Promise<OidcAnswer | null> {
    try {
      return await params.relyingParty.recheck(params.grant);
    } catch (error) {
      if (!(error instanceof OidcRefusedError)) throw error;
      if (error.reason === 'idp_grant_revoked' || error.reason === 'idp_subject_changed') {
        return this.removeAccess({ ...params, reasonCode: error.reason });
      }
      const withinGrace = await this.recheckOutcomes.recordUnanswered({ ...params, graceMinutes: params.oidc.refreshGraceMinutes, reasonCode: error.reason });
      this.logger.warn(
        { event: 'oidc.recheck_failed', reason: error.reason, withinGrace },
        `The IdP did not confirm an account at token refresh (${error.message}); ${withinGrace ? 'roles kept within OIDC_REFRESH_GRACE_MINUTES' : 'refresh refused'}`,
      );
      if (withinGrace) return null;
      throw new AccountsError(AccountsErrorCode.DirectoryUnavailable, IDP_UNAVAILABLE, { retryAfterSeconds: 30 });
    }
  }

  private async boundSubject(userId: string): Promise<string | null> {
    const rows = (await this.dataSource.query(`SELECT oidc_subject FROM app_user WHERE id = $1`, [userId])) as { oidc_subject: string | null }[];
    return rows[0]?.oidc_subject ?? null;
  }

  /** Access gone: every session of the user ends (their IdP grants with them). */
  private async removeAccess(params: { user: UserEntity; session: RefreshedSession; context: RequestContext; reasonCode: RemovalReason }): Promise<never> {
    await this.recheckOutcomes.endAllSessions(params);
    throw new AccountsError(AccountsErrorCode.DirectoryAccessRemoved, params.reasonCode === 'oidc_off' ? OIDC_OFF : ACCESS_REMOVED);
  }
}
