import { Body, Controller, Delete, Get, HttpCode, Inject, Param, ParseUUIDPipe, Post, Req } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import { CurrentUser, Roles } from '../../common/access/access.decorators';
import type { Principal } from '../../common/access/principal';
import { requestContextOf } from '../../common/access/request-context.util';
import { ApiKeyService, type ApiKeyView, type CreatedApiKey } from './api-key.service';
import { CreateApiKeyRequestDto } from './create-api-key.request.dto';

@ApiTags('admin')
@Controller('admin/api-keys')
@Roles('admin')
export class ApiKeysController {
  constructor(@Inject(ApiKeyService) private readonly apiKeys: ApiKeyService) {}

  @Get()
  list(@CurrentUser() principal: Principal): Promise<ApiKeyView[]> {
    return this.apiKeys.list(principal);
  }

  @Post()
  create(@CurrentUser() principal: Principal, @Body() body: CreateApiKeyRequestDto, @Req() request: Request): Promise<CreatedApiKey> {
    return this.apiKeys.create({ principal, key: body, context: requestContextOf(request) });
  }

  @Delete(':id')
  @HttpCode(204)
  revoke(@CurrentUser() principal: Principal, @Param('id', ParseUUIDPipe) id: string, @Req() request: Request): Promise<void> {
    return this.apiKeys.revoke({ principal, id, context: requestContextOf(request) });
  }
}
