import { Body, Controller, Get, Inject, Param, Put, Req } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import type { PromptTemplate } from '@medlocal/prompting';
import { CurrentUser, GlobalAdmin, Roles } from '../common/access/access.decorators';
import type { Principal } from '../common/access/principal';
import { auditActorOf } from '../common/audit/audit-actor.util';
import { AUDIT_RECORDER, type AuditRecorder } from '../common/audit/audit-recorder.port';
import { requestContextOf } from '../common/access/request-context.util';
import { SavePromptTemplateRequestDto } from './save-prompt-template.request.dto';
import { PromptTemplatesService } from './prompt-templates.service';

/** Every admin reads the templates; only a global admin changes them, since every department answers from them. */
@ApiTags('admin')
@Roles('admin')
@Controller('admin/prompts')
export class PromptsController {
  constructor(
    private readonly templates: PromptTemplatesService,
    @Inject(AUDIT_RECORDER) private readonly audit: AuditRecorder,
  ) {}

  @Get(':name')
  async versions(@Param('name') name: string): Promise<{ name: string; versions: PromptTemplate[] }> {
    return { name, versions: await this.templates.history(name) };
  }

  @Put(':name')
  @GlobalAdmin()
  async save(
    @Param('name') name: string,
    @Body() body: SavePromptTemplateRequestDto,
    @CurrentUser() principal: Principal,
    @Req() req: Request,
  ): Promise<PromptTemplate> {
    const saved = await this.templates.save({
      name,
      language: body.language,
      body: body.body,
      author: { userId: principal.userId, username: principal.username },
    });
    await this.audit.record({
      action: 'prompt.update',
      outcome: 'success',
      actor: auditActorOf(principal),
      ...requestContextOf(req),
      summary: { templateName: name, templateVersion: saved.version, targetType: 'prompt-template' },
    });
    return saved;
  }
}
