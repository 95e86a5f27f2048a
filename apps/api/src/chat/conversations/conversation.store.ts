import { Inject, Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { INFERENCE_ENGINE, type InferenceEngine } from '@medlocal/inference';
import { emptyPatientProfile } from '@medlocal/prompting';
import { DomainError, registerErrorStatuses } from '../../common/errors';
import { APP_CONFIG, type AppConfig } from '../../config';
import type { Conversation } from './conversation';

registerErrorStatuses({ CONVERSATION_NOT_FOUND: 404, CONVERSATION_LIMIT: 429, CONVERSATION_BUSY: 409 });

const SWEEP_INTERVAL_MS = 60_000;

/**
 * Conversations of signed-in clinicians, in memory only. Each has an owner; anyone else gets the
 * same 404 as for a conversation that never existed. Idle ones expire; ending one frees its model sequence.
 */
@Injectable()
export class ConversationStore implements OnModuleDestroy {
  private readonly logger = new Logger(ConversationStore.name);
  private readonly conversations = new Map<string, Conversation>();
  private readonly sweeper: NodeJS.Timeout;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(INFERENCE_ENGINE) private readonly engine: InferenceEngine,
  ) {
    this.sweeper = setInterval(() => void this.sweepIdle(Date.now()), SWEEP_INTERVAL_MS);
    this.sweeper.unref();
  }

  create(ownerUserId: string, now = Date.now()): Conversation {
    const owned = [...this.conversations.values()].filter((conversation) => conversation.ownerUserId === ownerUserId).length;
    if (owned >= this.config.chat.maxConversationsPerUser) {
      throw new DomainError(
        'CONVERSATION_LIMIT',
        `At most ${this.config.chat.maxConversationsPerUser} open conversations per user: delete one to start another`,
      );
    }
    const conversation: Conversation = {
      id: randomUUID(),
      ownerUserId,
      createdAt: now,
      lastActiveAt: now,
      turns: [],
      profile: emptyPatientProfile(),
      busy: false,
    };
    this.conversations.set(conversation.id, conversation);
    return conversation;
  }

  get(id: string, ownerUserId: string): Conversation {
    const conversation = this.conversations.get(id);
    if (!conversation || conversation.ownerUserId !== ownerUserId) {
      throw new DomainError('CONVERSATION_NOT_FOUND', 'No such conversation');
    }
    return conversation;
  }

  async delete(id: string, ownerUserId: string): Promise<void> {
    this.get(id, ownerUserId);
    await this.remove(id);
  }

  /** At sign-out, every conversation of that user goes. */
  async deleteAllOf(ownerUserId: string): Promise<number> {
    const owned = [...this.conversations.values()].filter((conversation) => conversation.ownerUserId === ownerUserId);
    await Promise.all(owned.map((conversation) => this.remove(conversation.id)));
    return owned.length;
  }

  async sweepIdle(now: number): Promise<number> {
    const ttlMs = this.config.chat.idleTtlMinutes * 60_000;
    const idle = [...this.conversations.values()].filter((conversation) => !conversation.busy && now - conversation.lastActiveAt > ttlMs);
    await Promise.all(idle.map((conversation) => this.remove(conversation.id)));
    if (idle.length > 0) this.logger.log(`${idle.length} idle conversation(s) expired`);
    return idle.length;
  }

  count(): number {
    return this.conversations.size;
  }

  onModuleDestroy(): void {
    clearInterval(this.sweeper);
    this.conversations.clear();
  }

  private async remove(id: string): Promise<void> {
    this.conversations.delete(id);
    await this.engine.closeConversation(id).catch((error: unknown) => this.logger.warn(`Sequence of a closed conversation not freed: ${String(error)}`));
  }
}
