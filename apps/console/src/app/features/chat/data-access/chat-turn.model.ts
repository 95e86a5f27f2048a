import type { AnswerFeedbackRequest, AnswerSectionKeyDto, ChatDoneEvent, ChatMetaEvent } from '@medlocal/contracts';

export type ChatTurnState = 'waiting' | 'streaming' | 'done' | 'stopped' | 'failed';

export type ChatTurnFailure =
  /** The server refused before streaming (HTTP status). */
  | { readonly kind: 'request'; readonly status: number; readonly code: string | null; readonly message: string | null }
  /** The server sent an `error` event mid-stream (with its error code, e.g. SHUTTING_DOWN). */
  | { readonly kind: 'server'; readonly status: number; readonly code: string | null; readonly message: string | null }
  /** The connection broke or the stream ended without `done`. */
  | { readonly kind: 'broken'; readonly message: string | null };

/** One question and its streamed answer, as the chat page shows it. */
export interface ChatTurn {
  readonly id: number;
  readonly question: string;
  readonly strict: boolean;
  readonly thought: string;
  readonly answer: string;
  /** Answer text before the first section heading. */
  readonly preamble: string;
  readonly sections: Readonly<Record<AnswerSectionKeyDto, string>>;
  /** Sections whose heading has streamed in, in order of appearance. */
  readonly sectionsSeen: readonly AnswerSectionKeyDto[];
  readonly meta: ChatMetaEvent | null;
  readonly done: ChatDoneEvent | null;
  readonly state: ChatTurnState;
  readonly failure: ChatTurnFailure | null;
  /** The clinician's rating of the answer, as the server keeps it. */
  readonly feedback: AnswerFeedbackRequest | null;
}

export function newTurn(id: number, question: string, strict: boolean): ChatTurn {
  return {
    id,
    question,
    strict,
    thought: '',
    answer: '',
    preamble: '',
    sections: { definition: '', mechanism: '', differential: '', recommendation: '' },
    sectionsSeen: [],
    meta: null,
    done: null,
    state: 'waiting',
    failure: null,
    feedback: null,
  };
}
