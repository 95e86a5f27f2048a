import { Module } from '@nestjs/common';
import { QuestionDrainModule } from '../chat/drain/question-drain.module';
import { ChatCompletionsController } from './chat-completions.controller';

@Module({ imports: [QuestionDrainModule], controllers: [ChatCompletionsController] })
export class OpenAiModule {}
