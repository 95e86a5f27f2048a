import type { PatientProfile } from '@medlocal/prompting';

export interface ConversationTurn {
  readonly question: string;
  /** The visible answer only: the reasoning is shown once and never fed back into the prompt. */
  readonly answer: string;
}

/**
 * Held in memory only, never in the database: a conversation is as private as the clinician's screen.
 * Only `ConversationStore` changes it, and only with turns whose audit event is committed.
 */
export interface Conversation {
  readonly id: string;
  readonly ownerUserId: string;
  readonly createdAt: number;
  readonly lastActiveAt: number;
  readonly turns: readonly ConversationTurn[];
  readonly profile: PatientProfile;
}
