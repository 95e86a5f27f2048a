import { Inject, Injectable, Logger } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig, type OidcConfig } from '../../config';
import type { Principal, RequestContext } from '../../common/access/principal';
import { DATA_SOURCE } from '../../database/database.tokens';
import { AccountsError, AccountsErrorCode } from '../accounts.errors';
import { AuthService, type IssuedSession } from '../auth/auth.service';
import { LoginRateLimiter } from '../auth/login-rate-limiter';
import { AccountLookupService } from '../common/account-lookup.service';
import { CLOCK, type Clock } from '../common/clock';
import { SecurityAuditService } from '../common/security-audit.service';
import { DirectoryAccountsService } from '../directory/directory-accounts.service';
import type { UserEntity } from '../entities';
import { AccessTokenService } from '../sessions/access-token.service';
import { OidcGrantVault } from './oidc-grant-vault';
import { oidcIdentityOf, type OidcIdentity } from './oidc-identity.util';
import {
  OIDC_RELYING_PARTY,
  OidcRefusedError,
  type OidcAuthorizationRequest,
  type OidcFlowSecrets,
  type OidcGrant,
  type OidcRelyingParty,
} from './oidc-relying-party.port';

/** Why an OpenID Connect sign-in ended on the sign-in page: the console explains each code; the audit trail keeps it. */
export type OidcSignInRefusal =
  | OidcRefusedError['reason']
  | 'oidc_off'
  | 'flow_expired'
  | 'username_claim_invalid'
  | 'account_source_conflict'
  | 'subject_mismatch'
  | 'disabled'
  | 'locked'
  | 'no_mapped_group'
  | 'idp_mfa_missing';

export type OidcSignInOutcome =
  | { readonly kind: 'signed_in'; readonly issued: IssuedSession }
  /** The account has MedLocal TOTP and the IdP proved no second factor: the console asks for the code. */
  | { readonly kind: 'mfa'; readonly mfaToken: string }
  | { readonly kind: 'refused'; readonly reason: OidcSignInRefusal };

/**
 * OpenID Connect sign-in after the IdP's redirect back: the flow's state, the library's ID-token
 * checks, the username and groups claims mapped like directory groups, one account bound to one IdP
 * subject, then the same session as a password sign-in. Every refusal is audited with its reason.
 */
