import { Injectable, computed, effect, inject, signal, untracked } from '@angular/core';
import type { AnswerFeedbackRequest, ChatStreamEvent, PatientProfileDto } from '@medlocal/contracts';
import { AnswerSectionParser } from '@medlocal/prompting';
import { toRequestProblem, type RequestProblem } from '../../../core/api/request-problem.util';
import { AuthStore } from '../../../core/auth/auth.store';
import { StatusStore } from '../../../core/status/status.store';
import { ChatApiService, ChatRequestError } from './chat-api.service';
import { newTurn, type ChatTurn, type ChatTurnFailure } from './chat-turn.model';
import { ConversationListStore } from './conversation-list.store';
import { conversationSeed } from './conversation-seed.util';
import { currentConversationStorage } from './current-conversation.storage';
import { foldSectionEvents } from './fold-section-events.util';
import type { ProfileFactEditRequest } from './profile-fact-edit.model';
import { turnFromDto } from './turn-from-dto.util';

/** A conversation the server no longer holds (its instance restarted) while the page still shows its answered turns. */
export interface LostConversation {
  /** Answered turns on the page: what a new conversation would continue from. */
  readonly turns: number;
  /** The question that found the conversation gone; asked again once the conversation continues. */
  readonly pendingQuestion: string | null;
}

/**
 * The conversation on the chat page: sends a question, folds the streamed events into the last
 * turn, stops on request, and keeps whatever arrived when a stream breaks. It lives as long as the
 * signed-in session, so a round trip to another page finds the conversation (and a running answer)
 * as it was; after a reload it is read back from the server.
 */
@Injectable({ providedIn: 'root' })
export class ChatStore {
  private readonly api = inject(ChatApiService);
  private readonly auth = inject(AuthStore);
  private readonly statusStore = inject(StatusStore);
  private readonly list = inject(ConversationListStore);
  private readonly turnList = signal<readonly ChatTurn[]>([]);
  private readonly conversation = signal<string | null>(null);
  private readonly setupProblem = signal<RequestProblem | null>(null);
  private readonly loadingConversation = signal(false);
  /**
   * How many answered turns the server holds, as far as this page knows. A regenerated or edited
   * question that failed leaves the server's old turns in place (nothing is replaced until an answer
   * is committed), so the page may show fewer: the next question then replaces from its own position.
   */
  private readonly serverTurnCount = signal(0);
  /** The profile as the clinician edited it since the newest meta; null when that meta's profile is current. */
  private readonly editedProfile = signal<PatientProfileDto | null>(null);
  private readonly lostState = signal<LostConversation | null>(null);
  private pendingStrict = true;
  private abortController: AbortController | null = null;
  private nextTurnId = 1;
  private userId: string | null = null;
  private restored = false;

  /** The question being typed: kept across pages, and put back when the question could not be answered. */
  readonly draft = signal('');
  readonly turns = this.turnList.asReadonly();
  readonly conversationId = this.conversation.asReadonly();
  readonly problem = this.setupProblem.asReadonly();
  readonly loading = this.loadingConversation.asReadonly();
  /**
   * Set when the server that held the conversation restarted (conversations live in its memory only):
   * the page keeps its copy of the turns and the profile, and offers to continue from them.
   */
  readonly lostConversation = this.lostState.asReadonly();
  readonly streaming = computed(() => {
    const last = this.lastTurn();
    return last !== null && (last.state === 'waiting' || last.state === 'streaming');
  });
  readonly lastTurn = computed(() => this.turnList().at(-1) ?? null);
  /** The newest meta (profile, context usage) of the conversation. */
  readonly latestMeta = computed(() => [...this.turnList()].reverse().find((turn) => turn.meta !== null)?.meta ?? null);
  /** The profile the next question is asked with. */
  readonly profile = computed(() => this.editedProfile() ?? this.latestMeta()?.profile ?? null);

  constructor() {
    // Another user (or nobody) signed in: nothing of the previous user's conversation stays on screen.
    effect(() => {
      const userId = this.auth.user()?.id ?? null;
      untracked(() => this.followUser(userId));
    });
  }

  /** When the page opens: the conversation in memory stays; after a reload, the one this tab showed is read back. */
  async restore(): Promise<void> {
    // The page may open before the effect above has seen who signed in.
    const userId = this.auth.user()?.id ?? null;
    this.followUser(userId);
    if (userId === null) return;
    void this.list.refresh();
    if (this.restored) return;
    this.restored = true;
    const saved = currentConversationStorage.read(userId);
    if (saved !== null && this.conversation() === null && this.turnList().length === 0) await this.open(saved);
  }

