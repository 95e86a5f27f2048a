import { Inject, Injectable, Optional, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { createHash, timingSafeEqual } from 'node:crypto';
import type { Request } from 'express';
import { PrincipalService } from '../accounts/access/principal.service';
import { APP_CONFIG, type AppConfig } from '../config';
import { MetricsError, MetricsErrorCode } from './metrics.errors';

const digest = (value: string) => createHash('sha256').update(value).digest();

/** `/metrics` is for the scraper (METRICS_TOKEN as a bearer token) or a signed-in admin. */
@Injectable()
export class MetricsAccessGuard implements CanActivate {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Optional() private readonly principals?: PrincipalService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const header = context.switchToHttp().getRequest<Request>().headers.authorization;
    const token = header?.startsWith('Bearer ') ? header.slice('Bearer '.length).trim() : undefined;
    if (!token) throw new MetricsError(MetricsErrorCode.AuthRequired, 'Send the scrape token or an admin access token as a bearer token');
    const scrapeToken = this.config.metricsToken;
    if (scrapeToken && timingSafeEqual(digest(token), digest(scrapeToken))) return true;
    const principal = this.principals ? await this.principals.fromAccessToken(token).catch(() => undefined) : undefined;
    if (principal?.roles.includes('admin') && !principal.restriction) return true;
    throw new MetricsError(MetricsErrorCode.Forbidden, 'Metrics are for the scrape token or an administrator');
  }
}
