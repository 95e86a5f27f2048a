import type { OidcConfig } from '../../config';
import {
  OidcRefusedError,
  type OidcAuthorizationRequest,
  type OidcClaims,
  type OidcFlowSecrets,
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
 * audience, expiry, nonce), userinfo for claims the ID token leaves out, RP-initiated logout.
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

  async redeem(params: { callbackQuery: string; expected: OidcFlowSecrets }): Promise<OidcClaims> {
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
      if (this.hasClaimsSignInNeeds(claims) || !tokens.access_token || !configuration.serverMetadata().userinfo_endpoint) return claims as OidcClaims;
      const userInfo = await client.fetchUserInfo(configuration, tokens.access_token, claims.sub);
      // The ID token's own claims win: it is the signed statement.
      return { ...userInfo, ...claims } as OidcClaims;
    } catch (error) {
      throw refusalOf(error);
    }
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

function messageOf(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? 'unknown error';
}