  /** Shows one of the user's conversations; one that has expired is dropped from the list. */
  async open(id: string): Promise<boolean> {
    if (this.streaming()) return false;
    this.loadingConversation.set(true);
    try {
      const detail = await this.api.getConversation(id);
      this.turnList.set(detail.turns.map((dto) => turnFromDto({ id: this.nextTurnId++, dto })));
      this.serverTurnCount.set(detail.turns.length);
      this.editedProfile.set(detail.currentProfile ?? null);
      this.lostState.set(null);
      this.setConversation(id);
      this.setupProblem.set(null);
      return true;
    } catch (error) {
      const problem = toRequestProblem(error);
      if (problem.status === 404) {
        if (currentConversationStorage.read(this.userId ?? '') === id) this.setConversation(null);
        void this.list.refresh();
      } else {
        this.setupProblem.set(problem);
      }
      return false;
    } finally {
      this.loadingConversation.set(false);
    }
  }

  /** An empty page for a new patient; the conversation shown so far stays open on the server and in the list. */
  startNew(): void {
    if (this.streaming()) return;
    this.setConversation(null);
    this.turnList.set([]);
    this.serverTurnCount.set(0);
    this.editedProfile.set(null);
    this.lostState.set(null);
    this.setupProblem.set(null);
  }

  /** Closes a conversation for good (confirmed by the user); the page empties when it was the one shown. */
  async close(id: string): Promise<boolean> {
    if (id === this.conversation() && this.streaming()) return false;
    const closed = await this.list.close(id);
    if (closed && id === this.conversation()) this.startNew();
    return closed;
  }

  /**
   * Asks a question; resolves with the turn as it ended, or null when the conversation could not be
   * opened (then nothing was sent).
   */
  async send(question: string, strict: boolean, retryOfLostConversation = false): Promise<ChatTurn | null> {
    const content = question.trim();
    if (!content || this.streaming()) return null;
    const lost = this.lostState();
    // Asking while the offer stands continues the conversation the page shows, with this question.
    if (lost !== null) {
      this.lostState.set({ ...lost, pendingQuestion: content });
      this.pendingStrict = strict;
      return this.continueInNewConversation();
    }
    this.setupProblem.set(null);
    let conversationId = this.conversation();
    if (conversationId === null) {
      try {
        conversationId = await this.api.createConversation();
        this.setConversation(conversationId);
      } catch (error) {
        this.setupProblem.set(toRequestProblem(error));
        this.noticeLostServer(this.setupProblem()?.status ?? 0);
        this.keepDraft(content);
        return null;
      }
    }
    const turnId = this.nextTurnId++;
    // The answered turn this question becomes; one the server already holds is replaced, with every later one.
    const position = this.turnList().filter((turn) => turn.state === 'done').length + 1;
    const replaceFromTurn = position <= this.serverTurnCount() ? position : undefined;
    this.turnList.update((turns) => [...turns, newTurn(turnId, content, strict)]);
    const controller = new AbortController();
    this.abortController = controller;
    const parser = new AnswerSectionParser();
    // Whether the server no longer had the conversation, and whether any answered turn of it is on the page.
    let forgotten: 'with-turns' | 'before-answer' | null = null;
    try {
      for await (const event of this.api.streamMessage(conversationId, { content, strict, replaceFromTurn }, controller.signal)) {
        this.apply(turnId, event, parser);
      }
      const sectionEvents = parser.end().events;
      this.updateTurn(turnId, (turn) => foldSectionEvents(turn, sectionEvents));
      this.updateTurn(turnId, (turn) =>
        turn.state === 'streaming' || turn.state === 'waiting' ? { ...turn, state: 'failed', failure: { kind: 'broken', message: null } } : turn,
      );
    } catch (error) {
      // The server forgets idle conversations; the next question then opens a new one by itself.
      if (error instanceof ChatRequestError && error.status === 404 && error.code !== 'TURN_NOT_FOUND') {
        this.setConversation(null);
        this.serverTurnCount.set(0);
        forgotten = this.turnList().some((turn) => turn.state === 'done') ? 'with-turns' : 'before-answer';
      }
      this.updateTurn(turnId, (turn) => finishAfterError(turn, error, controller.signal.aborted));
    } finally {
      if (this.abortController === controller) this.abortController = null;
    }
    if (forgotten === 'with-turns') {
      this.offerToContinue(turnId, content, strict);
      return null;
    }
    // Lost before any answer (the instance that held it froze or restarted after it was opened): nothing on the page
    // depends on it, so the question is asked again, once, in a new conversation on whichever instance answers now.
    if (forgotten === 'before-answer' && !retryOfLostConversation) {
      this.turnList.update((turns) => turns.filter((turn) => turn.id !== turnId));
      return this.send(content, strict, true);
    }
    const ended = this.turnList().find((turn) => turn.id === turnId) ?? null;
    const failure = ended?.failure;
    if (failure) this.noticeLostServer(failure.kind === 'broken' ? 0 : failure.status);
    // An answer came through: a status bar greyed by an earlier loss checks again at once.
    else if (this.statusStore.problem() !== null) void this.statusStore.refresh();
    // The question never got its answer through a lost connection or a refusal: it goes back into the box.
    if (failure && failure.kind !== 'server') this.keepDraft(content);
    void this.list.refresh();
    return ended;
  }

