import { Injectable, computed, inject, signal } from '@angular/core';
import type { ChatStreamEvent } from '@medlocal/contracts';
import { AnswerSectionParser, type AnswerSectionEvent } from '@medlocal/prompting';
import { toRequestProblem, type RequestProblem } from '../../../core/api/request-problem.util';
import { ChatApiService, ChatRequestError } from './chat-api.service';
import { newTurn, type ChatTurn, type ChatTurnFailure } from './chat-turn.model';

/**
 * One conversation on the chat page: sends a question, folds the streamed events into the
 * last turn, stops on request, and keeps whatever arrived when a stream breaks.
 */
@Injectable()
export class ChatStore {
  private readonly api = inject(ChatApiService);
  private readonly turnList = signal<readonly ChatTurn[]>([]);
  private readonly conversation = signal<string | null>(null);
  private readonly setupProblem = signal<RequestProblem | null>(null);
  private abortController: AbortController | null = null;
  private nextTurnId = 1;

  readonly turns = this.turnList.asReadonly();
  readonly conversationId = this.conversation.asReadonly();
  readonly problem = this.setupProblem.asReadonly();
  readonly streaming = computed(() => {
    const last = this.lastTurn();
    return last !== null && (last.state === 'waiting' || last.state === 'streaming');
  });
  readonly lastTurn = computed(() => this.turnList().at(-1) ?? null);
  /** The newest meta (profile, context usage) of the conversation. */
  readonly latestMeta = computed(() => [...this.turnList()].reverse().find((turn) => turn.meta !== null)?.meta ?? null);

  async send(question: string, strict: boolean): Promise<void> {
    const content = question.trim();
    if (!content || this.streaming()) return;
    this.setupProblem.set(null);
    let conversationId = this.conversation();
    if (conversationId === null) {
      try {
        conversationId = await this.api.createConversation();
        this.conversation.set(conversationId);
      } catch (error) {
        this.setupProblem.set(toRequestProblem(error));
        return;
      }
    }
    const turnId = this.nextTurnId++;
    this.turnList.update((turns) => [...turns, newTurn(turnId, content, strict)]);
    const controller = new AbortController();
    this.abortController = controller;
    const parser = new AnswerSectionParser();
    try {
      for await (const event of this.api.streamMessage(conversationId, { content, strict }, controller.signal)) {
        this.apply(turnId, event, parser);
      }
      const sectionEvents = parser.end().events;
      this.updateTurn(turnId, (turn) => foldSectionEvents(turn, sectionEvents));
      this.updateTurn(turnId, (turn) =>
        turn.state === 'streaming' || turn.state === 'waiting'
          ? { ...turn, state: 'failed', failure: { kind: 'broken', message: null } }
          : turn,
      );
    } catch (error) {
      // The server forgets idle conversations; the next question then opens a new one by itself.
      if (error instanceof ChatRequestError && error.status === 404) this.conversation.set(null);
      this.updateTurn(turnId, (turn) => finishAfterError(turn, error, controller.signal.aborted));
    } finally {
      if (this.abortController === controller) this.abortController = null;
    }
  }

  /** Stops generation: the request is aborted, the server frees the sequence, the partial answer stays. */
  stop(): void {
    this.abortController?.abort();
  }

  /** Starts afresh; the old conversation's server-side sequence is released. */
  async reset(): Promise<void> {
    this.stop();
    const previous = this.conversation();
    this.conversation.set(null);
    this.turnList.set([]);
    this.setupProblem.set(null);
    if (previous !== null) {
      try {
        await this.api.deleteConversation(previous);
      } catch {
        // The server also reclaims idle conversations; a failed delete costs nothing here.
      }
    }
  }

  private apply(turnId: number, event: ChatStreamEvent, parser: AnswerSectionParser): void {
    switch (event.type) {
      case 'meta':
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
        break;
      }
      case 'error':
        this.updateTurn(turnId, (turn) => ({
          ...turn,
          state: 'failed',
          failure: { kind: 'server', status: event.data.statusCode, message: event.data.message ?? null },
        }));
        break;
    }
  }

  private updateTurn(turnId: number, change: (turn: ChatTurn) => ChatTurn): void {
    this.turnList.update((turns) => turns.map((turn) => (turn.id === turnId ? change(turn) : turn)));
  }
}

export function foldSectionEvents(turn: ChatTurn, events: readonly AnswerSectionEvent[]): ChatTurn {
  if (events.length === 0) return turn;
  let preamble = turn.preamble;
  const sections = { ...turn.sections };
  const seen = [...turn.sectionsSeen];
  for (const event of events) {
    if (event.type === 'section-start') {
      if (!seen.includes(event.section)) seen.push(event.section);
    } else if (event.section === null) {
      preamble += event.text;
    } else {
      sections[event.section] += event.text;
    }
  }
  return { ...turn, preamble, sections, sectionsSeen: seen };
}

function finishAfterError(turn: ChatTurn, error: unknown, aborted: boolean): ChatTurn {
  if (turn.state === 'done' || turn.state === 'failed') return turn;
  if (aborted) return { ...turn, state: 'stopped' };
  const failure: ChatTurnFailure =
    error instanceof ChatRequestError
      ? { kind: 'request', status: error.status, message: error.serverMessage }
      : { kind: 'broken', message: error instanceof Error ? error.message : null };
  return { ...turn, state: 'failed', failure };
}
