import { Inject, Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { createHash, timingSafeEqual } from 'node:crypto';
import type { Request } from 'express';
import { APP_CONFIG, type AppConfig } from '../config';
import { OpenAiError, OpenAiErrorCode } from './openai.errors';

/** Keys checked in constant time: compare digests so neither length nor content leaks through timing. */
function sameKey(presented: string, expected: string): boolean {
  const digest = (value: string) => createHash('sha256').update(value).digest();
  return timingSafeEqual(digest(presented), digest(expected));
}

export function presentedApiKey(req: Request): string | undefined {
  const header = req.headers.authorization;
  if (header?.startsWith('Bearer ')) return header.slice('Bearer '.length).trim();
  const apiKey = req.headers['x-api-key'];
  return typeof apiKey === 'string' ? apiKey : undefined;
}

/**
 * `/v1` callers authenticate with an API key. In the full API the global access guard has already
 * checked it (admin-issued keys and MEDLOCAL_API_KEYS); an inference node has no accounts, so here
 * it accepts the service keys from MEDLOCAL_API_KEYS only.
 */
@Injectable()
export class ApiKeyGuard implements CanActivate {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  canActivate(context: ExecutionContext): boolean {
    const request = context.switchToHttp().getRequest<Request & { apiCaller?: unknown }>();
    if (request.apiCaller) return true;
    const key = presentedApiKey(request);
    if (!key) throw new OpenAiError(OpenAiErrorCode.ApiKeyMissing, 'An API key is required: send it as "Authorization: Bearer <key>"');
    if (this.config.inference.serviceApiKeys.some((expected) => sameKey(key, expected))) return true;
    throw new OpenAiError(OpenAiErrorCode.ApiKeyInvalid, 'The API key is not valid or has been revoked');
  }
}
