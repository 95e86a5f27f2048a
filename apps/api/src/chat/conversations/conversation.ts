import type { PatientProfile } from '@medlocal/prompting';

export interface ConversationTurn {
  readonly question: string;
  /** The visible answer only: the reasoning is shown once and never fed back into the prompt. */
  readonly answer: string;
}

/** Held in memory only, never in the database: a conversation is as private as the clinician's screen. */
export interface Conversation {
  readonly id: string;
  readonly ownerUserId: string;
  readonly createdAt: number;
  lastActiveAt: number;
  turns: ConversationTurn[];
  profile: PatientProfile;
  /** A second question while one is still streaming is refused rather than interleaved. */
  busy: boolean;
}
