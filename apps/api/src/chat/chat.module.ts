import { Module, type OnModuleInit } from '@nestjs/common';
import { SessionsEndedEvents } from '../accounts/sessions/sessions-ended.events';
import { SessionsEndedModule } from '../accounts/sessions/sessions-ended.module';
import { AuditModule } from '../audit/audit.module';
import { InferenceModule } from '../inference/inference.module';
import { MetricsService } from '../metrics/metrics.service';
import { PromptsModule } from '../prompts/prompts.module';
import { TermsModule } from '../terms/terms.module';
import { ChatController } from './chat.controller';
import { ChatService } from './chat.service';
import { ConversationSeedService } from './seed/conversation-seed.service';
import { AnswerFeedbackService } from './feedback/answer-feedback.service';
import { ConversationStore } from './conversations/conversation.store';
import { ProfileEditService } from './profile/profile-edit.service';
import { QuestionDrainModule } from '../drain/question-drain.module';

@Module({
  imports: [AuditModule, InferenceModule, TermsModule, PromptsModule, SessionsEndedModule, QuestionDrainModule],
  controllers: [ChatController],
  providers: [ChatService, ConversationStore, AnswerFeedbackService, ProfileEditService, ConversationSeedService],
  exports: [ConversationStore],
})
export class ChatModule implements OnModuleInit {
  constructor(
    private readonly metrics: MetricsService,
    private readonly conversations: ConversationStore,
    private readonly sessionsEnded: SessionsEndedEvents,
  ) {}

  onModuleInit(): void {
    // Signing out (or being disabled) ends the user's conversations: nothing of theirs stays in memory.
    this.sessionsEnded.subscribe(({ userId }) => this.conversations.deleteAllOf(userId));
    this.metrics.gauge('medlocal_conversations_open', 'Conversations held in memory', () => this.conversations.count());
  }
}
