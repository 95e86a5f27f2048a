import { Module } from '@nestjs/common';
import { ChatCompletionsController } from './chat-completions.controller';

@Module({ controllers: [ChatCompletionsController] })
export class OpenAiModule {}
