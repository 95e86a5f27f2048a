/**
 * Aho–Corasick automaton over UTF-16 code units: every pattern occurrence in one pass,
 * whatever the number of patterns. Payloads are opaque to the automaton.
 */
export interface AutomatonMatch<T> {
  /** Start offset in the searched string (inclusive). */
  readonly start: number;
  /** End offset (exclusive). */
  readonly end: number;
  readonly payloads: readonly T[];
}

export class AhoCorasick<T> {
  private readonly children: Map<number, number>[] = [new Map()];
  private readonly failure: number[] = [0];
  /** Payloads of the pattern ending exactly at a node. */
  private readonly output: (T[] | null)[] = [null];
  private readonly depth: number[] = [0];
  /** Nearest node on the failure chain that ends a pattern (dictionary suffix link). */
  private readonly outputLink: number[] = [-1];
  private built = false;

  add(pattern: string, payload: T): void {
    if (this.built) throw new Error('AhoCorasick: cannot add patterns after build()');
    if (pattern.length === 0) return;
    let node = 0;
    for (let i = 0; i < pattern.length; i++) {
      const code = pattern.charCodeAt(i);
      let next = this.children[node].get(code);
      if (next === undefined) {
        next = this.children.length;
        this.children.push(new Map());
        this.failure.push(0);
        this.output.push(null);
        this.depth.push(this.depth[node] + 1);
        this.outputLink.push(-1);
        this.children[node].set(code, next);
      }
      node = next;
    }
    const existing = this.output[node];
    if (existing) existing.push(payload);
    else this.output[node] = [payload];
  }

  build(): this {
    const queue: number[] = [];
    for (const child of this.children[0].values()) {
      this.failure[child] = 0;
      queue.push(child);
    }
    for (let head = 0; head < queue.length; head++) {
      const node = queue[head];
      for (const [code, child] of this.children[node]) {
        let fallback = this.failure[node];
        while (fallback !== 0 && !this.children[fallback].has(code)) fallback = this.failure[fallback];
        const target = this.children[fallback].get(code);
        this.failure[child] = target !== undefined && target !== child ? target : 0;
        const failNode = this.failure[child];
        this.outputLink[child] = this.output[failNode] ? failNode : this.outputLink[failNode];
        queue.push(child);
      }
    }
    this.built = true;
    return this;
  }

  get size(): number {
    return this.children.length;
  }

  /** Calls `onMatch` for every occurrence, in order of end offset. */
  scan(text: string, onMatch: (match: AutomatonMatch<T>) => void): void {
    this.scanEach(text, (start, end, payloads) => onMatch({ start, end, payloads }));
  }

  /** As `scan`, without allocating a match object per occurrence (the hot path). */
  scanEach(text: string, onMatch: (start: number, end: number, payloads: readonly T[]) => void): void {
    if (!this.built) this.build();
    let node = 0;
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      let next = this.children[node].get(code);
      while (next === undefined && node !== 0) {
        node = this.failure[node];
        next = this.children[node].get(code);
      }
      node = next ?? 0;
      let hit = this.output[node] ? node : this.outputLink[node];
      while (hit > 0) {
        onMatch(i + 1 - this.depth[hit], i + 1, this.output[hit] ?? []);
        hit = this.outputLink[hit];
      }
    }
  }
}
