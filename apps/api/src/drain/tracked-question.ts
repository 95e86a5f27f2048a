import { DrainError, DrainErrorCode } from './drain.errors';

export const SHUTTING_DOWN = DrainErrorCode.ShuttingDown;

/** Another instance (or this one, restarted) can take the question again in a few seconds. */
const RETRY_AFTER_SECONDS = 5;

/** Why the drain stopped a question: refused before its answer began, or cancelled mid-answer. */
export type Interruption = 'refused' | 'cancelled';

/**
 * One question (chat or /v1) from acceptance until its audit event is committed. The drain refuses
 * it while it still waits for the model (503 + Retry-After) and cancels it once it streams.
 */
export class TrackedQuestion {
  private state: 'waiting' | 'answering' | 'ended' = 'waiting';
  private stoppedBy: Interruption | null = null;

  constructor(
    private readonly abort: AbortController,
    private readonly onEnd: (question: TrackedQuestion) => void,
    options: { refused: boolean },
  ) {
    if (options.refused) this.stoppedBy = 'refused';
  }

  get interruption(): Interruption | null {
    return this.stoppedBy;
  }

  /** What to answer a refused question with; null while it may still be answered. */
  get refusal(): DrainError | null {
    if (this.stoppedBy !== 'refused') return null;
    return new DrainError(SHUTTING_DOWN, 'MedLocal is restarting: ask again in a moment', { retryAfterSeconds: RETRY_AFTER_SECONDS });
  }

  /** The error event a stream cancelled at shutdown ends with, so the client knows to ask again. */
  get cancellation(): { statusCode: number; code: string; message: string; retryAfterSeconds: number } | null {
    if (this.stoppedBy !== 'cancelled') return null;
    return {
      statusCode: 503,
      code: SHUTTING_DOWN,
      message: 'MedLocal is restarting: this answer was cancelled, ask again in a moment',
      retryAfterSeconds: RETRY_AFTER_SECONDS,
    };
  }

  /**
   * The model's events for this question. The first one marks it answering; a question refused
   * before that gets none of them and ends in its refusal, once the engine has let go of it.
   */
  guard<T>(events: AsyncIterable<T>): AsyncIterable<T> {
    return this.guarded(events);
  }

  private async *guarded<T>(events: AsyncIterable<T>): AsyncGenerator<T> {
    const refusedOnArrival = this.refusal;
    if (refusedOnArrival) throw refusedOnArrival;
    try {
      for await (const event of events) {
        if (this.state === 'waiting' && this.stoppedBy === null) this.state = 'answering';
        if (this.stoppedBy === 'refused') continue;
        yield event;
      }
    } catch (error) {
      throw this.refusal ?? error;
    }
    const refused = this.refusal;
    if (refused) throw refused;
  }

  /** Drain, first pass: a question still waiting for the model is refused. Returns whether it was. */
  refuseIfWaiting(): boolean {
    if (this.state !== 'waiting' || this.stoppedBy !== null) return false;
    this.stoppedBy = 'refused';
    this.abort.abort();
    return true;
  }

  /** Drain, once the grace period is nearly spent: whatever still runs is stopped. */
  cancel(): void {
    if (this.state === 'ended' || this.refuseIfWaiting() || this.stoppedBy !== null) return;
    this.stoppedBy = 'cancelled';
    this.abort.abort();
  }

  /** After the question's audit event (committed or not): the drain stops waiting for it. */
  end(): void {
    if (this.state === 'ended') return;
    this.state = 'ended';
    this.onEnd(this);
  }
}