  /**
   * Continues a conversation the server lost in a new one, seeded with the answered turns on the page
   * and the profile shown (the server still stores nothing); then asks the question that found it
   * gone. Resolves with that turn, or null when nothing was asked; on a refusal the offer stands.
   */
  async continueInNewConversation(): Promise<ChatTurn | null> {
    const lost = this.lostState();
    if (lost === null || this.streaming() || this.loadingConversation()) return null;
    this.setupProblem.set(null);
    this.loadingConversation.set(true);
    try {
      const created = await this.api.continueConversation(conversationSeed({ turns: this.turnList(), profile: this.profile() }));
      this.setConversation(created.id);
      this.serverTurnCount.set(created.seed?.turns ?? 0);
    } catch (error) {
      const problem = toRequestProblem(error);
      this.setupProblem.set(problem);
      this.noticeLostServer(problem.status);
      if (lost.pendingQuestion !== null) this.keepDraft(lost.pendingQuestion);
      return null;
    } finally {
      this.loadingConversation.set(false);
    }
    this.lostState.set(null);
    void this.list.refresh();
    const question = lost.pendingQuestion;
    if (question === null) return null;
    if (this.draft().trim() === question) this.draft.set('');
    return this.send(question, this.pendingStrict);
  }

  /** Declines to continue: an empty page for the next question, which stays in the box. */
  startEmptyAfterLoss(): void {
    if (this.lostState() === null) return;
    this.startNew();
  }

  /** Asks a stopped or failed last question again: the server kept nothing of it, so it replaces that turn. */
  async retry(turnId: number): Promise<ChatTurn | null> {
    const last = this.lastTurn();
    if (!last || last.id !== turnId || (last.state !== 'stopped' && last.state !== 'failed')) return null;
    this.turnList.update((turns) => turns.filter((turn) => turn.id !== turnId));
    return this.send(last.question, last.strict);
  }

  /** Asks the last answered question again; the server replaces that answer once the new one is complete. */
  async regenerate(turnId: number): Promise<ChatTurn | null> {
    const last = this.lastTurn();
    if (!last || last.id !== turnId || last.state !== 'done' || this.streaming()) return null;
    this.turnList.update((turns) => turns.filter((turn) => turn.id !== turnId));
    return this.send(last.question, last.strict);
  }

  /** Sends an edited question in place of an earlier one: that turn and every later one are replaced. */
  async editAndResend(turnId: number, question: string): Promise<ChatTurn | null> {
    const index = this.turnList().findIndex((turn) => turn.id === turnId);
    if (index < 0 || !question.trim() || this.streaming()) return null;
    const edited = this.turnList()[index];
    this.turnList.update((turns) => turns.slice(0, index));
    return this.send(question, edited.strict);
  }

  /** Rates an answered turn; resolves with the problem when the server refused, null once recorded. */
  async rate(turnId: number, feedback: AnswerFeedbackRequest): Promise<RequestProblem | null> {
    const turn = this.turnList().find((candidate) => candidate.id === turnId);
    const conversationId = this.conversation();
    const answeredTurn = turn?.meta?.turn;
    if (answeredTurn === undefined || turn?.state !== 'done' || conversationId === null) return null;
    try {
      await this.api.rateAnswer(conversationId, answeredTurn, feedback);
      this.updateTurn(turnId, (current) => ({ ...current, feedback: { rating: feedback.rating, reasons: feedback.reasons ?? [] } }));
      return null;
    } catch (error) {
      return toRequestProblem(error);
    }
  }

