import { Module, type DynamicModule } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { QuestionDrainModule } from '../drain/question-drain.module';
import { InferenceModule } from '../inference/inference.module';
import { ChatCompletionsController } from './chat-completions.controller';

@Module({})
export class OpenAiModule {
  /**
   * `/v1` audits its calls where there is an audit trail (the full API); an inference node keeps no
   * data, so the MedLocal that called it audits the question.
   */
  static forRole(options: { audited: boolean }): DynamicModule {
    return {
      module: OpenAiModule,
      imports: [QuestionDrainModule, InferenceModule, ...(options.audited ? [AuditModule] : [])],
      controllers: [ChatCompletionsController],
    };
  }
}
