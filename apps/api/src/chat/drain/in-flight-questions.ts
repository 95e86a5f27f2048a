import { Injectable, Logger } from '@nestjs/common';

interface InFlight {
  readonly abort: AbortController;
  readonly finished: Promise<void>;
}

/**
 * The answers streaming right now, so a shutdown can let them finish, cancel the ones that
 * would outlast the grace period, and still wait for their audit events.
 */
@Injectable()
export class InFlightQuestions {
  private readonly logger = new Logger(InFlightQuestions.name);
  private readonly active = new Set<InFlight>();

  /** Returns the function to call when the answer has ended (after its audit event). */
  track(abort: AbortController): () => void {
    let release!: () => void;
    const entry: InFlight = { abort, finished: new Promise<void>((resolve) => (release = resolve)) };
    this.active.add(entry);
    return () => {
      this.active.delete(entry);
      release();
    };
  }

  count(): number {
    return this.active.size;
  }

  async drain(params: { finishWithinMs: number; cancelWithinMs: number }): Promise<void> {
    if (this.active.size === 0) return;
    this.logger.log(`Waiting up to ${params.finishWithinMs} ms for ${this.active.size} answer(s) to finish`);
    const all = () => Promise.all([...this.active].map((entry) => entry.finished));
    if (await settlesWithin(all(), params.finishWithinMs)) return;
    this.logger.warn(`Cancelling ${this.active.size} answer(s) still streaming at shutdown`);
    for (const entry of this.active) entry.abort.abort();
    await settlesWithin(all(), params.cancelWithinMs);
  }
}

async function settlesWithin(promise: Promise<unknown>, ms: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), ms)));
  const settled = await Promise.race([promise.then(() => true as const), timeout]);
  clearTimeout(timer);
  return settled;
}
