import { Controller, Get, Inject, Req, Res } from '@nestjs/common';
import { ApiFoundResponse, ApiOkResponse, ApiTags, ApiTooManyRequestsResponse } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import type { AuthProvidersResponse } from '@medlocal/contracts';
import { APP_CONFIG, type AppConfig } from '../../config';
import { Public } from '../../common/access/access.decorators';
import { requestContextOf } from '../../common/access/request-context.util';
import { setRefreshCookie } from '../auth/refresh-cookie.util';
import { ACCOUNTS_KEYS, type AccountsKeys } from '../common/accounts-keys';
import { clearOidcFlowCookie, oidcFlowKeyOf, readOidcFlowCookie, setOidcFlowCookie } from './oidc-flow-cookie.util';
import { OidcSignInService } from './oidc-sign-in.service';

/** The console's sign-in page; refusals arrive there as `?oidcError=<reason>`. */
const SIGN_IN_PAGE = '/sign-in';

/** Browser navigations, not XHR: every answer is a redirect, to the IdP or back to the console. */
@ApiTags('auth')
@Controller('auth')
export class OidcController {
  private readonly flowKey: Uint8Array;

  constructor(
    @Inject(OidcSignInService) private readonly oidc: OidcSignInService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(ACCOUNTS_KEYS) keys: AccountsKeys,
  ) {
    this.flowKey = oidcFlowKeyOf(keys.jwtKey);
  }

  @Get('providers')
  @Public()
  @ApiOkResponse({ description: 'Which ways of signing in the console offers: `{password: true, oidc: boolean}`' })
  providers(): AuthProvidersResponse {
    return { password: true, oidc: this.oidc.enabled };
  }

  @Get('oidc/start')
  @Public()
  @ApiFoundResponse({ description: "To the IdP's authorization endpoint (code + PKCE S256); the flow's secrets in an httpOnly cookie" })
  @ApiTooManyRequestsResponse({ description: 'Over OIDC_RATE_LIMIT_PER_IP requests a minute from this address; Retry-After says when' })
  async start(@Req() request: Request, @Res() response: Response): Promise<void> {
    await this.oidc.admit(requestContextOf(request));
    const started = await this.oidc.start(requestContextOf(request));
    if (typeof started === 'string') return this.refused(response, started);
    await setOidcFlowCookie({ request, response, secrets: started, key: this.flowKey, alwaysSecure: this.config.transport.tlsTerminatedByProxy });
    response.redirect(302, started.url);
  }

  @Get('oidc/callback')
  @Public()
  @ApiFoundResponse({ description: 'Signed in: to the console with the refresh cookie set; refused: to /sign-in?oidcError=<reason>' })
  @ApiTooManyRequestsResponse({ description: 'Over OIDC_RATE_LIMIT_PER_IP requests a minute from this address; Retry-After says when' })
  async callback(@Req() request: Request, @Res() response: Response): Promise<void> {
    await this.oidc.admit(requestContextOf(request));
    const flow = await readOidcFlowCookie({ request, key: this.flowKey });
    const alwaysSecure = this.config.transport.tlsTerminatedByProxy;
    // One use: a replayed callback finds no flow.
    clearOidcFlowCookie({ request, response, alwaysSecure });
    const query = new URL(request.originalUrl, 'http://callback.invalid').searchParams;
    const outcome = await this.oidc.complete({ callbackQuery: query, flow, context: requestContextOf(request) });
    switch (outcome.kind) {
      case 'refused':
        return this.refused(response, outcome.reason);
      case 'mfa':
        // In the fragment: never sent to a server, never in an access log.
        return response.redirect(302, `${SIGN_IN_PAGE}#oidcMfa=${encodeURIComponent(outcome.mfaToken)}`);
      case 'signed_in':
        setRefreshCookie({ request, response, token: outcome.issued.refreshToken, maxAgeMs: this.config.auth.absoluteTimeoutHours * 3_600_000, alwaysSecure });
        // The console restores the session from the refresh cookie, as after a reload.
        return response.redirect(302, '/');
    }
  }

  private refused(response: Response, reason: string): void {
    response.redirect(302, `${SIGN_IN_PAGE}?oidcError=${encodeURIComponent(reason)}`);
  }
}
