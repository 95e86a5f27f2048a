/** Generations in flight and how long they have gone without a new token. */
export interface GenerationProgressSnapshot {
  generating: number;
  quietForMs: number;
}

/**
 * When the sequences of an in-process engine last produced a token, so health can tell a busy engine
 * from a stuck one (a wedged native call, a hung GPU): the HTTP server of a stuck engine still answers.
 * Quiet time counts from the first generation of a busy spell: questions that keep arriving at a stuck
 * engine must not make it look alive. A prompt's prefill yields no token, so the limit that decides
 * (INFERENCE_STALL_LIMIT_MS) must exceed the longest prefill.
 */
export class GenerationProgress {
  private generating = 0;
  private lastProgressAt: number;

  constructor(private readonly now: () => number = () => performance.now()) {
    this.lastProgressAt = now();
  }

  begin(): void {
    if (this.generating++ === 0) this.lastProgressAt = this.now();
  }

  token(): void {
    this.lastProgressAt = this.now();
  }

  end(): void {
    this.generating = Math.max(0, this.generating - 1);
  }

  snapshot(): GenerationProgressSnapshot {
    return { generating: this.generating, quietForMs: this.generating === 0 ? 0 : this.now() - this.lastProgressAt };
  }
}

/** What health reports when generations have gone quiet for longer than `limitMs` (0 turns the check off). */
export function stalledGenerationProblem(progress: GenerationProgressSnapshot, limitMs: number): string | null {
  if (limitMs <= 0 || progress.generating === 0 || progress.quietForMs <= limitMs) return null;
  const answers = progress.generating === 1 ? '1 answer generates' : `${progress.generating} answers generate`;
  return `no token generated for ${Math.round(progress.quietForMs / 1000)} s while ${answers} (limit INFERENCE_STALL_LIMIT_MS=${limitMs})`;
}
