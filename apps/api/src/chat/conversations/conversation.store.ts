import { Inject, Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { INFERENCE_ENGINE, type InferenceEngine } from '@medlocal/inference';
import { emptyPatientProfile, type PatientProfile } from '@medlocal/prompting';
import { APP_CONFIG, type AppConfig } from '../../config';
import { ChatError, ChatErrorCode } from '../chat.errors';
import type { Conversation, ConversationTurn } from './conversation';

type HeldConversation = { -readonly [Key in keyof Conversation]: Conversation[Key] };

/** A turn whose audit event is committed: only such a turn enters the conversation. */
export interface CommittedTurn extends ConversationTurn {
  /** The profile with this turn's facts merged in. */
  readonly profile: PatientProfile;
}

const SWEEP_INTERVAL_MS = 60_000;

/**
 * Conversations of signed-in clinicians, in memory only. Each has an owner; anyone else gets the
 * same 404 as for a conversation that never existed. Idle ones expire; ending one frees its model sequence.
 * One question at a time per conversation: `beginTurn` claims it, `commitTurn` or `withdrawTurn` frees it.
 */
@Injectable()
export class ConversationStore implements OnModuleDestroy {
  private readonly logger = new Logger(ConversationStore.name);
  private readonly conversations = new Map<string, HeldConversation>();
  /** Conversations answering a question right now. */
  private readonly answering = new Set<string>();
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
      throw new ChatError(
        ChatErrorCode.ConversationLimit,
        `At most ${this.config.chat.maxConversationsPerUser} open conversations per user: delete one to start another`,
      );
    }
    const conversation: HeldConversation = {
      id: randomUUID(),
      ownerUserId,
      title: null,
      createdAt: now,
      lastActiveAt: now,
      turns: [],
      profile: emptyPatientProfile(),
    };
    this.conversations.set(conversation.id, conversation);
    return conversation;
  }

  get(id: string, ownerUserId: string): Conversation {
    const conversation = this.conversations.get(id);
    if (!conversation || conversation.ownerUserId !== ownerUserId) {
      throw new ChatError(ChatErrorCode.ConversationNotFound, 'No such conversation');
    }
    return conversation;
  }

  /** The owner's open conversations, most recently active first. */
  listOf(ownerUserId: string): Conversation[] {
    return [...this.conversations.values()].filter((conversation) => conversation.ownerUserId === ownerUserId).sort((a, b) => b.lastActiveAt - a.lastActiveAt);
  }

  /** Opening a conversation again is using it: its idle time starts over. */
  open(id: string, ownerUserId: string, now = Date.now()): Conversation {
    const held = this.get(id, ownerUserId) as HeldConversation;
    held.lastActiveAt = now;
    return held;
  }

  rename(id: string, ownerUserId: string, title: string, now = Date.now()): Conversation {
    const held = this.get(id, ownerUserId) as HeldConversation;
    held.title = title;
    held.lastActiveAt = now;
    return held;
  }

  /** A second question while one is still answering is refused rather than interleaved. */
  beginTurn(conversation: Conversation): void {
    if (this.answering.has(conversation.id)) {
      throw new ChatError(ChatErrorCode.ConversationBusy, 'This conversation is still answering the previous question');
    }
    this.answering.add(conversation.id);
  }

  /** The answer is audited: the turn and its facts join the history and the profile. */
  async commitTurn(conversation: Conversation, turn: CommittedTurn): Promise<void> {
    const held = conversation as HeldConversation;
    held.turns = [...held.turns, { question: turn.question, answer: turn.answer, thought: turn.thought, meta: turn.meta, done: turn.done }];
    held.profile = turn.profile;
    await this.endTurn(held);
  }

  /**
   * The answer is withdrawn (not audited, dropped by the client, or failed): nothing of it joins the
   * conversation. When the model worked on it, the conversation's sequence is reset, so its tokens
   * leave the KV cache and the next turn is evaluated from the committed history alone.
   */
  async withdrawTurn(conversation: Conversation, params: { resetSequence: boolean }): Promise<void> {
    if (params.resetSequence) await this.freeSequence(conversation.id);
    await this.endTurn(conversation as HeldConversation);
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
    const idle = [...this.conversations.values()].filter((conversation) => !this.answering.has(conversation.id) && now - conversation.lastActiveAt > ttlMs);
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

  private async endTurn(conversation: HeldConversation): Promise<void> {
    conversation.lastActiveAt = Date.now();
    this.answering.delete(conversation.id);
    // Deleted while answering: its sequence was still generating then, so it is freed now.
    if (!this.conversations.has(conversation.id)) await this.freeSequence(conversation.id);
  }

  private async remove(id: string): Promise<void> {
    this.conversations.delete(id);
    await this.freeSequence(id);
  }

  private async freeSequence(id: string): Promise<void> {
    await this.engine.closeConversation(id).catch((error: unknown) => this.logger.warn(`Sequence of a conversation not freed: ${String(error)}`));
  }
}
