import { Body, Controller, Get, HttpCode, Inject, Post, Req } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import type { DirectoryTestResult, SignInSourcesView } from '@medlocal/contracts';
import { CurrentUser, GlobalAdmin } from '../../common/access/access.decorators';
import type { Principal } from '../../common/access/principal';
import { requestContextOf } from '../../common/access/request-context.util';
import { SignInSourcesService } from './sign-in-sources.service';
import { TestDirectorySignInRequestDto } from './test-directory-sign-in.request.dto';

/** Hospital-wide sign-in settings: global admins only. */
@ApiTags('admin')
@Controller('admin/sign-in-sources')
@GlobalAdmin()
export class SignInSourcesController {
  constructor(@Inject(SignInSourcesService) private readonly sources: SignInSourcesService) {}

  @Get()
  @ApiOkResponse({
    description: 'Password, LDAP (URL, bases, filter, group mapping) and OpenID Connect (issuer, client, claims, mapping): settings only, never secrets',
  })
  view(): SignInSourcesView {
    return this.sources.view();
  }

  @Post('ldap/test')
  @HttpCode(200)
  @ApiOkResponse({ description: 'Each step (connect, service_bind, search, user_bind, groups, mapping) of a directory sign-in, without signing anyone in' })
  testDirectory(@CurrentUser() principal: Principal, @Body() body: TestDirectorySignInRequestDto, @Req() request: Request): Promise<DirectoryTestResult> {
    return this.sources.testDirectory({ principal, username: body.username, password: body.password, context: requestContextOf(request) });
  }
}
