import { HttpErrorResponse } from '@angular/common/http';
import { isApiErrorCode, type ApiErrorCode } from '@medlocal/contracts';
import type { MessageKey } from '../i18n/messages.zh';

/** What went wrong with a request, in a form the UI can explain: the cause and what to do next. */
export interface RequestProblem {
  /** HTTP status, or 0 when the server could not be reached. */
  readonly status: number;
  /** The server's own message: English detail, shown only in the English console when `code` is unknown. */
  readonly serverMessage: string | null;
  /** The API's machine code, which the console explains in its own language. */
  readonly code?: ApiErrorCode | null;
  /** What the user can do about it. */
  readonly adviceKey: MessageKey;
}

/** Maps any failure of an HTTP call to a `RequestProblem`; never throws. */
export function toRequestProblem(error: unknown): RequestProblem {
  if (error instanceof HttpErrorResponse) {
    return { status: error.status, serverMessage: serverMessageOf(error.error) ?? null, code: errorCodeOf(error.error), adviceKey: adviceFor(error.status) };
  }
  if (error instanceof Error) {
    return { status: 0, serverMessage: error.message, adviceKey: 'error.advice.network' };
  }
  return { status: 0, serverMessage: null, adviceKey: 'error.advice.network' };
}

export function problemFromStatus(status: number, serverMessage: string | null): RequestProblem {
  return { status, serverMessage, adviceKey: adviceFor(status) };
}

export function serverMessageOf(body: unknown): string | undefined {
  if (typeof body === 'string' && body.length > 0 && body.length < 500) return body;
  if (body && typeof body === 'object') {
    const message = (body as { message?: unknown }).message;
    if (typeof message === 'string') return message;
    if (Array.isArray(message)) return message.filter((part) => typeof part === 'string').join('; ');
  }
  return undefined;
}

/** The API's error code in a body, when it is one the console knows. */
export function errorCodeOf(body: unknown): ApiErrorCode | null {
  const code = body && typeof body === 'object' ? (body as { code?: unknown }).code : undefined;
  return isApiErrorCode(code) ? code : null;
}

function adviceFor(status: number): MessageKey {
  if (status === 0) return 'error.advice.network';
  if (status === 400 || status === 422) return 'error.advice.input';
  if (status === 401) return 'error.advice.signIn';
  if (status === 403) return 'error.advice.forbidden';
  if (status === 404) return 'error.advice.notFound';
  if (status === 409) return 'error.advice.conflict';
  if (status === 423) return 'error.advice.locked';
  if (status === 429) return 'error.advice.rateLimited';
  if (status === 503) return 'error.advice.unavailable';
  return 'error.advice.server';
}
