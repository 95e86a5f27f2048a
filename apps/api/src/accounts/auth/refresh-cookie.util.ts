import type { Request, Response } from 'express';

export const REFRESH_COOKIE = 'medlocal_refresh';
const COOKIE_PATH = '/api/auth';

/**
 * httpOnly, SameSite=Strict, only sent to /api/auth. Secure whenever the request came over HTTPS,
 * and always when TLS ends at a declared proxy (`alwaysSecure`): the proxy may not say so per request.
 */
export function setRefreshCookie(params: { request: Request; response: Response; token: string; maxAgeMs: number; alwaysSecure: boolean }): void {
  params.response.cookie(REFRESH_COOKIE, params.token, {
    httpOnly: true,
    sameSite: 'strict',
    path: COOKIE_PATH,
    secure: params.alwaysSecure || params.request.secure,
    maxAge: params.maxAgeMs,
  });
}

export function clearRefreshCookie(params: { request: Request; response: Response; alwaysSecure: boolean }): void {
  params.response.clearCookie(REFRESH_COOKIE, { httpOnly: true, sameSite: 'strict', path: COOKIE_PATH, secure: params.alwaysSecure || params.request.secure });
}

export function refreshCookieOf(request: Request): string | undefined {
  const value = (request.cookies as Record<string, unknown> | undefined)?.[REFRESH_COOKIE];
  return typeof value === 'string' && value.length > 0 && value.length <= 256 ? value : undefined;
}
