import { Injectable, inject, signal } from '@angular/core';
import type { ConversationSummaryDto } from '@medlocal/contracts';
import { toRequestProblem, type RequestProblem } from '../../../core/api/request-problem.util';
import { ChatApiService } from './chat-api.service';

/** The clinician's open conversations as the server holds them (memory only, until sign-out or the idle TTL). */
@Injectable({ providedIn: 'root' })
export class ConversationListStore {
  private readonly api = inject(ChatApiService);
  private readonly list = signal<readonly ConversationSummaryDto[]>([]);
  private readonly ttl = signal<number | null>(null);
  private readonly failure = signal<RequestProblem | null>(null);

  readonly conversations = this.list.asReadonly();
  /** The server's CHAT_IDLE_TTL_MINUTES; null until the list has loaded once. */
  readonly idleTtlMinutes = this.ttl.asReadonly();
  readonly problem = this.failure.asReadonly();

  async refresh(): Promise<void> {
    try {
      const response = await this.api.listConversations();
      this.list.set(response.conversations);
      this.ttl.set(response.idleTtlMinutes);
      this.failure.set(null);
    } catch (error) {
      this.failure.set(toRequestProblem(error));
    }
  }

  async rename(id: string, title: string): Promise<boolean> {
    try {
      const renamed = await this.api.renameConversation(id, { title });
      this.list.update((list) => list.map((conversation) => (conversation.id === id ? renamed : conversation)));
      this.failure.set(null);
      return true;
    } catch (error) {
      this.failure.set(toRequestProblem(error));
      return false;
    }
  }

  /** Closing ends it on the server too: its questions, answers and model sequence are gone. */
  async close(id: string): Promise<boolean> {
    try {
      await this.api.deleteConversation(id);
    } catch (error) {
      const problem = toRequestProblem(error);
      // Already gone (expired): closing it is done.
      if (problem.status !== 404) {
        this.failure.set(problem);
        return false;
      }
    }
    this.list.update((list) => list.filter((conversation) => conversation.id !== id));
    this.failure.set(null);
    return true;
  }

  clear(): void {
    this.list.set([]);
    this.ttl.set(null);
    this.failure.set(null);
  }
}
