import type { OidcConfig } from '../../config';
import {
  OidcRefusedError,
  type OidcAnswer,
  type OidcAuthorizationRequest,
  type OidcClaims,
  type OidcFlowSecrets,
  type OidcGrant,
  type OidcRefusalReason,
  type OidcRelyingParty,
} from './oidc-relying-party.port';

type OpenidClient = typeof import('openid-client', { with: { 'resolution-mode': 'import' } });
type Configuration = import('openid-client', { with: { 'resolution-mode': 'import' } }).Configuration;

/** openid-client 6 is ESM-only: loaded natively at run time, never bundled into the API's CommonJS build. */
function importOpenidClient(): Promise<OpenidClient> {
  return import(/* webpackIgnore: true */ 'openid-client');
}

/**
 * The relying party on openid-client: discovery (cached; retried after a failure), authorization
 * code + PKCE S256, ID-token validation by the library (signature against the IdP's JWKS, issuer,
 * audience, expiry, nonce), userinfo for claims the ID token leaves out, the refresh_token grant
 * (or userinfo) to re-check a person at token refresh, RP-initiated logout.
 */
export class OpenidClientRelyingParty implements OidcRelyingParty {
  private discovered: Promise<{ client: OpenidClient; configuration: Configuration }> | null = null;

  constructor(private readonly config: OidcConfig) {}

  async authorizationRequest(): Promise<OidcAuthorizationRequest> {
    const { client, configuration } = await this.discover();
    const secrets: OidcFlowSecrets = { state: client.randomState(), nonce: client.randomNonce(), codeVerifier: client.randomPKCECodeVerifier() };
    const url = client.buildAuthorizationUrl(configuration, {
      redirect_uri: this.config.redirectUri,
      scope: this.config.scopes,
      code_challenge: await client.calculatePKCECodeChallenge(secrets.codeVerifier),
      code_challenge_method: 'S256',
      state: secrets.state,
      nonce: secrets.nonce,
    });
    return { ...secrets, url: url.href };
  }

  async redeem(params: { callbackQuery: string; expected: OidcFlowSecrets }): Promise<OidcAnswer> {
    const { client, configuration } = await this.discover();
    // The redirect_uri sent with the code is the configured one, whatever host the proxy forwarded.
    const callbackUrl = new URL(this.config.redirectUri);
    callbackUrl.search = params.callbackQuery;
    try {
      const tokens = await client.authorizationCodeGrant(configuration, callbackUrl, {
        pkceCodeVerifier: params.expected.codeVerifier,
        expectedState: params.expected.state,
        expectedNonce: params.expected.nonce,
        idTokenExpected: true,
      });
      const claims = tokens.claims();
      if (!claims) throw new OidcRefusedError('id_token_invalid', 'The IdP answered without an ID token');
      return {
        claims: await this.completed({ client, configuration, claims, accessToken: tokens.access_token }),
        grant: { sub: claims.sub, refreshToken: tokens.refresh_token ?? null, accessToken: tokens.access_token ?? null },
      };
    } catch (error) {
      throw refusalOf(error);
    }
  }

  async recheck(grant: OidcGrant): Promise<OidcAnswer> {
    const { client, configuration } = await this.discover();
    try {
      if (!grant.refreshToken) {
        if (!grant.accessToken) throw new OidcRefusedError('idp_grant_revoked', 'No IdP token was kept for this session');
        const userInfo = await client.fetchUserInfo(configuration, grant.accessToken, grant.sub);
        return { claims: { ...userInfo, iss: configuration.serverMetadata().issuer, sub: userInfo.sub }, grant };
      }
      const tokens = await client.refreshTokenGrant(configuration, grant.refreshToken);
      const idClaims = tokens.claims();
      if (idClaims && idClaims.sub !== grant.sub) throw new OidcRefusedError('idp_subject_changed', 'The refreshed ID token names another subject');
      const next: OidcGrant = { sub: grant.sub, refreshToken: tokens.refresh_token ?? grant.refreshToken, accessToken: tokens.access_token ?? null };
      const base: OidcClaims = idClaims ? (idClaims as OidcClaims) : { iss: configuration.serverMetadata().issuer, sub: grant.sub };
      return { claims: await this.completed({ client, configuration, claims: base, accessToken: tokens.access_token }), grant: next };
    } catch (error) {
      throw recheckRefusalOf(error);
    }
  }

  /** The ID token's claims, completed from userinfo when it lacks the username or groups; the ID token's own claims win (the signed statement). */
  private async completed(params: {
    client: OpenidClient;
    configuration: Configuration;
    claims: Readonly<Record<string, unknown>> & { sub: string };
    accessToken: string | undefined;
  }): Promise<OidcClaims> {
    const { client, configuration, claims, accessToken } = params;
    if (this.hasClaimsSignInNeeds(claims) || !accessToken || !configuration.serverMetadata().userinfo_endpoint) return claims as OidcClaims;
    const userInfo = await client.fetchUserInfo(configuration, accessToken, claims.sub);
    return { ...userInfo, ...claims } as unknown as OidcClaims;
  }

  async endSessionUrl(): Promise<string | null> {
    const { client, configuration } = await this.discover();
    if (!configuration.serverMetadata().end_session_endpoint) return null;
    return client.buildEndSessionUrl(configuration, { post_logout_redirect_uri: this.config.postLogoutRedirectUri }).href;
  }

  private hasClaimsSignInNeeds(claims: Readonly<Record<string, unknown>>): boolean {
    return claims[this.config.usernameClaim] !== undefined && claims[this.config.groupsClaim] !== undefined;
  }

