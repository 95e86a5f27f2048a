/**
 * Aho–Corasick automaton over UTF-16 code units: every pattern occurrence in one pass,
 * whatever the number of patterns. Payloads are opaque to the automaton.
 *
 * Storage is built for a dictionary of ~100k trie nodes: the root's children sit in a table
 * indexed by code unit and every other node keeps its children in a linked list of edges, all in
 * typed arrays that double as they fill — no object or Map per node, so building is cheap in time
 * and garbage. `build` lays the children out sorted per node and works out the failure links on
 * that layout, the one the scan reads.
 */
export interface AutomatonMatch<T> {
  /** Start offset in the searched string (inclusive). */
  readonly start: number;
  /** End offset (exclusive). */
  readonly end: number;
  readonly payloads: readonly T[];
}

/** Up to this many children (code, target pairs) a node's run is read in order; longer runs are halved. */
const LINEAR_RUN_UNITS = 16;

function grown(table: Int32Array<ArrayBuffer>, needed: number): Int32Array<ArrayBuffer> {
  if (needed <= table.length) return table;
  const larger = new Int32Array(Math.max(needed, table.length * 2));
  larger.set(table);
  return larger;
}

export class AhoCorasick<T> {
  /** The root's children by UTF-16 unit: one array read per character on the hot path. */
  private readonly rootChildren = new Int32Array(0x10000).fill(-1);
  private nodeCount = 1;
  // Per node, while patterns are added (capacity grows by doubling; `nodeCount` are in use).
  private firstEdge = new Int32Array(1024).fill(-1);
  private depth = new Int32Array(1024);
  /** Payloads of the pattern ending exactly at a node. */
  private readonly output: (T[] | null)[] = [null];
  // Per edge (non-root nodes only).
  private edgeCount = 0;
  private edgeCode = new Int32Array(1024);
  private edgeTarget = new Int32Array(1024);
  private edgeNext = new Int32Array(1024);
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
  /** After build: the next node on each node's dictionary-suffix chain (its failure chain) that ends a pattern, or -1. */
  private outputLinkTable = new Int32Array(0);
  private built = false;

  private childWhileAdding(node: number, code: number): number {
    if (node === 0) return this.rootChildren[code];
    const { firstEdge, edgeCode, edgeNext } = this;
    for (let edge = firstEdge[node]; edge !== -1; edge = edgeNext[edge]) {
      if (edgeCode[edge] === code) return this.edgeTarget[edge];
    }
    return -1;
  }

  private newNode(parentDepth: number): number {
    const node = this.nodeCount++;
    if (node >= this.firstEdge.length) {
      const capacity = this.firstEdge.length * 2;
      const firstEdge = new Int32Array(capacity).fill(-1);
      firstEdge.set(this.firstEdge);
      this.firstEdge = firstEdge;
      this.depth = grown(this.depth, capacity);
    }
    this.depth[node] = parentDepth + 1;
    this.output.push(null);
    return node;
  }

  private newEdge(parent: number, code: number, target: number): void {
    const edge = this.edgeCount++;
    if (edge >= this.edgeCode.length) {
      const capacity = this.edgeCode.length * 2;
      this.edgeCode = grown(this.edgeCode, capacity);
      this.edgeTarget = grown(this.edgeTarget, capacity);
      this.edgeNext = grown(this.edgeNext, capacity);
    }
    this.edgeCode[edge] = code;
    this.edgeTarget[edge] = target;
    this.edgeNext[edge] = this.firstEdge[parent];
    this.firstEdge[parent] = edge;
  }

  add(pattern: string, payload: T): void {
    if (this.built) throw new Error('AhoCorasick: cannot add patterns after build()');
    if (pattern.length === 0) return;
    let node = 0;
    for (let i = 0; i < pattern.length; i++) {
      const code = pattern.charCodeAt(i);
      let next = this.childWhileAdding(node, code);
      if (next === -1) {
        next = this.newNode(this.depth[node]);
        if (node === 0) this.rootChildren[code] = next;
        else this.newEdge(node, code, next);
      }
      node = next;
    }
    const existing = this.output[node];
    if (existing) existing.push(payload);
    else this.output[node] = [payload];
  }

