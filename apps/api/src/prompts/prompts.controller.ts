import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Put, Req } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import type { PromptPreview, PromptTemplateHistory, PromptTemplateVersion } from '@medlocal/contracts';
import { CurrentUser, GlobalAdmin, Roles } from '../common/access/access.decorators';
import type { Principal } from '../common/access/principal';
import { requestContextOf } from '../common/access/request-context.util';
import { PreviewPromptTemplateRequestDto } from './preview-prompt-template.request.dto';
import { PromptAdministrationService } from './prompt-administration.service';
import { RevertPromptTemplateRequestDto } from './revert-prompt-template.request.dto';
import { SavePromptTemplateRequestDto } from './save-prompt-template.request.dto';

/**
 * Every admin reads the hospital templates; only a global admin changes them, since every
 * department answers from them. A department's override is its own admins' (and global admins').
 */
@ApiTags('admin')
@Roles('admin')
@Controller('admin/prompts')
export class PromptsController {
  constructor(private readonly prompts: PromptAdministrationService) {}

  @Get(':name')
  versions(@Param('name') name: string, @CurrentUser() principal: Principal, @Req() req: Request): Promise<PromptTemplateHistory> {
    return this.prompts.history({ principal, context: requestContextOf(req) }, { name, departmentId: null });
  }

  @Put(':name')
  @GlobalAdmin()
  save(
    @Param('name') name: string,
    @Body() body: SavePromptTemplateRequestDto,
    @CurrentUser() principal: Principal,
    @Req() req: Request,
  ): Promise<PromptTemplateVersion> {
    return this.prompts.save({ principal, context: requestContextOf(req) }, { name, departmentId: null }, body);
  }

  @Post(':name/revert')
  @GlobalAdmin()
  @HttpCode(201)
  revert(
    @Param('name') name: string,
    @Body() body: RevertPromptTemplateRequestDto,
    @CurrentUser() principal: Principal,
    @Req() req: Request,
  ): Promise<PromptTemplateVersion> {
    return this.prompts.revert({ principal, context: requestContextOf(req) }, { name, departmentId: null }, body);
  }

  @Post(':name/preview')
  @HttpCode(200)
  preview(
    @Param('name') name: string,
    @Body() body: PreviewPromptTemplateRequestDto,
    @CurrentUser() principal: Principal,
    @Req() req: Request,
  ): Promise<PromptPreview> {
    const { departmentId, ...request } = body;
    return this.prompts.preview({ principal, context: requestContextOf(req) }, { name, departmentId: departmentId ?? null }, request);
  }

  @Get(':name/departments/:departmentId')
  departmentVersions(
    @Param('name') name: string,
    @Param('departmentId', ParseUUIDPipe) departmentId: string,
    @CurrentUser() principal: Principal,
    @Req() req: Request,
  ): Promise<PromptTemplateHistory> {
    return this.prompts.history({ principal, context: requestContextOf(req) }, { name, departmentId });
  }

  @Put(':name/departments/:departmentId')
  saveDepartment(
    @Param('name') name: string,
    @Param('departmentId', ParseUUIDPipe) departmentId: string,
    @Body() body: SavePromptTemplateRequestDto,
    @CurrentUser() principal: Principal,
    @Req() req: Request,
  ): Promise<PromptTemplateVersion> {
    return this.prompts.save({ principal, context: requestContextOf(req) }, { name, departmentId }, body);
  }

  @Post(':name/departments/:departmentId/revert')
  @HttpCode(201)
  revertDepartment(
    @Param('name') name: string,
    @Param('departmentId', ParseUUIDPipe) departmentId: string,
    @Body() body: RevertPromptTemplateRequestDto,
    @CurrentUser() principal: Principal,
    @Req() req: Request,
  ): Promise<PromptTemplateVersion> {
    return this.prompts.revert({ principal, context: requestContextOf(req) }, { name, departmentId }, body);
  }
}
