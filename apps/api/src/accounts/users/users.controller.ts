import { Body, Controller, Get, HttpCode, Inject, Param, ParseUUIDPipe, Patch, Post, Req } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import { CurrentUser, Roles } from '../../common/access/access.decorators';
import type { Principal } from '../../common/access/principal';
import { requestContextOf } from '../../common/access/request-context.util';
import { CreateUserRequestDto } from './create-user.request.dto';
import { UpdateUserRequestDto } from './update-user.request.dto';
import type { UserView } from './user-view.util';
import { UsersService, type UserWithPassword } from './users.service';

@ApiTags('admin')
@Controller('admin/users')
@Roles('admin')
export class UsersController {
  constructor(@Inject(UsersService) private readonly users: UsersService) {}

  @Get()
  list(@CurrentUser() principal: Principal): Promise<UserView[]> {
    return this.users.list(principal);
  }

  @Post()
  create(@CurrentUser() principal: Principal, @Body() body: CreateUserRequestDto, @Req() request: Request): Promise<UserWithPassword> {
    return this.users.create({ principal, user: body, context: requestContextOf(request) });
  }

  @Get(':id')
  get(@CurrentUser() principal: Principal, @Param('id', ParseUUIDPipe) id: string, @Req() request: Request): Promise<UserView> {
    return this.users.get({ principal, id, context: requestContextOf(request) });
  }

  @Patch(':id')
  update(
    @CurrentUser() principal: Principal,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: UpdateUserRequestDto,
    @Req() request: Request,
  ): Promise<UserView> {
    return this.users.update({ principal, id, changes: body, context: requestContextOf(request) });
  }

  @Post(':id/reset-password')
  @HttpCode(200)
  resetPassword(@CurrentUser() principal: Principal, @Param('id', ParseUUIDPipe) id: string, @Req() request: Request): Promise<UserWithPassword> {
    return this.users.resetPassword({ principal, id, context: requestContextOf(request) });
  }

  @Post(':id/unlock')
  @HttpCode(200)
  unlock(@CurrentUser() principal: Principal, @Param('id', ParseUUIDPipe) id: string, @Req() request: Request): Promise<UserView> {
    return this.users.unlock({ principal, id, context: requestContextOf(request) });
  }

  @Post(':id/end-sessions')
  @HttpCode(200)
  endSessions(@CurrentUser() principal: Principal, @Param('id', ParseUUIDPipe) id: string, @Req() request: Request): Promise<{ sessionsEnded: number }> {
    return this.users.endSessions({ principal, id, context: requestContextOf(request) });
  }
}
