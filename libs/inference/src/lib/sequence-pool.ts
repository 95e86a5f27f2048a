import { InferenceError, InferenceErrorCode } from './inference.errors';

interface Slot<S> {
  readonly sequence: S;
  owner: string | null;
  busy: boolean;
  lastUsedAt: number;
}

export interface SequenceLease<S> {
  readonly sequence: S;
  /** The slot last served another conversation (its KV cache is someone else's). */
  readonly evictedOwner: string | null;
  readonly queueMs: number;
  release(): void;
}

interface Waiter<S> {
  conversationId: string | null;
  enqueuedAt: number;
  resolve(lease: SequenceLease<S>): void;
  reject(error: unknown): void;
  cleanup(): void;
}

export interface SequencePoolOptions {
  queueMax: number;
  queueTimeoutMs: number;
  now?: () => number;
}

/**
 * Hands out a fixed set of context sequences to requests, in strict arrival order.
 * A conversation keeps its sequence while idle so the next turn reuses the KV cache; when
 * sequences run out, the least recently used idle conversation loses its sequence.
 */
export class SequencePool<S> {
  private readonly slots: Slot<S>[];
  private readonly waiters: Waiter<S>[] = [];
  private readonly now: () => number;
  private averageLeaseMs = 5_000;
  private closed = false;

  constructor(
    sequences: readonly S[],
    private readonly options: SequencePoolOptions,
  ) {
    if (sequences.length === 0) throw new Error('SequencePool needs at least one sequence');
    this.now = options.now ?? (() => performance.now());
    this.slots = sequences.map((sequence) => ({ sequence, owner: null, busy: false, lastUsedAt: 0 }));
  }

  get waiting(): number {
    return this.waiters.length;
  }

  get busy(): number {
    return this.slots.filter((slot) => slot.busy).length;
  }

  acquire(conversationId: string | null, signal?: AbortSignal): Promise<SequenceLease<S>> {
    if (this.closed) return Promise.reject(new InferenceError(InferenceErrorCode.EngineClosed, 'inference engine is shut down'));
    if (signal?.aborted) return Promise.reject(signal.reason);
    return new Promise<SequenceLease<S>>((resolve, reject) => {
      const waiter: Waiter<S> = {
        conversationId,
        enqueuedAt: this.now(),
        resolve,
        reject,
        cleanup: () => undefined,
      };
      this.waiters.push(waiter);
      this.dispatch();
      if (!this.waiters.includes(waiter)) return;

      if (this.waiters.length > this.options.queueMax) {
        this.remove(waiter);
        reject(
          new InferenceError(
            InferenceErrorCode.QueueFull,
            `inference queue is full (${this.options.queueMax} waiting, ${this.slots.length} generating)`,
            this.estimateRetryAfterSeconds(),
          ),
        );
        return;
      }
      const timer = setTimeout(() => {
        this.remove(waiter);
        reject(
          new InferenceError(
            InferenceErrorCode.QueueTimeout,
            `no free inference sequence within ${this.options.queueTimeoutMs} ms`,
            this.estimateRetryAfterSeconds(),
          ),
        );
      }, this.options.queueTimeoutMs);
      const onAbort = (): void => {
        this.remove(waiter);
        reject(signal?.reason);
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      waiter.cleanup = () => {
        clearTimeout(timer);
        signal?.removeEventListener('abort', onAbort);
      };
    });
  }

  /** Drops the conversation's claim on its sequence; returns the sequence if it is idle now. */
  forget(conversationId: string): S | null {
    const slot = this.slots.find((s) => s.owner === conversationId);
    if (!slot) return null;
    slot.owner = null;
    return slot.busy ? null : slot.sequence;
  }

  close(): void {
    this.closed = true;
    for (const waiter of this.waiters.splice(0)) {
      waiter.cleanup();
      waiter.reject(new InferenceError(InferenceErrorCode.EngineClosed, 'inference engine is shut down'));
    }
  }

  private remove(waiter: Waiter<S>): void {
    const index = this.waiters.indexOf(waiter);
    if (index >= 0) this.waiters.splice(index, 1);
    waiter.cleanup();
  }

  private estimateRetryAfterSeconds(): number {
    const rounds = Math.ceil((this.waiters.length + 1) / this.slots.length);
    return Math.max(1, Math.ceil((rounds * this.averageLeaseMs) / 1000));
  }

  private pickSlot(conversationId: string | null): Slot<S> | null {
    if (conversationId !== null) {
      const own = this.slots.find((slot) => slot.owner === conversationId);
      // One turn at a time per conversation: a second request waits for the first.
      if (own) return own.busy ? null : own;
    }
    const idle = this.slots.filter((slot) => !slot.busy);
    const free = idle.find((slot) => slot.owner === null);
    if (free) return free;
    return idle.reduce<Slot<S> | null>((lru, slot) => (lru === null || slot.lastUsedAt < lru.lastUsedAt ? slot : lru), null);
  }

  private dispatch(): void {
    for (let i = 0; i < this.waiters.length; ) {
      const waiter = this.waiters[i] as Waiter<S>;
      const slot = this.pickSlot(waiter.conversationId);
      if (!slot) {
        i++;
        continue;
      }
      this.waiters.splice(i, 1);
      waiter.cleanup();
      waiter.resolve(this.lease(slot, waiter));
    }
  }

  private lease(slot: Slot<S>, waiter: Waiter<S>): SequenceLease<S> {
    const evictedOwner = slot.owner !== null && slot.owner !== waiter.conversationId ? slot.owner : null;
    slot.owner = waiter.conversationId;
    slot.busy = true;
    const leasedAt = this.now();
    let released = false;
    return {
      sequence: slot.sequence,
      evictedOwner,
      queueMs: leasedAt - waiter.enqueuedAt,
      release: () => {
        if (released) return;
        released = true;
        slot.busy = false;
        slot.lastUsedAt = this.now();
        this.averageLeaseMs = this.averageLeaseMs * 0.8 + (slot.lastUsedAt - leasedAt) * 0.2;
        this.dispatch();
      },
    };
  }
}
