import { Body, Controller, Delete, Get, HttpCode, Inject, Param, ParseUUIDPipe, Post, Req } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import { CurrentUser, Roles } from '../../common/access/access.decorators';
import type { Principal } from '../../common/access/principal';
import { requestContextOf } from '../../common/access/request-context.util';
import { ApiKeyService, type ApiKeyView, type CreatedApiKey } from './api-key.service';
import { CreateOwnApiKeyRequestDto } from './create-own-api-key.request.dto';

/**
 * A researcher's own `batches` keys, so scripts need no 15-minute sign-in token. Signed-in sessions
 * only: a key cannot mint or revoke keys (no `@AcceptsApiKey`).
 */
@ApiTags('research')
@Controller('research/api-keys')
@Roles('researcher')
export class OwnApiKeysController {
  constructor(@Inject(ApiKeyService) private readonly apiKeys: ApiKeyService) {}

  @Get()
  list(@CurrentUser() principal: Principal): Promise<ApiKeyView[]> {
    return this.apiKeys.listOwn(principal);
  }

  @Post()
  create(@CurrentUser() principal: Principal, @Body() body: CreateOwnApiKeyRequestDto, @Req() request: Request): Promise<CreatedApiKey> {
    return this.apiKeys.createOwn({ principal, key: body, context: requestContextOf(request) });
  }

  @Delete(':id')
  @HttpCode(204)
  revoke(@CurrentUser() principal: Principal, @Param('id', ParseUUIDPipe) id: string, @Req() request: Request): Promise<void> {
    return this.apiKeys.revokeOwn({ principal, id, context: requestContextOf(request) });
  }
}
