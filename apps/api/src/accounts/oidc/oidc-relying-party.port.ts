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
  | 'id_token_invalid';

export interface OidcRelyingParty {
  authorizationRequest(): Promise<OidcAuthorizationRequest>;
  /** Exchanges the code (with the PKCE verifier) and validates the ID token; throws OidcRefusedError. */
  redeem(params: { callbackQuery: string; expected: OidcFlowSecrets }): Promise<OidcClaims>;
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
