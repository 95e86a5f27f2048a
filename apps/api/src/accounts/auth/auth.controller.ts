import { Body, Controller, Get, HttpCode, Inject, Post, Req, Res, UseInterceptors } from '@nestjs/common';
import { ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { APP_CONFIG, type AppConfig } from '../../config';
import { CurrentUser, Public, SignedIn } from '../../common/access/access.decorators';
import type { Principal } from '../../common/access/principal';
import { requestContextOf } from '../../common/access/request-context.util';
import { AccountsError, AccountsErrorCode } from '../accounts.errors';
import { MfaConfirmRequestDto } from '../mfa/mfa-confirm.request.dto';
import { MfaService } from '../mfa/mfa.service';
import type { LoginResponse, MeResponse, MfaEnrolmentResponse, SignedInResponse } from './auth.responses';
import { AuthService, type IssuedSession } from './auth.service';
import { ChangePasswordRequestDto } from './change-password.request.dto';
import { LoginRequestDto } from './login.request.dto';
import { MfaLoginRequestDto } from './mfa-login.request.dto';
import { NotUserActivity } from '../sessions/not-user-activity.decorator';
import { clearRefreshCookie, refreshCookieOf, setRefreshCookie } from './refresh-cookie.util';
import { OidcSignInService } from '../oidc/oidc-sign-in.service';
import { SignInRequestRefusalInterceptor } from './sign-in-request-refusal.interceptor';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    @Inject(AuthService) private readonly auth: AuthService,
    @Inject(MfaService) private readonly mfa: MfaService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(OidcSignInService) private readonly oidc: OidcSignInService,
  ) {}

  @Post('login')
  @Public()
  @HttpCode(200)
  @UseInterceptors(SignInRequestRefusalInterceptor)
  @ApiOkResponse({ description: '`{accessToken, expiresIn, user}` and the refresh cookie, or `{mfaRequired: true, mfaToken}`' })
  async login(@Body() body: LoginRequestDto, @Req() request: Request, @Res({ passthrough: true }) response: Response): Promise<LoginResponse> {
    const result = await this.auth.login({ username: body.username, password: body.password, context: requestContextOf(request) });
    return 'refreshToken' in result ? this.answer(result, request, response) : result;
  }

  @Post('mfa')
  @Public()
  @HttpCode(200)
  @ApiOkResponse({ description: 'Second step of sign-in: `{accessToken, expiresIn, user}` and the refresh cookie' })
  async completeMfa(@Body() body: MfaLoginRequestDto, @Req() request: Request, @Res({ passthrough: true }) response: Response): Promise<SignedInResponse> {
    return this.answer(await this.auth.completeMfa({ mfaToken: body.mfaToken, code: body.code, context: requestContextOf(request) }), request, response);
  }

  /** Public because the access token may have expired: the refresh cookie is the credential here. */
  @Post('refresh')
  @Public()
  @NotUserActivity() // the console's token timer: a rotation never resets the idle clock (SessionService.rotate)
  @HttpCode(200)
  @ApiOkResponse({ description: 'A new access token; the refresh cookie rotates' })
  async refresh(@Req() request: Request, @Res({ passthrough: true }) response: Response): Promise<SignedInResponse> {
    try {
      return this.answer(await this.auth.refresh({ refreshToken: refreshCookieOf(request), context: requestContextOf(request) }), request, response);
    } catch (error) {
      // A directory outage past the grace leaves the session open: the same cookie refreshes once the directory answers.
      if (!(error instanceof AccountsError && error.code === AccountsErrorCode.DirectoryUnavailable)) {
        clearRefreshCookie({ request, response, alwaysSecure: this.config.transport.tlsTerminatedByProxy });
      }
      throw error;
    }
  }

  @Post('logout')
  @SignedIn({ allowRestricted: true })
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Signed out; an account from OpenID Connect gets 200 `{endSessionUrl}` to end the IdP session too' })
  async logout(
    @CurrentUser() principal: Principal,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<{ endSessionUrl: string } | void> {
    await this.auth.logout(principal, requestContextOf(request));
    clearRefreshCookie({ request, response, alwaysSecure: this.config.transport.tlsTerminatedByProxy });
    const endSessionUrl = await this.oidc.endSessionUrlFor(principal);
    if (!endSessionUrl) return;
    response.status(200);
    return { endSessionUrl };
  }

  @Get('me')
  @SignedIn({ allowRestricted: true })
  me(@CurrentUser() principal: Principal): Promise<MeResponse> {
    return this.auth.me(principal);
  }

  @Post('password')
  @SignedIn({ allowRestricted: true })
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Password changed; the other sessions of this user have ended' })
  changePassword(@CurrentUser() principal: Principal, @Body() body: ChangePasswordRequestDto, @Req() request: Request): Promise<void> {
    return this.auth.changePassword({ principal, currentPassword: body.currentPassword, newPassword: body.newPassword, context: requestContextOf(request) });
  }

  @Post('mfa/enrol')
  @SignedIn({ allowRestricted: true })
  @HttpCode(200)
  mfaEnrol(@CurrentUser() principal: Principal): Promise<MfaEnrolmentResponse> {
    return this.mfa.enrol(principal);
  }

  @Post('mfa/confirm')
  @SignedIn({ allowRestricted: true })
  @HttpCode(204)
  mfaConfirm(@CurrentUser() principal: Principal, @Body() body: MfaConfirmRequestDto, @Req() request: Request): Promise<void> {
    return this.mfa.confirm({ principal, code: body.code, context: requestContextOf(request) });
  }

  private answer(issued: IssuedSession, request: Request, response: Response): SignedInResponse {
    setRefreshCookie({
      request,
      response,
      token: issued.refreshToken,
      maxAgeMs: this.config.auth.absoluteTimeoutHours * 3_600_000,
      alwaysSecure: this.config.transport.tlsTerminatedByProxy,
    });
    return { accessToken: issued.accessToken, expiresIn: issued.expiresIn, user: issued.user };
  }
}
