import { Module, type OnModuleInit } from '@nestjs/common';
import { MetricsService } from '../metrics/metrics.service';
import { PromptsModule } from '../prompts/prompts.module';
import { ChatController } from './chat.controller';
import { ChatService } from './chat.service';
import { ConversationStore } from './conversations/conversation.store';

@Module({
  imports: [PromptsModule],
  controllers: [ChatController],
  providers: [ChatService, ConversationStore],
  exports: [ConversationStore],
})
export class ChatModule implements OnModuleInit {
  constructor(
    private readonly metrics: MetricsService,
    private readonly conversations: ConversationStore,
  ) {}

  onModuleInit(): void {
    this.metrics.gauge('medlocal_conversations_open', 'Conversations held in memory', () => this.conversations.count());
  }
}
