interface Span {
  readonly startMs: number;
  endMs?: number;
}

export interface StartupSummary {
  /** Phase → milliseconds it took, in the order the phases began; phases that ran side by side overlap. */
  readonly phases: Record<string, number>;
  /** From the process starting to the last phase's end. */
  readonly totalMs: number;
}

/**
 * Where one start-up's time went, phase by phase, in milliseconds since the process started
 * (`performance.now()`), logged once when the API first answers healthy. Phases are named by the
 * code that runs them (`database.start`, `model.load`, …), so the log reads as the start-up did.
 */
export class StartupTimings {
  private readonly spans = new Map<string, Span>();
  private readonly details = new Map<string, string>();

  constructor(private readonly now: () => number = () => performance.now()) {}

  begin(phase: string): void {
    this.spans.set(phase, { startMs: this.now() });
  }

  end(phase: string): void {
    const span = this.spans.get(phase);
    if (span && span.endMs === undefined) span.endMs = this.now();
  }

  /** A phase that ran before anything could time it, such as Node loading the bundle. */
  record(phase: string, startMs: number, endMs: number): void {
    this.spans.set(phase, { startMs, endMs });
  }

  async measure<T>(phase: string, work: () => Promise<T> | T): Promise<T> {
    this.begin(phase);
    try {
      return await work();
    } finally {
      this.end(phase);
    }
  }

  /** A detail the log names beside the phases, such as how the embedded database was made ready. */
  note(key: string, value: string): void {
    this.details.set(key, value);
  }

  notes(): Record<string, string> {
    return Object.fromEntries(this.details);
  }

  summary(): StartupSummary {
    const ended = [...this.spans.entries()]
      .filter((entry): entry is [string, Required<Span>] => entry[1].endMs !== undefined)
      .sort((a, b) => a[1].startMs - b[1].startMs);
    return {
      phases: Object.fromEntries(ended.map(([phase, span]) => [phase, Math.round(span.endMs - span.startMs)])),
      totalMs: Math.round(Math.max(0, ...ended.map(([, span]) => span.endMs))),
    };
  }
}

/** The process's one start-up; the modules that start things time their part on it. */
export const startupTimings = new StartupTimings();
