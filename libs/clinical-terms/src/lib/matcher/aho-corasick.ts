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
   * After build, four units per node, read together on every scan step (one cache line, not four):
   * where its children start and end in `children`, its failure link, and the first node on its
   * dictionary-suffix chain (itself included) that ends a pattern, or -1.
   */
  private nodeTable = new Int32Array(4);
  /**
   * After build: every non-root node's children in one flat run of (code unit, target) pairs, sorted by
   * code unit. Nodes of one pattern are numbered in a row, so a scan walking down a word reads
   * neighbouring entries instead of scattered hash slots.
   */
  private children = new Int32Array(0);
  private depthTable = new Int32Array(0);
  private outputLinkTable = new Int32Array(0);
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
    this.buildNodeTable();
    this.depthTable = Int32Array.from(this.depth);
    this.outputLinkTable = Int32Array.from(this.outputLink);
    this.built = true;
    return this;
  }

  private buildNodeTable(): void {
    const nodes = this.firstEdge.length;
    const nodeTable = new Int32Array(nodes * 4);
    const children = new Int32Array(this.edgeCode.length * 2);
    const pairs: number[] = [];
    let at = 0;
    for (let node = 0; node < nodes; node++) {
      nodeTable[node * 4] = at;
      if (node !== 0) {
        const only = this.firstEdge[node];
        if (only !== -1 && this.edgeNext[only] === -1) {
          // One child (most nodes): nothing to sort.
          children[at] = this.edgeCode[only];
          children[at + 1] = this.edgeTarget[only];
          at += 2;
        } else if (only !== -1) {
          pairs.length = 0;
          for (let edge = only; edge !== -1; edge = this.edgeNext[edge]) pairs.push(this.edgeCode[edge] * 0x100000000 + this.edgeTarget[edge]);
          pairs.sort((x, y) => x - y);
          for (const pair of pairs) {
            children[at] = Math.floor(pair / 0x100000000);
            children[at + 1] = pair % 0x100000000;
            at += 2;
          }
        }
      }
      nodeTable[node * 4 + 1] = at;
      nodeTable[node * 4 + 2] = this.failure[node];
      nodeTable[node * 4 + 3] = this.output[node] ? node : this.outputLink[node];
    }
    this.nodeTable = nodeTable;
    this.children = children;
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
    // The tables in locals: this loop runs once per character of every text.
    const { rootChildren, nodeTable, children, depthTable, outputLinkTable, output } = this;
    const length = text.length;
    let node = 0;
    for (let i = 0; i < length; i++) {
      const code = text.charCodeAt(i);
      let next = -1;
      for (;;) {
        if (node === 0) {
          next = rootChildren[code];
          break;
        }
        // The child along `code`: up to eight children are read in order, more are halved.
        let low = nodeTable[node << 2];
        let high = nodeTable[(node << 2) + 1];
        if (high - low <= 16) {
          for (; low < high; low += 2) {
            if (children[low] === code) {
              next = children[low + 1];
              break;
            }
          }
        } else {
          low >>= 1;
          high >>= 1;
          while (low < high) {
            const middle = (low + high) >>> 1;
            const held = children[middle << 1];
            if (held === code) {
              next = children[(middle << 1) + 1];
              break;
            }
            if (held < code) low = middle + 1;
            else high = middle;
          }
        }
        if (next !== -1) break;
        node = nodeTable[(node << 2) + 2];
      }
      node = next === -1 ? 0 : next;
      let hit = nodeTable[(node << 2) + 3];
      while (hit > 0) {
        onMatch(i + 1 - depthTable[hit], i + 1, output[hit] ?? []);
        hit = outputLinkTable[hit];
      }
    }
  }
}
