import { Inject, Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { AnswerFeedbackRequest } from '@medlocal/contracts';
import { INFERENCE_ENGINE, type InferenceEngine } from '@medlocal/inference';
import { emptyPatientProfile, type PatientProfile, type ProfileFactEdit } from '@medlocal/prompting';
import { APP_CONFIG, type AppConfig } from '../../config';
import { ChatError, ChatErrorCode } from '../chat.errors';
import { applyProfileEdit } from '../profile/apply-profile-edit.util';
import type { Conversation, ConversationTurn, ProfileEditAfterTurn } from './conversation';

type HeldConversation = { -readonly [Key in keyof Conversation]: Conversation[Key] };

/** A turn whose audit event is committed: only such a turn enters the conversation (not yet rated). */
export type CommittedTurn = Omit<ConversationTurn, 'feedback'>;

/** What a question builds on: the turns before it and the profile they made. */
export interface TurnBase {
  /** The answered turn the question becomes (1-based). */
  readonly turn: number;
  readonly history: readonly ConversationTurn[];
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
  /** Places held per owner for conversations still being built (a seeded one is checked and audited first). */
  private readonly reserved = new Map<string, number>();
  /** Conversations answering a question right now. */
  private readonly answering = new Set<string>();
  /** Conversations whose profile edit is between its checks and its audit event: no question may start meanwhile. */
  private readonly editingProfile = new Set<string>();
  private readonly sweeper: NodeJS.Timeout;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(INFERENCE_ENGINE) private readonly engine: InferenceEngine,
  ) {
    this.sweeper = setInterval(() => void this.sweepIdle(Date.now()), SWEEP_INTERVAL_MS);
    this.sweeper.unref();
  }

  create(ownerUserId: string, now = Date.now()): Conversation {
    return this.createSeeded({ id: randomUUID(), ownerUserId, turns: [], profile: emptyPatientProfile(), profileEdits: [], now });
  }

  /**
   * A conversation that starts with answered turns: the console's copy of one whose instance is gone.
   * The turns are taken as they are (their audit event is the seed's); `profileEdits` follow the last one.
   */
  createSeeded(params: {
    id: string;
    ownerUserId: string;
    turns: readonly CommittedTurn[];
    profile: PatientProfile;
    profileEdits: readonly ProfileEditAfterTurn[];
    /** The place `reserve` held for it: given back as the conversation takes it. */
    reservation?: () => void;
    now?: number;
  }): Conversation {
    params.reservation?.();
    this.assertRoomFor(params.ownerUserId);
    const now = params.now ?? Date.now();
    const conversation: HeldConversation = {
      id: params.id,
      ownerUserId: params.ownerUserId,
      title: null,
      createdAt: now,
      lastActiveAt: now,
      turns: params.turns.map((turn) => ({ ...turn, feedback: null })),
      profile: params.profile,
      profileEdits: params.profileEdits,
    };
    this.conversations.set(conversation.id, conversation);
    return conversation;
  }

  /**
   * Holds one of the owner's places while a conversation is built, so conversations built at the same
   * time cannot together pass the limit (nor be audited as opened and then refused). Refuses at the
   * limit; the returned function gives the place back (once; `createSeeded` takes it over).
   */
  reserve(ownerUserId: string): () => void {
    this.assertRoomFor(ownerUserId);
    this.reserved.set(ownerUserId, (this.reserved.get(ownerUserId) ?? 0) + 1);
    let held = true;
    return () => {
      if (!held) return;
      held = false;
      const left = (this.reserved.get(ownerUserId) ?? 1) - 1;
      if (left > 0) this.reserved.set(ownerUserId, left);
      else this.reserved.delete(ownerUserId);
    };
  }

  /** Refuses a conversation beyond the owner's limit, counting the places held for ones being built. */
  private assertRoomFor(ownerUserId: string): void {
    const owned =
      [...this.conversations.values()].filter((conversation) => conversation.ownerUserId === ownerUserId).length + (this.reserved.get(ownerUserId) ?? 0);
    if (owned >= this.config.chat.maxConversationsPerUser) {
      throw new ChatError(
        ChatErrorCode.ConversationLimit,
        `At most ${this.config.chat.maxConversationsPerUser} open conversations per user: delete one to start another`,
      );
    }
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

  /**
   * A clinician's correction or removal of one profile fact: the next question is asked with the
   * edited profile. Refused while a question is answering, whose prompt already holds the old one.
   */
  /**
   * Claims the conversation for one profile edit, refused while it answers: the edit is checked and audited
   * under the claim, so what the audit trail records as done is what is kept. `releaseProfileEdit` frees it.
   */
  holdForProfileEdit(params: { id: string; ownerUserId: string }): Conversation {
    const held = this.get(params.id, params.ownerUserId);
    if (this.answering.has(held.id) || this.editingProfile.has(held.id)) {
      throw new ChatError(ChatErrorCode.ConversationBusy, 'This conversation is still answering: edit the profile once the answer is complete');
    }
    this.editingProfile.add(held.id);
    return held;
  }

  releaseProfileEdit(id: string): void {
    this.editingProfile.delete(id);
  }

  editProfile(params: { id: string; ownerUserId: string; edit: ProfileFactEdit; now?: number }): Conversation {
    const held = this.get(params.id, params.ownerUserId) as HeldConversation;
    if (this.answering.has(held.id)) {
      throw new ChatError(ChatErrorCode.ConversationBusy, 'This conversation is still answering: edit the profile once the answer is complete');
    }
    held.profile = applyProfileEdit({ profile: held.profile, edit: params.edit });
    held.profileEdits = [...held.profileEdits, { afterTurn: held.turns.length, edit: params.edit }];
    held.lastActiveAt = params.now ?? Date.now();
    return held;
  }

  /** A second question while one is still answering is refused rather than interleaved. */
  beginTurn(conversation: Conversation): void {
    if (this.answering.has(conversation.id)) {
      throw new ChatError(ChatErrorCode.ConversationBusy, 'This conversation is still answering the previous question');
    }
    if (this.editingProfile.has(conversation.id)) {
      throw new ChatError(ChatErrorCode.ConversationBusy, 'The profile of this conversation is being edited: ask again in a moment');
    }
    this.answering.add(conversation.id);
  }

  /**
   * What the next question builds on: the whole conversation, or, when it replaces answered turn
   * `replaceFromTurn` (regenerate, edit and resend), the turns before that one and the profile they made.
   */
  baseFor(conversation: Conversation, replaceFromTurn?: number): TurnBase {
    if (replaceFromTurn === undefined) return { turn: conversation.turns.length + 1, history: conversation.turns, profile: conversation.profile };
    this.answeredTurn(conversation, replaceFromTurn, 'replaceFromTurn');
    const history = conversation.turns.slice(0, replaceFromTurn - 1);
    // Edits made after the turn before the replaced one still hold; later ones went with the turns they edited.
    const profile = conversation.profileEdits
      .filter((edited) => edited.afterTurn === replaceFromTurn - 1)
      .reduce((edited, { edit }) => applyProfileEdit({ profile: edited, edit }), history.at(-1)?.profile ?? emptyPatientProfile());
    return { turn: replaceFromTurn, history, profile };
  }

  /**
   * The answer is audited: the turn and its facts join the history and the profile. A turn that
   * replaces answered turn N drops turns N and later, and the profile becomes the new turn's.
   */
  async commitTurn(conversation: Conversation, turn: CommittedTurn, replaceFromTurn?: number): Promise<void> {
    const held = conversation as HeldConversation;
    const kept = replaceFromTurn === undefined ? held.turns : held.turns.slice(0, replaceFromTurn - 1);
    held.turns = [...kept, { ...turn, feedback: null }];
    held.profile = turn.profile;
    if (replaceFromTurn !== undefined) held.profileEdits = held.profileEdits.filter((edited) => edited.afterTurn < replaceFromTurn);
    await this.endTurn(held);
  }

  /** Keeps the owner's latest rating on the turn, so the console shows it again after a reload. */
  rateTurn(params: { id: string; ownerUserId: string; turn: number; feedback: AnswerFeedbackRequest; now?: number }): ConversationTurn {
    const held = this.get(params.id, params.ownerUserId) as HeldConversation;
    const rated = { ...this.answeredTurn(held, params.turn, 'turn'), feedback: params.feedback };
    held.turns = held.turns.map((turn, index) => (index === params.turn - 1 ? rated : turn));
    held.lastActiveAt = params.now ?? Date.now();
    return rated;
  }

  private answeredTurn(conversation: Conversation, turn: number, name: string): ConversationTurn {
    const found = conversation.turns[turn - 1];
    if (!Number.isInteger(turn) || turn < 1 || !found) {
      const count = conversation.turns.length;
      throw new ChatError(
        ChatErrorCode.TurnNotFound,
        `${name} is ${turn}, but this conversation has ${count === 0 ? 'no answered turns' : count === 1 ? 'one answered turn (1)' : `${count} answered turns (1-${count})`}`,
      );
    }
    return found;
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
