import { InferenceError, InferenceErrorCode } from './inference.errors';

interface Slot<S> {
  readonly sequence: S;
  owner: string | null;
  busy: boolean;
  lastUsedAt: number;
}

/**
 * Numbers the queue gives a request, so its place can be checked without clocks: `arrival` counts
 * requests in the order the queue saw them, `grant` counts the sequences handed out. A request
 * waited behind `grant - grantsAtArrival - 1` others.
 */
export interface QueueTicket {
  readonly arrival: number;
  readonly grantsAtArrival: number;
  readonly grant: number;
}

export interface SequenceLease<S> {
  readonly sequence: S;
  /** The slot last served another conversation (its KV cache is someone else's). */
  readonly evictedOwner: string | null;
  readonly queueMs: number;
  readonly ticket: QueueTicket;
  release(): void;
}

interface Waiter<S> {
  conversationId: string | null;
  callerId: string;
  arrival: number;
  grantsAtArrival: number;
  enqueuedAt: number;
  resolve(lease: SequenceLease<S>): void;
  reject(error: unknown): void;
  cleanup(): void;
}

interface CallerState {
  running: number;
  waiting: number;
  /** Grant number of this caller's latest sequence; 0 if never served. */
  lastGrant: number;
}

/**
 * Callers that together may run at most `maxRunning` generations, whatever each one's own cap: e.g.
 * hospital systems on API keys, held below `parallel` so clinicians always find a sequence.
 */
export interface CallerGroup {
  readonly name: string;
  readonly includes: (callerId: string) => boolean;
  readonly maxRunning: number;
}

export interface SequencePoolOptions {
  queueMax: number;
  queueTimeoutMs: number;
  /** Generations one caller may run at once; its further requests wait. Unset: no cap. */
  maxConcurrentPerCaller?: number;
  /** Requests one caller may have waiting; beyond it CallerQueueFull. Unset: only queueMax. */
  queueMaxPerCaller?: number;
  callerGroups?: readonly CallerGroup[];
  now?: () => number;
}

/**
 * Hands out a fixed set of context sequences, fairly between callers (a user or an API key): a free
 * sequence goes to the waiting caller with the fewest generations running, then the one served
 * least recently, then the earliest arrival; one caller's own requests keep their order. So one
 * caller's backlog never holds another caller back by more than one sequence's turn.
 * A conversation keeps its sequence while idle so the next turn reuses the KV cache; when
 * sequences run out, the least recently used idle conversation loses its sequence.
 */
export class SequencePool<S> {
  private readonly slots: Slot<S>[];
  private readonly waiters: Waiter<S>[] = [];
  private readonly callers = new Map<string, CallerState>();
  private readonly now: () => number;
  private averageLeaseMs = 5_000;
  private arrivals = 0;
  private grants = 0;
  private closed = false;

  constructor(
    sequences: readonly S[],
    private readonly options: SequencePoolOptions,
  ) {
    if (sequences.length === 0) throw new Error('SequencePool needs at least one sequence');
    for (const group of options.callerGroups ?? []) {
      if (!Number.isInteger(group.maxRunning) || group.maxRunning < 1) {
        throw new Error(`SequencePool caller group ${group.name}: maxRunning must be a whole number of at least 1, got ${group.maxRunning}`);
      }
    }
    this.now = options.now ?? (() => performance.now());
    this.slots = sequences.map((sequence) => ({ sequence, owner: null, busy: false, lastUsedAt: 0 }));
  }

  get waiting(): number {
    return this.waiters.length;
  }

  /** Every sequence of the pool, leased or free. */
  get sequences(): readonly S[] {
    return this.slots.map((slot) => slot.sequence);
  }

  get busy(): number {
    return this.slots.filter((slot) => slot.busy).length;
  }