  private discover(): Promise<{ client: OpenidClient; configuration: Configuration }> {
    this.discovered ??= (async () => {
      const client = await importOpenidClient();
      try {
        const configuration = await client.discovery(
          new URL(this.config.issuer),
          this.config.clientId,
          undefined,
          client.ClientSecretBasic(this.config.clientSecret),
          {
            // The library trusts an ID token from the token endpoint on TLS alone unless told otherwise (OIDC Core 3.1.3.7):
            // MedLocal checks its signature against the IdP's JWKS too, so a token altered on the way (or by a proxy) is refused.
            execute: [client.enableNonRepudiationChecks, ...(this.config.allowHttp ? [client.allowInsecureRequests] : [])],
            timeout: Math.ceil(this.config.timeoutMs / 1000),
          },
        );
        configuration.timeout = Math.ceil(this.config.timeoutMs / 1000);
        return { client, configuration };
      } catch (error) {
        throw discoveryRefusal({ error, issuer: this.config.issuer });
      }
    })();
    // A failed discovery (IdP down at start) is tried again at the next sign-in.
    this.discovered.catch(() => {
      this.discovered = null;
    });
    return this.discovered;
  }
}

function discoveryRefusal(params: { error: unknown; issuer: string }): OidcRefusedError {
  const { error, issuer } = params;
  const inner = error instanceof Error && error.name === 'ClientError' && error.cause instanceof Error ? error.cause : error;
  const stated = ((inner as { cause?: { body?: { issuer?: unknown } } }).cause?.body ?? {}).issuer;
  if ((error as { code?: unknown }).code === 'OAUTH_JSON_ATTRIBUTE_COMPARISON_FAILED' && typeof stated === 'string') {
    return new OidcRefusedError(
      'issuer_mismatch',
      `OIDC_ISSUER=${issuer} is not the issuer the IdP states in its discovery document (${stated}): set OIDC_ISSUER to exactly that`,
      { cause: error },
    );
  }
  return new OidcRefusedError('idp_unreachable', `OpenID Connect discovery failed at ${issuer}/.well-known/openid-configuration: ${messageOf(inner)}`, {
    cause: error,
  });
}

/** openid-client's error codes (oauth4webapi) as MedLocal's reason codes. */
function refusalOf(error: unknown): OidcRefusedError {
  if (error instanceof OidcRefusedError) return error;
  const code = (error as { code?: unknown }).code;
  // openid-client's ClientError wraps oauth4webapi's error, which names the check and the claim.
  const inner = error instanceof Error && error.name === 'ClientError' && error.cause instanceof Error ? error.cause : error;
  const claim = ((inner as { cause?: { claim?: unknown } }).cause ?? {}).claim;
  const message = messageOf(inner);
  const reason = ((): OidcRefusalReason => {
    switch (code) {
      case 'OAUTH_AUTHORIZATION_RESPONSE_ERROR':
        return 'idp_refused';
      case 'OAUTH_RESPONSE_BODY_ERROR':
        return 'idp_token_error';
      case 'OAUTH_JWT_TIMESTAMP_CHECK_FAILED':
        return 'id_token_expired';
      case 'OAUTH_KEY_SELECTION_FAILED':
        return 'id_token_signature_invalid';
      case 'OAUTH_TIMEOUT':
      case 'OAUTH_RESPONSE_IS_NOT_CONFORM':
      case 'OAUTH_RESPONSE_IS_NOT_JSON':
        return 'idp_unreachable';
      case 'OAUTH_JWT_CLAIM_COMPARISON_FAILED':
        if (claim === 'aud' || claim === 'azp') return 'id_token_wrong_audience';
        if (claim === 'iss') return 'id_token_wrong_issuer';
        if (claim === 'nonce') return 'id_token_nonce_mismatch';
        return 'id_token_invalid';
      case 'OAUTH_INVALID_RESPONSE':
        if (/signature/i.test(message)) return 'id_token_signature_invalid';
        if (/"state"/.test(message)) return 'state_mismatch';
        return 'id_token_invalid';
      default:
        return error instanceof TypeError || (error instanceof Error && error.name === 'TimeoutError') ? 'idp_unreachable' : 'id_token_invalid';
    }
  })();
  return new OidcRefusedError(reason, `${reason}: ${message}`, { cause: error });
}

/**
 * At a re-check only a definite "no" from the IdP ends the sessions: invalid_grant from the token
 * endpoint, or an access token userinfo no longer honours. Anything else (no answer, a 5xx, a token
 * that fails its checks) is the IdP not confirming, which the grace rule decides.
 */
function recheckRefusalOf(error: unknown): OidcRefusedError {
  if (error instanceof OidcRefusedError) return error;
  const code = (error as { code?: unknown }).code;
  if (code === 'OAUTH_RESPONSE_BODY_ERROR' && (error as { error?: unknown }).error === 'invalid_grant') {
    return new OidcRefusedError('idp_grant_revoked', `idp_grant_revoked: ${messageOf(error)}`, { cause: error });
  }
  if (code === 'OAUTH_WWW_AUTHENTICATE_CHALLENGE' && (error as { status?: unknown }).status === 401) {
    return new OidcRefusedError('idp_grant_revoked', `idp_grant_revoked: userinfo refused the access token`, { cause: error });
  }
  const refusal = refusalOf(error);
  // invalid_client and the like say MedLocal's client is misconfigured, not that the person lost access.
  return refusal.reason === 'idp_token_error' ? new OidcRefusedError('idp_unreachable', refusal.message, { cause: error }) : refusal;
}

function messageOf(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? 'unknown error';
}
