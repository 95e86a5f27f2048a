import type { EnvironmentVariables } from './environment.variables';

/** The shape of a MedLocal username (create-user.request.dto.ts USERNAME_PATTERN). */
const USERNAME_PATTERN = /^[a-z][a-z0-9._-]{2,31}$/;

export interface LocalSignInConfig {
  /** `all`: every local account signs in with its password; `break-glass`: only `breakGlassUsers` do. */
  readonly mode: 'all' | 'break-glass';
  /** Lower-case local usernames; empty unless `mode` is `break-glass`. */
  readonly breakGlassUsers: readonly string[];
}

/**
 * LOCAL_SIGN_IN=break-glass turns local password sign-in off for every local account but the ones
 * named in LOCAL_SIGN_IN_BREAK_GLASS_USERS, and only while directory or OpenID Connect sign-in is on
 * (otherwise nobody else could sign in at all).
 */
export function parseLocalSignInConfig(params: {
  env: Pick<EnvironmentVariables, 'LOCAL_SIGN_IN' | 'LOCAL_SIGN_IN_BREAK_GLASS_USERS' | 'LDAP_URL' | 'OIDC_ISSUER'>;
}): { localSignIn: LocalSignInConfig; problems: string[] } {
  const { env } = params;
  const names = (env.LOCAL_SIGN_IN_BREAK_GLASS_USERS ?? '')
    .split(',')
    .map((name) => name.trim().toLowerCase())
    .filter((name) => name.length > 0);
  if (env.LOCAL_SIGN_IN !== 'break-glass') {
    const problems = env.LOCAL_SIGN_IN_BREAK_GLASS_USERS
      ? [
          'Invalid configuration: LOCAL_SIGN_IN_BREAK_GLASS_USERS is set but LOCAL_SIGN_IN is not break-glass; set LOCAL_SIGN_IN=break-glass to turn local sign-in off for everyone else',
        ]
      : [];
    return { localSignIn: { mode: 'all', breakGlassUsers: [] }, problems };
  }
  const problems: string[] = [];
  if (names.length === 0) {
    problems.push(
      'Invalid configuration: LOCAL_SIGN_IN=break-glass needs LOCAL_SIGN_IN_BREAK_GLASS_USERS, the comma-separated local accounts that still sign in with a password (e.g. root.admin)',
    );
  }
  for (const name of names.filter((candidate) => !USERNAME_PATTERN.test(candidate))) {
    problems.push(
      `Invalid configuration: LOCAL_SIGN_IN_BREAK_GLASS_USERS names ${JSON.stringify(name)}, which is not a MedLocal username (3-32 characters: lower-case letters, digits, . _ -)`,
    );
  }
  if (!env.LDAP_URL && !env.OIDC_ISSUER) {
    problems.push(
      'Invalid configuration: LOCAL_SIGN_IN=break-glass needs directory (LDAP_URL) or OpenID Connect (OIDC_ISSUER) sign-in: otherwise only the break-glass accounts could sign in',
    );
  }
  return { localSignIn: { mode: 'break-glass', breakGlassUsers: [...new Set(names)] }, problems };
}
