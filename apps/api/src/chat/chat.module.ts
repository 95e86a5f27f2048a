import { Inject, Module, type BeforeApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import { SessionsEndedEvents } from '../accounts/sessions/sessions-ended.events';
import { APP_CONFIG, type AppConfig } from '../config';
import { MetricsService } from '../metrics/metrics.service';
import { PromptsModule } from '../prompts/prompts.module';
import { ChatController } from './chat.controller';
import { ChatService } from './chat.service';
import { ConversationStore } from './conversations/conversation.store';
import { InFlightQuestions } from './stream/in-flight-questions';

@Module({
  imports: [PromptsModule],
  controllers: [ChatController],
  providers: [ChatService, ConversationStore, InFlightQuestions],
  exports: [ConversationStore],
})
export class ChatModule implements OnModuleInit, BeforeApplicationShutdown {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly metrics: MetricsService,
    private readonly conversations: ConversationStore,
    private readonly inFlight: InFlightQuestions,
    private readonly sessionsEnded: SessionsEndedEvents,
  ) {}

  /** Stopping: answers in progress may finish within most of the grace period, then are cancelled (and audited as such). */
  async beforeApplicationShutdown(): Promise<void> {
    const grace = this.config.http.shutdownGraceMs;
    await this.inFlight.drain({ finishWithinMs: Math.floor(grace * 0.6), cancelWithinMs: Math.floor(grace * 0.3) });
  }

  onModuleInit(): void {
    // Signing out (or being disabled) ends the user's conversations: nothing of theirs stays in memory.
    this.sessionsEnded.subscribe(({ userId }) => this.conversations.deleteAllOf(userId));
    this.metrics.gauge('medlocal_conversations_open', 'Conversations held in memory', () => this.conversations.count());
  }
}
