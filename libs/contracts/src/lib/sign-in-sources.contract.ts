import type { AdminScope, Role } from './auth.contract';

/** One line of a group mapping file, as the admin console shows it. */
export interface GroupMappingRuleView {
  readonly group: string;
  readonly roles: readonly Role[];
  readonly department: string | null;
  readonly adminScope: AdminScope | null;
}

/**
 * GET /api/admin/sign-in-sources (global admin): which ways of signing in this server offers and how
 * they are configured. Settings only, never a secret (no bind password, no client secret).
 */
export interface SignInSourcesView {
  /** Local accounts: always on (the break-glass admin signs in this way). */
  readonly password: { readonly enabled: true };
  readonly ldap: {
    readonly url: string;
    readonly startTls: boolean;
    readonly bindDn: string;
    readonly searchBase: string;
    readonly groupSearchBase: string;
    readonly userFilter: string;
    /** LDAP_CA_FILE set: the directory's certificate is checked against that CA, else the system's. */
    readonly customCa: boolean;
    readonly timeoutMs: number;
    readonly refreshGraceMinutes: number;
    readonly groupMapping: readonly GroupMappingRuleView[];
  } | null;
  readonly oidc: {
    readonly issuer: string;
    readonly clientId: string;
    readonly redirectUri: string;
    readonly scopes: string;
    readonly usernameClaim: string;
    readonly groupsClaim: string;
    readonly mfaAcrValues: readonly string[];
    readonly mfaAmr: readonly string[];
    readonly refreshGraceMinutes: number;
    readonly groupMapping: readonly GroupMappingRuleView[];
  } | null;
}

export type DirectoryTestStepName = 'connect' | 'service_bind' | 'search' | 'user_bind' | 'groups' | 'mapping';

export interface DirectoryTestStep {
  readonly step: DirectoryTestStepName;
  readonly outcome: 'ok' | 'failed' | 'skipped';
  /** Why it failed: directory_unreachable, directory_tls_failed, directory_timeout, directory_service_bind_refused, unknown_user, ambiguous_user, bad_password, no_mapped_group, directory_role_conflict … */
  readonly code?: string;
}

/**
 * POST /api/admin/sign-in-sources/ldap/test: a username and password checked against the directory
 * step by step, with no account made or changed and no session opened.
 */
export interface DirectoryTestResult {
  readonly ok: boolean;
  readonly steps: readonly DirectoryTestStep[];
  /** DNs of the groups the directory reports for the user (nested ones included). */
  readonly groups: readonly string[];
  /** What MedLocal would give this person at sign-in; null when no mapped group (or a conflict). */
  readonly mapping: { readonly roles: readonly Role[]; readonly departmentCode: string | null; readonly adminScope: AdminScope | null } | null;
}
