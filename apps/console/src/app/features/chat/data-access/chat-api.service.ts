import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  AnswerFeedbackRequest,
  ChatStreamEvent,
  ConversationDetailResponse,
  ConversationListResponse,
  ConversationSeed,
  ConversationProfileResponse,
  ConversationSummaryDto,
  CorrectProfileFactRequest,
  ProfileFactKind,
  CreateConversationRequest,
  CreateConversationResponse,
  RenameConversationRequest,
  SendMessageRequest,
} from '@medlocal/contracts';
import { firstValueFrom } from 'rxjs';
import { serverMessageOf } from '../../../core/api/request-problem.util';
import { AuthStore } from '../../../core/auth/auth.store';
import { decodeChatEvent } from './decode-chat-event.util';
import { readUntilSilent, respondedWithin, STREAM_SILENCE_LIMIT_MS } from './read-until-silent.util';
import { SseParser } from './sse-parser';

/** The server refused the message before streaming began (status and its message). */
export class ChatRequestError extends Error {
  constructor(
    readonly status: number,
    readonly serverMessage: string | null,
    /** The server's machine code (e.g. SHUTTING_DOWN), when it sent one. */
    readonly code: string | null = null,
  ) {
    super(serverMessage ?? `HTTP ${status}`);
    this.name = 'ChatRequestError';
  }
}

/**
 * Conversations and the streamed answer. The message call uses `fetch` rather than HttpClient or
 * EventSource: it must POST, send the bearer token, and hand over chunks as they arrive.
 */
@Injectable({ providedIn: 'root' })
export class ChatApiService {
  private readonly http = inject(HttpClient);
  private readonly auth = inject(AuthStore);

  async createConversation(): Promise<string> {
    const response = await firstValueFrom(this.http.post<CreateConversationResponse>('/api/chat/conversations', {}));
    return response.id;
  }

  /** A new conversation holding the earlier turns and profile of one the server no longer has. */
  continueConversation(seed: ConversationSeed): Promise<CreateConversationResponse> {
    const request: CreateConversationRequest = { seed };
    return firstValueFrom(this.http.post<CreateConversationResponse>('/api/chat/conversations', request));
  }

  listConversations(): Promise<ConversationListResponse> {
    return firstValueFrom(this.http.get<ConversationListResponse>('/api/chat/conversations'));
  }

  getConversation(id: string): Promise<ConversationDetailResponse> {
    return firstValueFrom(this.http.get<ConversationDetailResponse>(`/api/chat/conversations/${encodeURIComponent(id)}`));
  }

  renameConversation(id: string, request: RenameConversationRequest): Promise<ConversationSummaryDto> {
    return firstValueFrom(this.http.patch<ConversationSummaryDto>(`/api/chat/conversations/${encodeURIComponent(id)}`, request));
  }

  async deleteConversation(id: string): Promise<void> {
    await firstValueFrom(this.http.delete(`/api/chat/conversations/${encodeURIComponent(id)}`));
  }

  /** Rates answered turn `turn` (1-based, as its meta event numbered it). */
  async rateAnswer(conversationId: string, turn: number, request: AnswerFeedbackRequest): Promise<void> {
    await firstValueFrom(this.http.post(`/api/chat/conversations/${encodeURIComponent(conversationId)}/turns/${turn}/feedback`, request));
  }

  /** Corrects one profile fact; answers the profile the next question is asked with. */
  correctProfileFact(conversationId: string, request: CorrectProfileFactRequest): Promise<ConversationProfileResponse> {
    return firstValueFrom(this.http.patch<ConversationProfileResponse>(`/api/chat/conversations/${encodeURIComponent(conversationId)}/profile/facts`, request));
  }

  /** Removes one profile fact (`key` names one of a list); answers the profile the next question is asked with. */
  removeProfileFact(conversationId: string, kind: ProfileFactKind, key?: string): Promise<ConversationProfileResponse> {
    return firstValueFrom(
      this.http.delete<ConversationProfileResponse>(`/api/chat/conversations/${encodeURIComponent(conversationId)}/profile/facts/${encodeURIComponent(kind)}`, {
        params: key === undefined ? {} : { key },
      }),
    );
  }

  /**
   * Yields decoded events until the stream ends; aborting `signal` cancels the request (the server stops generating).
   * No headers, or a stream silent, for STREAM_SILENCE_LIMIT_MS throws StreamSilentError: the turn then reads as a broken connection.
   */
  async *streamMessage(conversationId: string, request: SendMessageRequest, signal: AbortSignal): AsyncGenerator<ChatStreamEvent> {
    const response = await this.post(conversationId, request, signal);
    if (!response.body) throw new ChatRequestError(response.status, null);
    const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
    const parser = new SseParser();
    try {
      for await (const chunk of readUntilSilent(reader, STREAM_SILENCE_LIMIT_MS)) {
        for (const message of parser.push(chunk)) {
          const event = decodeChatEvent(message);
          if (event) yield event;
        }
      }
    } finally {
      reader.releaseLock();
    }
  }

  private async post(conversationId: string, request: SendMessageRequest, signal: AbortSignal): Promise<Response> {
    // A frozen instance may hold the request without a byte: it gets as long as a silent stream does.
    const send = () =>
      respondedWithin(STREAM_SILENCE_LIMIT_MS, signal, (attempt) =>
        fetch(`/api/chat/conversations/${encodeURIComponent(conversationId)}/messages`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', Accept: 'text/event-stream', ...this.auth.authorizationHeader() },
          body: JSON.stringify(request),
          credentials: 'same-origin',
          signal: attempt,
        }),
      );
    let response = await send();
    if (response.status === 401 && (await this.auth.refresh())) response = await send();
    for (let attempt = 1; !response.ok; attempt += 1) {
      const refusal = await refusalOf(response);
      // Right after Stop the server is still withdrawing the stopped answer: the conversation is free a moment later.
      if (refusal.code !== 'CONVERSATION_BUSY' || attempt > BUSY_RETRIES) throw refusal;
      await delay(BUSY_RETRY_MS, signal);
      response = await send();
    }
    return response;
  }
}

const BUSY_RETRIES = 10;
const BUSY_RETRY_MS = 300;

async function refusalOf(response: Response): Promise<ChatRequestError> {
  let body: unknown = null;
  try {
    body = await response.json();
  } catch {
    // Not JSON: the status alone has to explain it.
  }
  const code = (body as { code?: unknown } | null)?.code;
  return new ChatRequestError(response.status, serverMessageOf(body) ?? null, typeof code === 'string' ? code : null);
}

function delay(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener(
      'abort',
      () => {
        clearTimeout(timer);
        reject(signal.reason);
      },
      { once: true },
    );
  });
}
