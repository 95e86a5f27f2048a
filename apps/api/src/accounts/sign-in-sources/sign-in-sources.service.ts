import { Inject, Injectable } from '@nestjs/common';
import type { DirectoryTestResult, DirectoryTestStep, DirectoryTestStepName, GroupMappingRuleView, SignInSourcesView } from '@medlocal/contracts';
import { APP_CONFIG, type AppConfig } from '../../config';
import type { DirectoryGroupRule } from '../../config/directory-config.util';
import type { Principal, RequestContext } from '../../common/access/principal';
import { AccountsError, AccountsErrorCode } from '../accounts.errors';
import { LoginRateLimiter } from '../auth/login-rate-limiter';
import { AccountLookupService } from '../common/account-lookup.service';
import { SecurityAuditService } from '../common/security-audit.service';
import { DIRECTORY, DirectoryUnavailableError, type Directory, type DirectoryAuthentication, type DirectoryFailureReason } from '../directory/directory.port';
import { isSafeDirectoryUsername } from '../directory/directory-username.util';
import { mapDirectoryGroups } from '../directory/group-mapping.util';

const STEPS: readonly DirectoryTestStepName[] = ['connect', 'service_bind', 'search', 'user_bind', 'groups', 'mapping'];

/** Which step each way of the directory not answering stopped at. */
const FAILED_AT: Record<DirectoryFailureReason, DirectoryTestStepName> = {
  directory_unreachable: 'connect',
  directory_tls_failed: 'connect',
  directory_timeout: 'connect',
  directory_service_bind_refused: 'service_bind',
  directory_error: 'search',
};

/**
 * The global admin's view of the ways of signing in (settings, never secrets), and the directory
 * "test sign-in": the same service bind, search, user bind and group reading as a sign-in, then the
 * mapping, reported step by step. Nothing is provisioned, no lockout counted, no session opened; the
 * attempt counts against the username's sign-in rate limit and is audited (`auth.directory_test`).
 */
@Injectable()
export class SignInSourcesService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(DIRECTORY) private readonly directory: Directory | null,
    @Inject(LoginRateLimiter) private readonly rateLimiter: LoginRateLimiter,
    @Inject(AccountLookupService) private readonly lookup: AccountLookupService,
    @Inject(SecurityAuditService) private readonly audit: SecurityAuditService,
  ) {}

  view(): SignInSourcesView {
    const { directory, oidc } = this.config.auth;
    return {
      password: { enabled: true },
      ldap: directory
        ? {
            url: directory.url,
            startTls: directory.startTls,
            bindDn: directory.bindDn,
            searchBase: directory.searchBase,
            groupSearchBase: directory.groupSearchBase,
            userFilter: directory.userFilter,
            customCa: directory.caPem !== undefined,
            timeoutMs: directory.timeoutMs,
            refreshGraceMinutes: directory.refreshGraceMinutes,
            groupMapping: directory.groupRules.map(ruleView),
          }
        : null,
      oidc: oidc
        ? {
            issuer: oidc.issuer,
            clientId: oidc.clientId,
            redirectUri: oidc.redirectUri,
            scopes: oidc.scopes,
            usernameClaim: oidc.usernameClaim,
            groupsClaim: oidc.groupsClaim,
            mfaAcrValues: [...oidc.mfaAcrValues],
            mfaAmr: [...oidc.mfaAmr],
            refreshGraceMinutes: oidc.refreshGraceMinutes,
            groupMapping: oidc.groupRules.map(ruleView),
          }
        : null,
    };
  }

  async testDirectory(params: { principal: Principal; username: string; password: string; context: RequestContext }): Promise<DirectoryTestResult> {
    if (!isSafeDirectoryUsername(params.username)) {
      throw new AccountsError(AccountsErrorCode.InvalidUsername, 'Usernames have letters, digits and . _ - @ only (at most 32 characters)');
    }
    // A test is a password attempt: it spends the username's sign-in budget like one, so it is no faster oracle.
    const refusal = await this.rateLimiter.takeLogin({ clientAddress: params.context.clientAddress, username: params.username });
    if (refusal) {
      throw new AccountsError(AccountsErrorCode.LoginRateLimited, 'Too many sign-in attempts for this username; try again later', {
        retryAfterSeconds: refusal.retryAfterSeconds,
      });
    }
    // No directory configured: the test says so at its first step rather than as an error.
    const result = this.directory
      ? await this.run(this.directory, params)
      : { ok: false, steps: stepsUpTo('connect', 'directory_off'), groups: [], mapping: null };
    const account = await this.lookup.findUserByUsername(params.username.toLowerCase());
    const failed = result.steps.find((step) => step.outcome === 'failed');
    await this.audit.record({
      action: 'auth.directory_test',
      outcome: result.ok ? 'success' : 'failure',
      actor: params.principal,
      context: params.context,
      summary: {
        targetType: 'directory',
        reasonCode: failed?.code ?? 'mapped',
        ...(account ? { targetUserId: account.id } : {}),
        ...(result.mapping ? { rolesAfter: [...result.mapping.roles] } : {}),
      },
    });
    return result;
  }

  private async run(directory: Directory, params: { username: string; password: string }): Promise<DirectoryTestResult> {
    let answer: DirectoryAuthentication;
    try {
      answer = await directory.authenticate({ username: params.username, password: params.password });
    } catch (error) {
      if (!(error instanceof DirectoryUnavailableError)) throw error;
      return { ok: false, steps: stepsUpTo(FAILED_AT[error.reason], error.reason), groups: [], mapping: null };
    }
    switch (answer.kind) {
      case 'unknown_user':
      case 'ambiguous_user':
        return { ok: false, steps: stepsUpTo('search', answer.kind), groups: [], mapping: null };
      case 'bad_password':
        return { ok: false, steps: stepsUpTo('user_bind', answer.kind), groups: [], mapping: null };
      case 'authenticated': {
        const access = mapDirectoryGroups({
          groupDns: answer.groupDns,
          rules: this.config.auth.directory?.groupRules ?? [],
          bareNamesUnder: this.config.auth.directory?.groupSearchBase,
        });
        if (access.kind !== 'mapped') {
          const code = access.kind === 'conflict' ? 'directory_role_conflict' : 'no_mapped_group';
          return { ok: false, steps: stepsUpTo('mapping', code), groups: [...answer.groupDns], mapping: null };
        }
        return {
          ok: true,
          steps: STEPS.map((step) => ({ step, outcome: 'ok' })),
          groups: [...answer.groupDns],
          mapping: { roles: [...access.roles], departmentCode: access.departmentCode, adminScope: access.adminScope },
        };
      }
    }
  }
}

/** Every step before `failedAt` passed, `failedAt` failed with `code`, the rest never ran. */
function stepsUpTo(failedAt: DirectoryTestStepName, code: string): DirectoryTestStep[] {
  const index = STEPS.indexOf(failedAt);
  return STEPS.map((step, position) =>
    position < index ? { step, outcome: 'ok' } : position === index ? { step, outcome: 'failed', code } : { step, outcome: 'skipped' },
  );
}

function ruleView(rule: DirectoryGroupRule): GroupMappingRuleView {
  return { group: rule.group, roles: [...rule.roles], department: rule.department, adminScope: rule.adminScope };
}
