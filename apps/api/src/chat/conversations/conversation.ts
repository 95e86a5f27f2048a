import type { AnswerFeedbackRequest } from '@medlocal/contracts';
import type { PatientProfile, ProfileFactEdit } from '@medlocal/prompting';
import type { ChatDoneEvent, ChatMetaEvent } from '../stream/chat-stream-event';

export interface ConversationTurn {
  readonly question: string;
  /** The visible answer only: the reasoning is kept to show the turn again, never fed back into the prompt. */
  readonly answer: string;
  readonly thought: string;
  /** The turn's meta and done events as they were streamed, so the console can show the turn again. */
  readonly meta: ChatMetaEvent;
  readonly done: ChatDoneEvent;
  /**
   * The profile as this turn left it. Replacing turn N (regenerate, edit and resend) starts again
   * from turn N-1's, so facts (and corrections) of the dropped turns leave the profile and the prompt.
   */
  readonly profile: PatientProfile;
  /** The owner's latest rating of the answer (codes only); null until rated. */
  readonly feedback: AnswerFeedbackRequest | null;
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
  /** What the next question is asked with: the last turn's profile with the clinician's later edits. */
  readonly profile: PatientProfile;
  /** The clinician's edits of the profile, each after the answered turn it followed (0: before any). */
  readonly profileEdits: readonly ProfileEditAfterTurn[];
}

export interface ProfileEditAfterTurn {
  readonly afterTurn: number;
  readonly edit: ProfileFactEdit;
}
