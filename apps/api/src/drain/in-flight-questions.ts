import { Injectable, Logger } from '@nestjs/common';
import { TrackedQuestion } from './tracked-question';

export interface DrainBudget {
  /** How long answers already streaming may take to finish by themselves. */
  readonly finishWithinMs: number;
  /** How long, after cancelling the rest, their cancellations may take to be audited. */
  readonly cancelWithinMs: number;
}

/**
 * Most of the grace period goes to answers finishing by themselves; what is left covers cancelling
 * the rest, auditing the cancellations, and closing the server, the trail and the database.
 */
export function drainBudgetOf(shutdownGraceMs: number): DrainBudget {
  return { finishWithinMs: Math.floor(shutdownGraceMs * 0.7), cancelWithinMs: Math.floor(shutdownGraceMs * 0.15) };
}

/**
 * Every question (chat and /v1) from acceptance until its audit event, so a shutdown can refuse the
 * ones still waiting, let the running ones finish, cancel those that would outlast the grace
 * period, and still wait for every audit event.
 */
@Injectable()
export class InFlightQuestions {
  private readonly logger = new Logger(InFlightQuestions.name);
  private readonly active = new Set<TrackedQuestion>();
  private readonly idleWaiters = new Set<() => void>();
  private accepting = true;

  /**
   * Starts tracking a question; `abort` is what stops its generation. Once a drain has begun the
   * question is refused from the start (`refusal` is set) and must still be audited, then ended.
   */
  track(abort: AbortController): TrackedQuestion {
    const question = new TrackedQuestion(abort, (ended) => this.release(ended), { refused: !this.accepting });
    this.active.add(question);
    return question;
  }

  count(): number {
    return this.active.size;
  }

  async drain(budget: DrainBudget): Promise<void> {
    if (!this.accepting && this.active.size === 0) return;
    this.accepting = false;
    const refused = [...this.active].filter((question) => question.refuseIfWaiting()).length;
    if (this.active.size === 0) return;
    this.logger.log(
      `Shutting down: ${refused} waiting question(s) refused; up to ${budget.finishWithinMs} ms for ${this.active.size - refused} answer(s) to finish`,
    );
    if (await this.idleWithin(budget.finishWithinMs)) return;
    this.logger.warn(`Cancelling ${this.active.size} answer(s) still running at shutdown`);
    for (const question of this.active) question.cancel();
    if (!(await this.idleWithin(budget.cancelWithinMs))) {
      this.logger.error(`${this.active.size} question(s) still unaudited after cancelling: shutting down without them`);
    }
  }

  private release(question: TrackedQuestion): void {
    this.active.delete(question);
    if (this.active.size > 0) return;
    for (const wake of this.idleWaiters) wake();
    this.idleWaiters.clear();
  }

  private async idleWithin(ms: number): Promise<boolean> {
    if (this.active.size === 0) return true;
    let timer: NodeJS.Timeout | undefined;
    let wake!: () => void;
    const idle = new Promise<true>((resolve) => (wake = () => resolve(true)));
    this.idleWaiters.add(wake);
    const timeout = new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), ms)));
    const settled = await Promise.race([idle, timeout]);
    clearTimeout(timer);
    this.idleWaiters.delete(wake);
    return settled;
  }
}
