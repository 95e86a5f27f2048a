export interface ThoughtMarker {
  open: string;
  close: string;
}

/** Longest first where one open marker is a prefix of another. */
export const DEFAULT_THOUGHT_MARKERS: readonly ThoughtMarker[] = [
  // MedGemma 1.5 thinking mode: `<unused94>thought\n…<unused95>answer`.
  { open: '<unused94>thought', close: '<unused95>' },
  { open: '<unused94>', close: '<unused95>' },
  { open: '<thought>', close: '</thought>' },
  { open: '<think>', close: '</think>' },
];

export type ParsedSegment = { type: 'thought' | 'answer'; delta: string };

/**
 * Pure streaming splitter of model output into thought and answer text. Chunks may cut a
 * marker anywhere; text that could still become a marker is held back until it can't.
 * Whitespace right after a marker (and at the very start) is dropped so segments start clean.
 */
export class ThoughtStreamParser {
  private buffer = '';
  private activeMarker: ThoughtMarker | null = null;
  private atSegmentStart = true;
  private thoughtSeen = false;
  private answerStarted = false;

  constructor(private readonly markers: readonly ThoughtMarker[] = DEFAULT_THOUGHT_MARKERS) {
    if (markers.length === 0 || markers.some((m) => m.open.length === 0 || m.close.length === 0)) {
      throw new Error('thought markers must be non-empty strings');
    }
  }

  get inThought(): boolean {
    return this.activeMarker !== null;
  }

  /** True once any thought segment was opened (closed or not). */
  get sawThought(): boolean {
    return this.thoughtSeen;
  }

  feed(chunk: string): ParsedSegment[] {
    this.buffer += chunk;
    const out: ParsedSegment[] = [];
    for (;;) {
      const found = this.findMarker();
      if (found.kind === 'none') {
        this.emit(out, this.buffer);
        this.buffer = '';
        return out;
      }
      this.emit(out, this.buffer.slice(0, found.index));
      if (found.kind === 'partial') {
        this.buffer = this.buffer.slice(found.index);
        return out;
      }
      this.buffer = this.buffer.slice(found.index + found.length);
      this.activeMarker = this.activeMarker ? null : found.marker;
      if (this.activeMarker) this.thoughtSeen = true;
      this.atSegmentStart = true;
    }
  }

  /** End of stream: held-back text was not a marker after all. */
  end(): ParsedSegment[] {
    const out: ParsedSegment[] = [];
    this.emit(out, this.buffer);
    this.buffer = '';
    return out;
  }

  private candidates(): { text: string; marker: ThoughtMarker }[] {
    if (this.activeMarker) return [{ text: this.activeMarker.close, marker: this.activeMarker }];
    // The model thinks first, then answers: a marker-like string inside the answer ("<think>" in
    // prose, a stray token) is answer text, never the start of a hidden thought.
    if (this.answerStarted || this.thoughtSeen) return [];
    return this.markers.map((marker) => ({ text: marker.open, marker }));
  }

  private findMarker(): { kind: 'none' } | { kind: 'partial'; index: number } | { kind: 'full'; index: number; length: number; marker: ThoughtMarker } {
    const candidates = this.candidates();
    if (candidates.length === 0) return { kind: 'none' };
    const buffer = this.buffer;
    for (let index = 0; index < buffer.length; index++) {
      if (!candidates.some((c) => c.text.charCodeAt(0) === buffer.charCodeAt(index))) continue;
      const rest = buffer.slice(index);
      let best: { length: number; marker: ThoughtMarker } | null = null;
      let couldGrow = false;
      for (const candidate of candidates) {
        if (rest.startsWith(candidate.text)) {
          if (!best || candidate.text.length > best.length) best = { length: candidate.text.length, marker: candidate.marker };
        } else if (candidate.text.startsWith(rest)) {
          couldGrow = true;
        }
      }
      // A longer marker might still complete here (`<unused94>` vs `<unused94>thought`): wait.
      if (couldGrow) return { kind: 'partial', index };
      if (best) return { kind: 'full', index, ...best };
    }
    return { kind: 'none' };
  }

  private emit(out: ParsedSegment[], text: string): void {
    let delta = text;
    if (this.atSegmentStart) {
      delta = delta.replace(/^\s+/, '');
      if (delta.length === 0) return;
      this.atSegmentStart = false;
    }
    if (delta.length === 0) return;
    const type = this.activeMarker ? 'thought' : 'answer';
    if (type === 'answer') this.answerStarted = true;
    const last = out[out.length - 1];
    if (last && last.type === type) last.delta += delta;
    else out.push({ type, delta });
  }
}