  /**
   * Corrects or removes one profile fact on the server; resolves with the problem when it refused,
   * null once the profile shown is the one the next question will be asked with.
   */
  async editProfile(request: ProfileFactEditRequest): Promise<RequestProblem | null> {
    const conversationId = this.conversation();
    if (conversationId === null || this.streaming()) return null;
    try {
      const { profile } =
        request.operation === 'correct'
          ? await this.api.correctProfileFact(conversationId, { kind: request.kind, key: request.key, value: request.value })
          : await this.api.removeProfileFact(conversationId, request.kind, request.key);
      this.editedProfile.set(profile);
      void this.list.refresh();
      return null;
    } catch (error) {
      return toRequestProblem(error);
    }
  }

  /** Stops generation: the request is aborted, the server frees the sequence, the partial answer stays. */
  stop(): void {
    this.abortController?.abort();
  }

  private followUser(userId: string | null): void {
    if (userId === this.userId) return;
    this.userId = userId;
    this.forget();
  }

  private forget(): void {
    this.stop();
    this.conversation.set(null);
    this.turnList.set([]);
    this.serverTurnCount.set(0);
    this.editedProfile.set(null);
    this.lostState.set(null);
    this.setupProblem.set(null);
    this.draft.set('');
    this.restored = false;
    this.list.clear();
  }

  /** The question found the conversation gone: it leaves the page for the box, and continuing is offered. */
  private offerToContinue(turnId: number, question: string, strict: boolean): void {
    this.turnList.update((turns) => turns.filter((turn) => turn.id !== turnId));
    this.pendingStrict = strict;
    this.lostState.set({ turns: this.turnList().filter((turn) => turn.state === 'done').length, pendingQuestion: question });
    this.keepDraft(question);
    void this.list.refresh();
  }

  private keepDraft(question: string): void {
    if (!this.draft().trim()) this.draft.set(question);
  }

  private setConversation(id: string | null): void {
    this.conversation.set(id);
    if (this.userId !== null) currentConversationStorage.write(this.userId, id);
  }

  /** A lost connection or a server in trouble: the status bar checks again, and greys out if it is gone. */
  private noticeLostServer(status: number): void {
    if (status === 0 || status >= 500) void this.statusStore.refresh();
  }

  private apply(turnId: number, event: ChatStreamEvent, parser: AnswerSectionParser): void {
    switch (event.type) {
      case 'meta':
        // The server built this question's profile from its edited one: the meta's is current now.
        this.editedProfile.set(null);
        this.updateTurn(turnId, (turn) => ({ ...turn, meta: event.data, state: 'streaming' }));
        break;
      case 'thought':
        this.updateTurn(turnId, (turn) => ({ ...turn, thought: turn.thought + event.data.delta, state: 'streaming' }));
        break;
      case 'answer': {
        const sectionEvents = parser.push(event.data.delta);
        this.updateTurn(turnId, (turn) => foldSectionEvents({ ...turn, answer: turn.answer + event.data.delta, state: 'streaming' }, sectionEvents));
        break;
      }
      case 'done': {
        const stopped = event.data.finishReason === 'cancelled' || event.data.finishReason === 'aborted';
        this.updateTurn(turnId, (turn) => ({ ...foldSectionEvents(turn, parser.end().events), done: event.data, state: stopped ? 'stopped' : 'done' }));
        // A completed answer is committed: the server now holds the turns up to this one, and none after.
        if (!stopped) this.serverTurnCount.set(this.turnList().find((turn) => turn.id === turnId)?.meta?.turn ?? this.serverTurnCount() + 1);
        break;
      }
      case 'error':
        this.updateTurn(turnId, (turn) => ({
          ...turn,
          state: 'failed',
          failure: { kind: 'server', status: event.data.statusCode, code: event.data.code ?? null, message: event.data.message ?? null },
        }));
        break;
    }
  }

  private updateTurn(turnId: number, change: (turn: ChatTurn) => ChatTurn): void {
    this.turnList.update((turns) => turns.map((turn) => (turn.id === turnId ? change(turn) : turn)));
  }
}

function finishAfterError(turn: ChatTurn, error: unknown, aborted: boolean): ChatTurn {
  if (turn.state === 'done' || turn.state === 'failed') return turn;
  if (aborted) return { ...turn, state: 'stopped' };
  const failure: ChatTurnFailure =
    error instanceof ChatRequestError
      ? { kind: 'request', status: error.status, code: error.code, message: error.serverMessage }
      : { kind: 'broken', message: error instanceof Error ? error.message : null };
  return { ...turn, state: 'failed', failure };
}
