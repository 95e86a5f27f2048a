/**
 * Aho–Corasick automaton over UTF-16 code units: every pattern occurrence in one pass,
 * whatever the number of patterns. Payloads are opaque to the automaton.
 *
 * Storage is built for a dictionary of ~100k trie nodes: the root's children sit in a table
 * indexed by code unit, the few nodes with many children get a Map, and every other node
 * keeps its children in a linked list of edges held in flat arrays — no Map per node, so
 * building is cheap in time and garbage.
 */
export interface AutomatonMatch<T> {
  /** Start offset in the searched string (inclusive). */
  readonly start: number;
  /** End offset (exclusive). */
  readonly end: number;
  readonly payloads: readonly T[];
}

const WIDE_NODE_CHILDREN = 4;

export class AhoCorasick<T> {
  /** The root's children by UTF-16 unit: one array read per character on the hot path. */
  private readonly rootChildren = new Int32Array(0x10000).fill(-1);
  // Per node.
  private readonly firstEdge: number[] = [-1];
  private readonly failure: number[] = [0];
  private readonly depth: number[] = [0];
  /** Nearest node on the failure chain that ends a pattern (dictionary suffix link). */
  private readonly outputLink: number[] = [-1];
  /** Payloads of the pattern ending exactly at a node. */
  private readonly output: (T[] | null)[] = [null];
  // Per edge (non-root nodes only).
  private readonly edgeCode: number[] = [];
  private readonly edgeTarget: number[] = [];
  private readonly edgeNext: number[] = [];
  /** After build: a Map for the few nodes with many children (common first characters). */
  private wideChildren: (Map<number, number> | null)[] = [];
  /**
   * After build: every non-root edge in one open-addressing table (linear probing, at most half full),
   * so a scan step is a multiply and a probe or two instead of a list walk or a Map lookup.
   */
  private edgeTableNode = new Int32Array(0);
  private edgeTableCode = new Int32Array(0);
  private edgeTableTarget = new Int32Array(0);
  private edgeTableShift = 32;
  private built = false;

  private child(node: number, code: number): number {
    if (node === 0) return this.rootChildren[code];
    const wide = this.wideChildren[node];
    if (wide !== null && wide !== undefined) return wide.get(code) ?? -1;
    for (let edge = this.firstEdge[node]; edge !== -1; edge = this.edgeNext[edge]) {
      if (this.edgeCode[edge] === code) return this.edgeTarget[edge];
    }
    return -1;
  }

  private newNode(parentDepth: number): number {
    const node = this.firstEdge.length;
    this.firstEdge.push(-1);
    this.failure.push(0);
    this.depth.push(parentDepth + 1);
    this.outputLink.push(-1);
    this.output.push(null);
    return node;
  }

  add(pattern: string, payload: T): void {
    if (this.built) throw new Error('AhoCorasick: cannot add patterns after build()');
    if (pattern.length === 0) return;
    let node = 0;
    for (let i = 0; i < pattern.length; i++) {
      const code = pattern.charCodeAt(i);
      let next = this.child(node, code);
      if (next === -1) {
        next = this.newNode(this.depth[node]);
        if (node === 0) this.rootChildren[code] = next;
        else {
          this.edgeCode.push(code);
          this.edgeTarget.push(next);
          this.edgeNext.push(this.firstEdge[node]);
          this.firstEdge[node] = this.edgeCode.length - 1;
        }
      }
      node = next;
    }
    const existing = this.output[node];
    if (existing) existing.push(payload);
    else this.output[node] = [payload];
  }

  build(): this {
    this.wideChildren = new Array<Map<number, number> | null>(this.firstEdge.length).fill(null);
    for (let node = 1; node < this.firstEdge.length; node++) {
      let count = 0;
      for (let edge = this.firstEdge[node]; edge !== -1; edge = this.edgeNext[edge]) count++;
      if (count > WIDE_NODE_CHILDREN) {
        const children = new Map<number, number>();
        for (let edge = this.firstEdge[node]; edge !== -1; edge = this.edgeNext[edge]) {
          children.set(this.edgeCode[edge], this.edgeTarget[edge]);
        }
        this.wideChildren[node] = children;
      }
    }
    const queue: number[] = [...this.rootChildren].filter((child) => child !== -1);
    for (let head = 0; head < queue.length; head++) {
      const node = queue[head];
      for (let edge = this.firstEdge[node]; edge !== -1; edge = this.edgeNext[edge]) {
        const code = this.edgeCode[edge];
        const target = this.edgeTarget[edge];
        let fallback = this.failure[node];
        let next = this.child(fallback, code);
        while (next === -1 && fallback !== 0) {
          fallback = this.failure[fallback];
          next = this.child(fallback, code);
        }
        const failNode = next === -1 || next === target ? 0 : next;
        this.failure[target] = failNode;
        this.outputLink[target] = this.output[failNode] ? failNode : this.outputLink[failNode];
        queue.push(target);
      }
    }
    this.buildEdgeTable();
    this.built = true;
    return this;
  }

  private buildEdgeTable(): void {
    let bits = 1;
    while (1 << bits < this.edgeCode.length * 2) bits++;
    this.edgeTableShift = 32 - bits;
    this.edgeTableNode = new Int32Array(1 << bits).fill(-1);
    this.edgeTableCode = new Int32Array(1 << bits);
    this.edgeTableTarget = new Int32Array(1 << bits);
    const mask = (1 << bits) - 1;
    for (let node = 1; node < this.firstEdge.length; node++) {
      for (let edge = this.firstEdge[node]; edge !== -1; edge = this.edgeNext[edge]) {
        let slot = this.edgeSlot(node, this.edgeCode[edge]);
        while (this.edgeTableNode[slot] !== -1) slot = (slot + 1) & mask;
        this.edgeTableNode[slot] = node;
        this.edgeTableCode[slot] = this.edgeCode[edge];
        this.edgeTableTarget[slot] = this.edgeTarget[edge];
      }
    }
  }

  private edgeSlot(node: number, code: number): number {
    return Math.imul(Math.imul(node, 0x9e3779b1) ^ code, 0x85ebca6b) >>> this.edgeTableShift;
  }

  /** The child of a built automaton's node along `code`, or -1 (the scan's lookup). */
  private transition(node: number, code: number): number {
    if (node === 0) return this.rootChildren[code];
    const mask = this.edgeTableNode.length - 1;
    for (let slot = this.edgeSlot(node, code); ; slot = (slot + 1) & mask) {
      const held = this.edgeTableNode[slot];
      if (held === -1) return -1;
      if (held === node && this.edgeTableCode[slot] === code) return this.edgeTableTarget[slot];
    }
  }

  get size(): number {
    return this.firstEdge.length;
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
      let next = this.transition(node, code);
      while (next === -1 && node !== 0) {
        node = this.failure[node];
        next = this.transition(node, code);
      }
      node = next === -1 ? 0 : next;
      let hit = this.output[node] ? node : this.outputLink[node];
      while (hit > 0) {
        onMatch(i + 1 - this.depth[hit], i + 1, this.output[hit] ?? []);
        hit = this.outputLink[hit];
      }
    }
  }
}
