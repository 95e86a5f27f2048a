/** How long a streamed answer's chunk may wait for the next ones: the tokens of 20 ms travel in one write. */
export const STREAM_WRITE_HOLD_MS = 20;

/** What CoalescedWrites writes to: an HTTP response, or any writable stream. */
export interface WriteTarget {
  readonly destroyed: boolean;
  write(chunk: string): unknown;
}

/**
 * Streams text with at most one write per `holdMs`: a write that comes within `holdMs` of the last one that went out
 * waits, with any that follow it, until that time has passed, then all go out as one write. The first write, and one
 * after a pause, go out at once.
 *
 * A streamed answer writes once per token. At llama.cpp's pace on a small CPU server (150+ tokens/s) every write is a
 * system call that also does the loopback receiver's work and wakes the reading process, on the cores llama.cpp's
 * threads need. Gathering the tokens of 20 ms into one write costs a reader nothing it can see and takes that work
 * off the decode.
 */
export class CoalescedWrites {
  private held = '';
  private lastWriteAt = Number.NEGATIVE_INFINITY;
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly target: WriteTarget,
    private readonly holdMs: number,
    private readonly now: () => number = () => performance.now(),
  ) {}

  write(chunk: string): void {
    if (this.target.destroyed) return;
    this.held += chunk;
    if (this.timer) return;
    const sinceLastWrite = this.now() - this.lastWriteAt;
    if (sinceLastWrite >= this.holdMs) this.flush();
    else this.timer = setTimeout(() => this.flush(), this.holdMs - sinceLastWrite);
  }

  /** Sends what is held now (before the stream's last write or its end). */
  flush(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    const chunk = this.held;
    this.held = '';
    if (!chunk || this.target.destroyed) return;
    this.lastWriteAt = this.now();
    this.target.write(chunk);
  }
}
