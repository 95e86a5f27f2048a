import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { PromptsController } from './prompts.controller';
import { PromptTemplatesService } from './prompt-templates.service';

@Module({ imports: [AuditModule], controllers: [PromptsController], providers: [PromptTemplatesService], exports: [PromptTemplatesService] })
export class PromptsModule {}
