/** Generations in flight and how long they have gone without moving (a token, a new batch of a prompt). */
export interface GenerationProgressSnapshot {
  generating: number;
  quietForMs: number;
}

export interface GenerationProgressOptions {
  now?: () => number;
  /**
   * Tokens llama.cpp has been handed so far (prompt and generated): it grows with every batch a long prompt's prefill
   * is cut into, so prefill counts as progress wherever the engine can report it.
   */
  work?: () => number;
}

/**
 * When the generations of an in-process engine last moved (a token, or a new batch of a prompt), so health can tell a
 * busy engine from a stuck one (a wedged native call, a hung GPU): the HTTP server of a stuck engine still answers.
 * Quiet time counts from the first generation of a busy spell: questions that keep arriving at a stuck engine must
 * not make it look alive.
 */
export class GenerationProgress {
  private generating = 0;
  private lastProgressAt: number;
  private lastWork: number | undefined;
  private readonly now: () => number;
  private readonly work: (() => number) | undefined;

  constructor(options: GenerationProgressOptions = {}) {
    this.now = options.now ?? (() => performance.now());
    this.work = options.work;
    this.lastProgressAt = this.now();
  }

  begin(): void {
    if (this.generating++ === 0) {
      this.lastProgressAt = this.now();
      this.lastWork = this.work?.();
    }
  }

  token(): void {
    this.lastProgressAt = this.now();
  }

  end(): void {
    this.generating = Math.max(0, this.generating - 1);
  }

  snapshot(): GenerationProgressSnapshot {
    if (this.generating === 0) return { generating: 0, quietForMs: 0 };
    const work = this.work?.();
    if (work !== this.lastWork) {
      this.lastWork = work;
      this.lastProgressAt = this.now();
    }
    return { generating: this.generating, quietForMs: this.now() - this.lastProgressAt };
  }
}

/** What health reports when generations have gone quiet for longer than `limitMs` (0 turns the check off). */
export function stalledGenerationProblem(progress: GenerationProgressSnapshot, limitMs: number): string | null {
  if (limitMs <= 0 || progress.generating === 0 || progress.quietForMs <= limitMs) return null;
  const answers = progress.generating === 1 ? '1 answer generates' : `${progress.generating} answers generate`;
  return `the engine has moved no answer (no token, no prompt batch) for ${Math.round(progress.quietForMs / 1000)} s while ${answers} (limit INFERENCE_STALL_LIMIT_MS=${limitMs})`;
}
