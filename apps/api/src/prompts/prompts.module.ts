import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { TermsModule } from '../terms/terms.module';
import { PromptAdministrationService } from './prompt-administration.service';
import { PromptsController } from './prompts.controller';
import { PromptTemplatesService } from './prompt-templates.service';

@Module({
  imports: [AuditModule, TermsModule],
  controllers: [PromptsController],
  providers: [PromptTemplatesService, PromptAdministrationService],
  exports: [PromptTemplatesService],
})
export class PromptsModule {}