  /**
   * `callerId` names who is asking (user id, API key id); requests that name none are each a caller
   * of their own, uncapped (library users and benchmarks: the API names every caller).
   */
  acquire(conversationId: string | null, signal?: AbortSignal, callerId?: string): Promise<SequenceLease<S>> {
    if (this.closed) return Promise.reject(new InferenceError(InferenceErrorCode.EngineClosed, 'inference engine is shut down'));
    if (signal?.aborted) return Promise.reject(signal.reason);
    this.arrivals += 1;
    const arrival = this.arrivals;
    const named = callerId !== undefined;
    const caller = named ? callerId : `\u0000anonymous:${arrival}`;
    return new Promise<SequenceLease<S>>((resolve, reject) => {
      const state = this.callerState(caller);
      const perCallerQueue = this.options.queueMaxPerCaller;
      if (named && perCallerQueue !== undefined && state.waiting >= perCallerQueue && !this.canStartNow(conversationId, caller)) {
        this.dropIfIdle(caller);
        reject(
          new InferenceError(
            InferenceErrorCode.CallerQueueFull,
            `too many questions from this caller: ${state.running} generating and ${state.waiting} waiting (limit ${perCallerQueue} waiting)`,
            { retryAfterSeconds: this.estimateRetryAfterSeconds() },
          ),
        );
        return;
      }
      const waiter: Waiter<S> = {
        conversationId,
        callerId: caller,
        arrival,
        grantsAtArrival: this.grants,
        enqueuedAt: this.now(),
        resolve,
        reject,
        cleanup: () => undefined,
      };
      this.waiters.push(waiter);
      state.waiting += 1;
      this.dispatch();
      if (!this.waiters.includes(waiter)) return;

      if (this.waiters.length > this.options.queueMax) {
        this.remove(waiter);
        reject(
          new InferenceError(InferenceErrorCode.QueueFull, `inference queue is full (${this.options.queueMax} waiting, ${this.slots.length} generating)`, {
            retryAfterSeconds: this.estimateRetryAfterSeconds(),
          }),
        );
        return;
      }
      const timer = setTimeout(() => {
        this.remove(waiter);
        reject(
          new InferenceError(InferenceErrorCode.QueueTimeout, `no free inference sequence within ${this.options.queueTimeoutMs} ms`, {
            retryAfterSeconds: this.estimateRetryAfterSeconds(),
          }),
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

  private callerState(callerId: string): CallerState {
    let state = this.callers.get(callerId);
    if (!state) {
      state = { running: 0, waiting: 0, lastGrant: 0 };
      this.callers.set(callerId, state);
    }
    return state;
  }

  /** Callers with nothing running or waiting are forgotten, so the map stays as small as the queue. */
  private dropIfIdle(callerId: string): void {
    const state = this.callers.get(callerId);
    if (state && state.running === 0 && state.waiting === 0) this.callers.delete(callerId);
  }

  private underCap(callerId: string): boolean {
    if (callerId.startsWith('\u0000')) return true;
    const cap = this.options.maxConcurrentPerCaller;
    if (cap !== undefined && (this.callers.get(callerId)?.running ?? 0) >= cap) return false;
    return (this.options.callerGroups ?? []).every((group) => !group.includes(callerId) || this.runningIn(group) < group.maxRunning);
  }

  /** Generations the group's callers run now (the callers map holds only callers running or waiting). */
  private runningIn(group: CallerGroup): number {
    let running = 0;
    for (const [callerId, state] of this.callers) if (group.includes(callerId)) running += state.running;
    return running;
  }

  private canStartNow(conversationId: string | null, callerId: string): boolean {
    return this.underCap(callerId) && this.pickSlot(conversationId) !== null;
  }

  private remove(waiter: Waiter<S>): void {
    const index = this.waiters.indexOf(waiter);
    if (index >= 0) {
      this.waiters.splice(index, 1);
      const state = this.callers.get(waiter.callerId);
      if (state) state.waiting -= 1;
      this.dropIfIdle(waiter.callerId);
    }
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

  /** Whether `a` should be served before `b`: fewest running, then served least recently, then first come. */
  private before(a: Waiter<S>, b: Waiter<S>): boolean {
    const stateA = this.callers.get(a.callerId) as CallerState;
    const stateB = this.callers.get(b.callerId) as CallerState;
    if (stateA.running !== stateB.running) return stateA.running < stateB.running;
    if (stateA.lastGrant !== stateB.lastGrant) return stateA.lastGrant < stateB.lastGrant;
    return a.arrival < b.arrival;
  }

  private dispatch(): void {
    for (;;) {
      let chosen: { waiter: Waiter<S>; slot: Slot<S> } | null = null;
      const seenCallers = new Set<string>();
      for (const waiter of this.waiters) {
        // Only a caller's earliest startable request competes: its own requests keep their order.
        if (seenCallers.has(waiter.callerId) || !this.underCap(waiter.callerId)) continue;
        const slot = this.pickSlot(waiter.conversationId);
        if (!slot) continue;
        seenCallers.add(waiter.callerId);
        if (chosen === null || this.before(waiter, chosen.waiter)) chosen = { waiter, slot };
      }
      if (chosen === null) return;
      this.waiters.splice(this.waiters.indexOf(chosen.waiter), 1);
      chosen.waiter.cleanup();
      chosen.waiter.resolve(this.lease(chosen.slot, chosen.waiter));
    }
  }

  private lease(slot: Slot<S>, waiter: Waiter<S>): SequenceLease<S> {
    const evictedOwner = slot.owner !== null && slot.owner !== waiter.conversationId ? slot.owner : null;
    slot.owner = waiter.conversationId;
    slot.busy = true;
    this.grants += 1;
    const state = this.callerState(waiter.callerId);
    state.waiting -= 1;
    state.running += 1;
    state.lastGrant = this.grants;
    const leasedAt = this.now();
    let released = false;
    return {
      sequence: slot.sequence,
      evictedOwner,
      queueMs: leasedAt - waiter.enqueuedAt,
      ticket: { arrival: waiter.arrival, grantsAtArrival: waiter.grantsAtArrival, grant: this.grants },
      release: () => {
        if (released) return;
        released = true;
        slot.busy = false;
        slot.lastUsedAt = this.now();
        state.running -= 1;
        this.dropIfIdle(waiter.callerId);
        this.averageLeaseMs = this.averageLeaseMs * 0.8 + (slot.lastUsedAt - leasedAt) * 0.2;
        this.dispatch();
      },
    };
  }
}