  build(): this {
    const nodes = this.nodeCount;
    this.layOutChildren();
    const { rootChildren, nodeTable, children, output } = this;
    const outputLink = new Int32Array(nodes).fill(-1);
    // Breadth first, so a node's failure target (shallower) is settled before the node's children need it.
    const queue = new Int32Array(nodes);
    let tail = 0;
    for (let code = 0; code < rootChildren.length; code++) if (rootChildren[code] !== -1) queue[tail++] = rootChildren[code];
    for (let head = 0; head < tail; head++) {
      const node = queue[head];
      for (let at = nodeTable[node * 4], end = nodeTable[node * 4 + 1]; at < end; at += 2) {
        const code = children[at];
        const target = children[at + 1];
        let fallback = nodeTable[node * 4 + 2];
        let next = this.childAfterBuild(fallback, code);
        while (next === -1 && fallback !== 0) {
          fallback = nodeTable[fallback * 4 + 2];
          next = this.childAfterBuild(fallback, code);
        }
        const failNode = next === -1 || next === target ? 0 : next;
        nodeTable[target * 4 + 2] = failNode;
        outputLink[target] = output[failNode] ? failNode : outputLink[failNode];
        queue[tail++] = target;
      }
    }
    for (let node = 0; node < nodes; node++) nodeTable[node * 4 + 3] = output[node] ? node : outputLink[node];
    this.depthTable = this.depth.slice(0, nodes);
    this.outputLinkTable = outputLink;
    this.built = true;
    return this;
  }

  /** The child along `code` in the laid-out tables (root included), or -1. */
  private childAfterBuild(node: number, code: number): number {
    if (node === 0) return this.rootChildren[code];
    const { nodeTable, children } = this;
    let low = nodeTable[node << 2];
    let high = nodeTable[(node << 2) + 1];
    if (high - low <= LINEAR_RUN_UNITS) {
      for (; low < high; low += 2) if (children[low] === code) return children[low + 1];
      return -1;
    }
    low >>= 1;
    high >>= 1;
    while (low < high) {
      const middle = (low + high) >>> 1;
      const held = children[middle << 1];
      if (held === code) return children[(middle << 1) + 1];
      if (held < code) low = middle + 1;
      else high = middle;
    }
    return -1;
  }

  /** Fills each node's children run in `children`, sorted by code unit, and its range in `nodeTable`. */
  private layOutChildren(): void {
    const nodes = this.nodeCount;
    const { firstEdge, edgeCode, edgeTarget, edgeNext } = this;
    const nodeTable = new Int32Array(nodes * 4);
    const children = new Int32Array(this.edgeCount * 2);
    let at = 0;
    for (let node = 0; node < nodes; node++) {
      nodeTable[node * 4] = at;
      if (node !== 0) {
        // Each edge is put in place by code unit as it is read (a node has few children and each code once): no
        // pairs to allocate and sort.
        const runStart = at;
        for (let edge = firstEdge[node]; edge !== -1; edge = edgeNext[edge]) {
          const code = edgeCode[edge];
          let slot = at;
          while (slot > runStart && children[slot - 2] > code) {
            children[slot] = children[slot - 2];
            children[slot + 1] = children[slot - 1];
            slot -= 2;
          }
          children[slot] = code;
          children[slot + 1] = edgeTarget[edge];
          at += 2;
        }
      }
      nodeTable[node * 4 + 1] = at;
    }
    this.nodeTable = nodeTable;
    this.children = children;
  }

  get size(): number {
    return this.nodeCount;
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
        if (high - low <= LINEAR_RUN_UNITS) {
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
