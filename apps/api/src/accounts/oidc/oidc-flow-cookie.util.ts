import { hkdfSync } from 'node:crypto';
import type { Request, Response } from 'express';
import { EncryptJWT, jwtDecrypt } from 'jose';
import type { OidcFlowSecrets } from './oidc-relying-party.port';

export const OIDC_FLOW_COOKIE = 'medlocal_oidc';
const COOKIE_PATH = '/api/auth/oidc';
/** Time to sign in at the IdP; the cookie and the sealed secrets expire together. */
export const OIDC_FLOW_SECONDS = 600;

/** A key of its own for the flow cookie, derived from the session signing key. */
export function oidcFlowKeyOf(jwtKey: Uint8Array): Uint8Array {
  return new Uint8Array(hkdfSync('sha256', jwtKey, new Uint8Array(0), 'medlocal oidc flow cookie', 32));
}

/**
 * State, nonce and PKCE verifier sealed (JWE, A256GCM) into an httpOnly cookie: the browser cannot
 * read or change them, and SameSite=Lax lets the IdP's top-level redirect back bring them along.
 */
export async function setOidcFlowCookie(params: {
  request: Request;
  response: Response;
  secrets: OidcFlowSecrets;
  key: Uint8Array;
  alwaysSecure: boolean;
}): Promise<void> {
  const sealed = await new EncryptJWT({ s: params.secrets.state, n: params.secrets.nonce, v: params.secrets.codeVerifier })
    .setProtectedHeader({ alg: 'dir', enc: 'A256GCM' })
    .setIssuedAt()
    .setExpirationTime(`${OIDC_FLOW_SECONDS}s`)
    .encrypt(params.key);
  params.response.cookie(OIDC_FLOW_COOKIE, sealed, {
    httpOnly: true,
    sameSite: 'lax',
    path: COOKIE_PATH,
    secure: params.alwaysSecure || params.request.secure,
    maxAge: OIDC_FLOW_SECONDS * 1000,
  });
}

export function clearOidcFlowCookie(params: { request: Request; response: Response; alwaysSecure: boolean }): void {
  params.response.clearCookie(OIDC_FLOW_COOKIE, { httpOnly: true, sameSite: 'lax', path: COOKIE_PATH, secure: params.alwaysSecure || params.request.secure });
}

/** The secrets of the flow this browser started; null when the cookie is missing, altered or expired. */
export async function readOidcFlowCookie(params: { request: Request; key: Uint8Array }): Promise<OidcFlowSecrets | null> {
  const value = (params.request.cookies as Record<string, unknown> | undefined)?.[OIDC_FLOW_COOKIE];
  if (typeof value !== 'string' || value.length === 0 || value.length > 2048) return null;
  try {
    const { payload } = await jwtDecrypt(value, params.key);
    const { s, n, v } = payload as Record<string, unknown>;
    return typeof s === 'string' && typeof n === 'string' && typeof v === 'string' ? { state: s, nonce: n, codeVerifier: v } : null;
  } catch {
    return null;
  }
}
