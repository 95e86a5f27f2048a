import { Module } from '@nestjs/common';
import { PromptsController } from './prompts.controller';
import { PromptTemplatesService } from './prompt-templates.service';

@Module({ controllers: [PromptsController], providers: [PromptTemplatesService], exports: [PromptTemplatesService] })
export class PromptsModule {}
