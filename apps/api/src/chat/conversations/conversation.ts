import type { PatientProfile } from '@medlocal/prompting';
import type { ChatDoneEvent, ChatMetaEvent } from '../stream/chat-stream-event';

export interface ConversationTurn {
  readonly question: string;
  /** The visible answer only: the reasoning is kept to show the turn again, never fed back into the prompt. */
  readonly answer: string;
  readonly thought: string;
  /** The turn's meta and done events as they were streamed, so the console can show the turn again. */
  readonly meta: ChatMetaEvent;
  readonly done: ChatDoneEvent;
}

/**
 * Held in memory only, never in the database: a conversation is as private as the clinician's screen.
 * Only `ConversationStore` changes it, and only with turns whose audit event is committed.
 */
export interface Conversation {
  readonly id: string;
  readonly ownerUserId: string;
  /** The clinician's own name for it; null until renamed (the first question stands in). */
  readonly title: string | null;
  readonly createdAt: number;
  readonly lastActiveAt: number;
  readonly turns: readonly ConversationTurn[];
  readonly profile: PatientProfile;
}
