/** The hospital's OpenID Provider as sign-in sees it; `OpenidClientRelyingParty` is the adapter (openid-client). */
export const OIDC_RELYING_PARTY = Symbol('OIDC_RELYING_PARTY');

/** What the browser carries between /oidc/start and /oidc/callback (sealed in a cookie). */
export interface OidcFlowSecrets {
  readonly state: string;
  readonly nonce: string;
  readonly codeVerifier: string;
}

export interface OidcAuthorizationRequest extends OidcFlowSecrets {
  /** The IdP's authorization endpoint with response_type=code, PKCE S256, state and nonce. */
  readonly url: string;
}

/** The validated ID token's claims, completed from userinfo where the ID token lacks them. */
export type OidcClaims = Readonly<Record<string, unknown>> & { readonly iss: string; readonly sub: string };

/**
 * What MedLocal keeps of a sign-in to ask the IdP again at each token refresh: the IdP's refresh
 * token (re-read the claims through the refresh_token grant), else its access token (userinfo until
 * it expires). Sealed at rest (`OidcGrantVault`).
 */
export interface OidcGrant {
  /** The IdP's `sub`: the refreshed claims must name the same person. */
  readonly sub: string;
  readonly refreshToken: string | null;
  readonly accessToken: string | null;
}

/** The claims of a sign-in or a re-check, and the grant to ask with next time. */
export interface OidcAnswer {
  readonly claims: OidcClaims;
  readonly grant: OidcGrant;
}

/** Why the IdP's answer was refused; audited as the reason code and logged for IT. */
export type OidcRefusalReason =
  | 'idp_unreachable'
  /** OIDC_ISSUER differs from the `issuer` the IdP's discovery document states (a trailing slash, a realm, a host name). */
  | 'issuer_mismatch'
  | 'idp_refused'
  | 'idp_token_error'
  | 'state_mismatch'
  | 'id_token_signature_invalid'
  | 'id_token_expired'
  | 'id_token_wrong_audience'
  | 'id_token_wrong_issuer'
  | 'id_token_nonce_mismatch'
  | 'id_token_invalid'
  /** At a re-check: the IdP refused the grant (invalid_grant, an access token it no longer honours): the person is gone, disabled or signed out there. */
  | 'idp_grant_revoked'
  /** At a re-check: the IdP's claims name another person than the grant's. */
  | 'idp_subject_changed';

export interface OidcRelyingParty {
  authorizationRequest(): Promise<OidcAuthorizationRequest>;
  /** Exchanges the code (with the PKCE verifier) and validates the ID token; throws OidcRefusedError. */
  redeem(params: { callbackQuery: string; expected: OidcFlowSecrets }): Promise<OidcAnswer>;
  /**
   * Asks the IdP about the person again (token refresh): the refresh_token grant when the IdP gave one
   * (a new ID token, validated like the first), else userinfo with the access token. Throws
   * OidcRefusedError: `idp_grant_revoked` when the IdP no longer honours the grant, another reason
   * when it could not answer.
   */
  recheck(grant: OidcGrant): Promise<OidcAnswer>;
  /** The IdP's end_session URL for RP-initiated logout; null when the IdP has none. */
  endSessionUrl(): Promise<string | null>;
}

export class OidcRefusedError extends Error {
  constructor(
    readonly reason: OidcRefusalReason,
    message: string,
    options?: { readonly cause?: unknown },
  ) {
    super(message, options);
    this.name = 'OidcRefusedError';
  }
}
