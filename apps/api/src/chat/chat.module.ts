import { Module } from '@nestjs/common';
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
export class ChatModule {}
