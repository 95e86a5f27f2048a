import { readGroupMapping, type DirectoryGroupRule } from './directory-config.util';
import type { EnvironmentVariables } from './environment.variables';
import { isLoopbackHost } from './production-rules.util';

export interface OidcConfig {
  /** The issuer exactly as configured: discovery reads `<issuer>/.well-known/openid-configuration`, ID tokens must name it. */
  readonly issuer: string;
  readonly issuerHost: string;
  /** http:// issuer on loopback (tests, a local IdP): OIDC_ALLOW_HTTP=true, never in production. */
  readonly allowHttp: boolean;
  readonly clientId: string;
  readonly clientSecret: string;
  readonly redirectUri: string;
  /** Where the IdP sends the browser after RP-initiated logout: the console's sign-in page. */
  readonly postLogoutRedirectUri: string;
  readonly scopes: string;
  readonly groupsClaim: string;
  readonly usernameClaim: string;
  /** ID tokens whose `acr` is one of these, or whose `amr` holds one of `mfaAmr`, count as a second factor. */
  readonly mfaAcrValues: readonly string[];
  readonly mfaAmr: readonly string[];
  readonly timeoutMs: number;
  /** OIDC_REFRESH_GRACE_MINUTES: roles kept at token refresh this long after the IdP last confirmed them, while it cannot be reached. */
  readonly refreshGraceMinutes: number;
  readonly groupRules: readonly DirectoryGroupRule[];
}

const CALLBACK_PATH = '/api/auth/oidc/callback';
const COMPANION_VARIABLES = ['OIDC_CLIENT_ID', 'OIDC_CLIENT_SECRET', 'OIDC_REDIRECT_URI', 'OIDC_ROLE_MAPPING_FILE'] as const;

/**
 * The OpenID Connect settings, checked together: the issuer's transport, the client, the callback
 * URL and the role mapping file (the directory's format). Problems name the variable, never the secret.
 */
export function parseOidcConfig(params: { env: EnvironmentVariables }): { oidc?: OidcConfig; problems: string[] } {
  const { env } = params;
  const problems: string[] = [];
  if (!env.OIDC_ISSUER) {
    const stray = [...COMPANION_VARIABLES, 'OIDC_MFA_ACR_VALUES', 'OIDC_MFA_AMR'].filter((name) => env[name as keyof EnvironmentVariables] !== undefined);
    if (stray.length > 0)
      problems.push(`Invalid configuration: ${stray.join(', ')} set without OIDC_ISSUER; set OIDC_ISSUER to turn OpenID Connect sign-in on`);
    return { problems };
  }
  const issuer = new URL(env.OIDC_ISSUER);
  const issuerHost = issuer.hostname.replace(/^\[|\]$/g, '');
  if (issuer.protocol === 'http:') {
    if (!env.OIDC_ALLOW_HTTP || !isLoopbackHost(issuerHost)) {
      problems.push(
        `Invalid configuration: OIDC_ISSUER=${env.OIDC_ISSUER} must use https:// (plain http only for an IdP on this machine's loopback address, with OIDC_ALLOW_HTTP=true)`,
      );
    } else if (env.MEDLOCAL_MODE === 'production') {
      problems.push('Invalid configuration: OIDC_ALLOW_HTTP=true is refused in production: the IdP must be reached over https://');
    }
  }
  for (const name of COMPANION_VARIABLES) {
    if (env[name] === undefined)
      problems.push(
        `Invalid configuration: ${name} must be set when OIDC_ISSUER is set${name === 'OIDC_CLIENT_SECRET' ? ' (or OIDC_CLIENT_SECRET_FILE)' : ''}`,
      );
  }
  let redirect: URL | undefined;
  if (env.OIDC_REDIRECT_URI) {
    redirect = new URL(env.OIDC_REDIRECT_URI);
    if (redirect.pathname !== CALLBACK_PATH || redirect.search !== '' || redirect.hash !== '') {
      problems.push(`Invalid configuration: OIDC_REDIRECT_URI must end in ${CALLBACK_PATH}, with no query (got ${JSON.stringify(env.OIDC_REDIRECT_URI)})`);
    }
  }
  const groupRules = env.OIDC_ROLE_MAPPING_FILE ? readGroupMapping(env.OIDC_ROLE_MAPPING_FILE, problems, 'OIDC_ROLE_MAPPING_FILE') : [];
  if (problems.length > 0 || !redirect) return { problems };
  return {
    problems,
    oidc: {
      issuer: env.OIDC_ISSUER,
      issuerHost,
      allowHttp: issuer.protocol === 'http:',
      clientId: env.OIDC_CLIENT_ID ?? '',
      clientSecret: env.OIDC_CLIENT_SECRET ?? '',
      redirectUri: redirect.href,
      postLogoutRedirectUri: `${redirect.origin}/sign-in?reason=signedOut`,
      scopes: env.OIDC_SCOPES.split(/\s+/).filter(Boolean).join(' '),
      groupsClaim: env.OIDC_GROUPS_CLAIM,
      usernameClaim: env.OIDC_USERNAME_CLAIM,
      mfaAcrValues: list(env.OIDC_MFA_ACR_VALUES),
      mfaAmr: list(env.OIDC_MFA_AMR),
      timeoutMs: env.OIDC_TIMEOUT_MS,
      refreshGraceMinutes: env.OIDC_REFRESH_GRACE_MINUTES,
      groupRules,
    },
  };
}

function list(value: string | undefined): string[] {
  return value
    ? value
        .split(',')
        .map((item) => item.trim())
        .filter(Boolean)
    : [];
}
