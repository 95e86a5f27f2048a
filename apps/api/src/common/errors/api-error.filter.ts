import { ArgumentsHost, Catch, HttpException, HttpStatus, Logger, type ExceptionFilter } from '@nestjs/common';
import { STATUS_CODES } from 'node:http';
import type { Request, Response } from 'express';
import { isDatabaseUnreachable } from './database-unreachable.util';
import { isDomainErrorShape } from './domain.error';

const DATABASE_RETRY_AFTER_SECONDS = 5;

export interface ApiErrorBody {
  readonly statusCode: number;
  readonly error: string;
  readonly message: string;
  readonly code?: string;
}

/** The HTTP status for a domain error code; undefined for a code no module's table lists (a bug: 500). */
export type ErrorStatusLookup = (code: string) => number | undefined;

/** Every error leaves the API in one shape: `{statusCode, error, message}` (plus a machine `code`). */
@Catch()
export class ApiErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger('ApiError');

  constructor(private readonly statusFor: ErrorStatusLookup) {}

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const response = http.getResponse<Response>();
    const request = http.getRequest<Request>();
    const { body, retryAfterSeconds } = this.toBody(exception);
    if (body.statusCode >= 500) {
      // The message and stack only: request bodies may hold patient text and are never logged.
      this.logger.error(
        {
          path: request.path,
          code: body.code,
          err: exception instanceof Error ? { name: exception.name, message: exception.message, stack: exception.stack } : String(exception),
        },
        'request failed',
      );
    }
    if (response.headersSent) {
      response.end();
      return;
    }
    if (retryAfterSeconds !== undefined) response.setHeader('Retry-After', String(retryAfterSeconds));
    response.status(body.statusCode).json(body);
  }

  private toBody(exception: unknown): { body: ApiErrorBody; retryAfterSeconds?: number } {
    if (exception instanceof HttpException) {
      const statusCode = exception.getStatus();
      const payload = exception.getResponse();
      const message = typeof payload === 'string' ? payload : (messageOf((payload as { message?: unknown }).message) ?? exception.message);
      return { body: { statusCode, error: reason(statusCode), message } };
    }
    const bodyParserFailure = bodyParserError(exception);
    if (bodyParserFailure) return { body: bodyParserFailure };
    if (isDomainErrorShape(exception)) {
      const statusCode = this.statusFor(exception.code);
      if (statusCode !== undefined) {
        const { code, message, details } = exception;
        return { body: { statusCode, error: reason(statusCode), message, code }, retryAfterSeconds: details?.retryAfterSeconds };
      }
    }
    if (isDatabaseUnreachable(exception)) {
      // Not a bug in the request: the database is down or restarting; pools reconnect by themselves.
      return {
        body: { statusCode: 503, error: reason(503), message: 'database unavailable: try again shortly', code: 'DATABASE_UNAVAILABLE' },
        retryAfterSeconds: DATABASE_RETRY_AFTER_SECONDS,
      };
    }
    return { body: { statusCode: HttpStatus.INTERNAL_SERVER_ERROR, error: reason(500), message: 'Internal server error' } };
  }
}

function bodyParserError(exception: unknown): ApiErrorBody | undefined {
  const candidate = exception as { type?: unknown; status?: unknown; limit?: unknown; code?: unknown; expose?: unknown };
  // A damaged gzip/deflate/brotli body: body-parser passes zlib's own error on with status 400 and no type.
  if (candidate?.status === 400 && candidate.expose === true && typeof candidate.code === 'string' && /^(Z_|ERR__)/.test(candidate.code)) {
    return { statusCode: 400, error: reason(400), message: 'Request body could not be read: its compressed content is damaged' };
  }
  if (typeof candidate?.type !== 'string' || typeof candidate.status !== 'number') return undefined;
  switch (candidate.type) {
    case 'entity.too.large':
      return { statusCode: 413, error: reason(413), message: `Request body is larger than the limit of ${String(candidate.limit)} bytes` };
    case 'entity.too.deep':
      return { statusCode: 400, error: reason(400), message: String((exception as { message?: unknown }).message) };
    case 'entity.parse.failed':
      return { statusCode: 400, error: reason(400), message: 'Request body is not valid JSON' };
    case 'encoding.unsupported':
    case 'charset.unsupported':
      return { statusCode: 415, error: reason(415), message: 'Request body must be UTF-8 encoded' };
    default:
      return candidate.status >= 400 && candidate.status < 500
        ? { statusCode: candidate.status, error: reason(candidate.status), message: 'Request body could not be read' }
        : undefined;
  }
}

function messageOf(message: unknown): string | undefined {
  if (typeof message === 'string') return message;
  if (Array.isArray(message)) return message.map(String).join('; ');
  return undefined;
}

function reason(statusCode: number): string {
  return STATUS_CODES[statusCode] ?? 'Error';
}