@Injectable()
export class OidcSignInService {
  private readonly logger = new Logger('OpenIDConnect');

  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(OIDC_RELYING_PARTY) private readonly relyingParty: OidcRelyingParty | null,
    @Inject(AccountLookupService) private readonly lookup: AccountLookupService,
    @Inject(DirectoryAccountsService) private readonly accounts: DirectoryAccountsService,
    @Inject(AuthService) private readonly auth: AuthService,
    @Inject(AccessTokenService) private readonly tokens: AccessTokenService,
    @Inject(SecurityAuditService) private readonly audit: SecurityAuditService,
    @Inject(LoginRateLimiter) private readonly rateLimiter: LoginRateLimiter,
    @Inject(OidcGrantVault) private readonly vault: OidcGrantVault,
  ) {}

  /**
   * Counts one request to /oidc/start or /oidc/callback from the caller's address; over
   * OIDC_RATE_LIMIT_PER_IP a minute, 429 with Retry-After, the first refusal of each window audited
   * (as password sign-in's are), before any cookie is opened or the IdP asked.
   */
  async admit(context: RequestContext): Promise<void> {
    const refusal = await this.rateLimiter.takeOidcFromAddress({ clientAddress: context.clientAddress });
    if (!refusal) return;
    if (refusal.firstInWindow) {
      await this.audit.record({ action: 'auth.login_failed', outcome: 'failure', context, summary: { reasonCode: refusal.kind } });
    }
    throw new AccountsError(AccountsErrorCode.LoginRateLimited, 'Too many sign-in attempts; try again later', { retryAfterSeconds: refusal.retryAfterSeconds });
  }

  get enabled(): boolean {
    return this.relyingParty !== null;
  }

  /** Where to send the browser, and the secrets its cookie must carry back; null when the IdP cannot be reached. */
  async start(context: RequestContext): Promise<OidcAuthorizationRequest | OidcSignInRefusal> {
    if (!this.relyingParty) return 'oidc_off';
    try {
      return await this.relyingParty.authorizationRequest();
    } catch (error) {
      if (!(error instanceof OidcRefusedError)) throw error;
      return this.refuse({ reason: error.reason, detail: error.message, context }).then((outcome) => outcome.reason);
    }
  }

  async complete(params: { callbackQuery: URLSearchParams; flow: OidcFlowSecrets | null; context: RequestContext }): Promise<OidcSignInOutcome> {
    const { context } = params;
    const oidc = this.config.auth.oidc;
    if (!this.relyingParty || !oidc) return { kind: 'refused', reason: 'oidc_off' };
    if (!params.flow) return this.refuse({ reason: 'flow_expired', context });
    // Before any call to the IdP: an answer meant for another browser's flow goes no further.
    if (params.callbackQuery.get('state') !== params.flow.state) return this.refuse({ reason: 'state_mismatch', context });
    let identity: OidcIdentity | null;
    let grant: OidcGrant;
    try {
      const answer = await this.relyingParty.redeem({ callbackQuery: params.callbackQuery.toString(), expected: params.flow });
      identity = oidcIdentityOf({ claims: answer.claims, config: oidc });
      grant = answer.grant;
    } catch (error) {
      if (!(error instanceof OidcRefusedError)) throw error;
      return this.refuse({ reason: error.reason, detail: error.message, context });
    }
    if (!identity) return this.refuse({ reason: 'username_claim_invalid', detail: `the ID token has no usable "${oidc.usernameClaim}" claim`, context });
    return this.signIn({ identity, grant, oidc, context });
  }

  /** RP-initiated logout: the IdP's end_session URL for an account that came from OpenID Connect. */
  async endSessionUrlFor(principal: Principal): Promise<string | null> {
    if (!this.relyingParty) return null;
    const user = await this.lookup.findUser(principal.userId);
    if (user?.source !== 'oidc') return null;
    try {
      return await this.relyingParty.endSessionUrl();
    } catch (error) {
      this.logger.warn({ event: 'oidc.end_session_unavailable' }, `No IdP logout URL: ${error instanceof Error ? error.message : String(error)}`);
      return null;
    }
  }

  private async signIn(params: { identity: OidcIdentity; grant: OidcGrant; oidc: OidcConfig; context: RequestContext }): Promise<OidcSignInOutcome> {
    const { identity, context } = params;
    const existing = await this.lookup.findUserByUsername(identity.username);
    if (existing && existing.source !== 'oidc') {
      // A local or directory account of that name is never taken over by an IdP's claim.
      return this.refuse({
        reason: 'account_source_conflict',
        user: existing,
        detail: `username ${identity.username} belongs to a ${existing.source} account`,
        context,
      });
    }
    const boundTo = await this.usernameBoundTo(identity.subject);
    if (boundTo !== null && boundTo !== identity.username) {
      return this.refuse({
        reason: 'subject_mismatch',
        user: existing ?? undefined,
        detail: `this IdP subject signs in as ${boundTo} (renamed at the IdP?)`,
        context,
      });
    }
    if (existing && !(await this.subjectMatches(existing.id, identity.subject))) return this.refuse({ reason: 'subject_mismatch', user: existing, context });
    if (existing?.status === 'disabled') return this.refuse({ reason: 'disabled', user: existing, context });
    if (existing && existing.status === 'locked' && existing.lockedUntil !== null && existing.lockedUntil > this.clock.now()) {
      return this.refuse({ reason: 'locked', user: existing, context });
    }
    let account: UserEntity;
    try {
      account = await this.accounts.reconcile({
        username: identity.username,
        displayName: identity.displayName,
        groupDns: identity.groups,
        user: existing,
        context,
        source: 'oidc',
      });
    } catch (error) {
      // Audited by reconcile (auth.login_failed no_mapped_group / directory_role_conflict / mapped_department_missing).
      if (error instanceof AccountsError && error.code === AccountsErrorCode.DirectoryNoMappedGroup) return { kind: 'refused', reason: 'no_mapped_group' };
      throw error;
    }
    if (!(await this.bindSubject(account.id, identity.subject))) return this.refuse({ reason: 'subject_mismatch', user: account, context });
    const privileged = this.lookup.mfaRequired(account);
    const idpMfaConfigured = params.oidc.mfaAcrValues.length > 0 || params.oidc.mfaAmr.length > 0;
    // Set by the operator, the IdP settings hold for admins and auditors even with MFA_REQUIRED_FOR_PRIVILEGED off (demo mode).
    if (idpMfaConfigured && this.lookup.isPrivileged(account) && !identity.mfaAtIdp) return this.refuse({ reason: 'idp_mfa_missing', user: account, context });
    // The IdP's tokens go with the session, sealed, for the re-checks at refresh (OidcRefreshService).
    const idpGrant = this.vault.seal({ grant: params.grant, userId: account.id });
    if (privileged && !idpMfaConfigured && account.totpEnabled) return { kind: 'mfa', mfaToken: await this.tokens.signMfaChallenge(account.id, { idpGrant }) };
    return { kind: 'signed_in', issued: await this.auth.signInVouched({ userId: account.id, context, method: 'oidc', idpGrant }) };
  }

  private async usernameBoundTo(subject: string): Promise<string | null> {
    const rows = (await this.dataSource.query(`SELECT username FROM app_user WHERE oidc_subject = $1`, [subject])) as { username: string }[];
    return rows[0]?.username ?? null;
  }

  private async subjectMatches(userId: string, subject: string): Promise<boolean> {
    const rows = (await this.dataSource.query(`SELECT oidc_subject FROM app_user WHERE id = $1`, [userId])) as { oidc_subject: string | null }[];
    const bound = rows[0]?.oidc_subject ?? null;
    return bound === null || bound === subject;
  }

  /** The first sign-in binds the account to the IdP subject; later ones must present the same. */
  private async bindSubject(userId: string, subject: string): Promise<boolean> {
    try {
      await this.dataSource.query(`UPDATE app_user SET oidc_subject = $2 WHERE id = $1 AND oidc_subject IS NULL`, [userId, subject]);
    } catch (error) {
      // Another account took this subject at the same moment (unique index).
      if ((error as { code?: unknown }).code === '23505') return false;
      throw error;
    }
    return this.subjectMatches(userId, subject);
  }

  private async refuse(params: {
    reason: OidcSignInRefusal;
    user?: UserEntity;
    detail?: string;
    context: RequestContext;
  }): Promise<{ kind: 'refused'; reason: OidcSignInRefusal }> {
    this.logger.warn(
      { event: 'oidc.sign_in_refused', reason: params.reason },
      `OpenID Connect sign-in refused (${params.reason})${params.detail ? `: ${params.detail}` : ''}`,
    );
    const actor = params.user ? { ...params.user, departmentCode: await this.lookup.departmentCode(params.user.departmentId) } : undefined;
    const outcome = params.reason === 'idp_unreachable' ? 'error' : 'failure';
    await this.audit.record({ action: 'auth.login_failed', outcome, actor, context: params.context, summary: { reasonCode: params.reason } });
    return { kind: 'refused', reason: params.reason };
  }
}
