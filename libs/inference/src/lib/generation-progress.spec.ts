import { GenerationProgress, stalledGenerationProblem } from './generation-progress';

describe('GenerationProgress', () => {
  let now = 1_000;
  const progress = () => new GenerationProgress({ now: () => now });

  it('is quiet for no time while nothing generates, however long the engine has idled', () => {
    const watch = progress();
    now += 600_000;
    expect(watch.snapshot()).toEqual({ generating: 0, quietForMs: 0 });
  });

  it('counts quiet time from the first generation of a busy spell, not from each new one', () => {
    const watch = progress();
    watch.begin();
    now += 40_000;
    // Questions keep arriving at a stuck engine: each must not make it look alive again.
    watch.begin();
    now += 40_000;
    expect(watch.snapshot()).toEqual({ generating: 2, quietForMs: 80_000 });
  });

  it('restarts the quiet time at every token', () => {
    const watch = progress();
    watch.begin();
    now += 30_000;
    watch.token();
    now += 5_000;
    expect(watch.snapshot()).toEqual({ generating: 1, quietForMs: 5_000 });
    watch.end();
    expect(watch.snapshot()).toEqual({ generating: 0, quietForMs: 0 });
  });
});

describe("GenerationProgress with the engine's work counter", () => {
  it('counts every batch of a long prompt as progress, and stops counting when batches stop', () => {
    let now = 0;
    let handed = 0;
    const watch = new GenerationProgress({ now: () => now, work: () => handed });
    watch.begin();
    // A 4,000-token prompt prefilled in batches of 512, 50 s each on a slow CPU: no token for minutes, yet moving.
    for (let batch = 0; batch < 8; batch++) {
      now += 50_000;
      handed += 512;
      expect(watch.snapshot()).toEqual({ generating: 1, quietForMs: 0 });
    }
    now += 130_000;
    expect(watch.snapshot()).toEqual({ generating: 1, quietForMs: 130_000 });
  });
});

describe('stalledGenerationProblem', () => {
  it('names a stall past the limit, with the answers it holds', () => {
    expect(stalledGenerationProblem({ generating: 3, quietForMs: 125_000 }, 120_000)).toBe(
      'the engine has moved no answer (no token, no prompt batch) for 125 s while 3 answers generate (limit INFERENCE_STALL_LIMIT_MS=120000)',
    );
  });

  it('says nothing of a busy engine within the limit, an idle one, or a disabled watchdog', () => {
    expect(stalledGenerationProblem({ generating: 3, quietForMs: 119_000 }, 120_000)).toBeNull();
    expect(stalledGenerationProblem({ generating: 0, quietForMs: 0 }, 120_000)).toBeNull();
    expect(stalledGenerationProblem({ generating: 1, quietForMs: 10_000_000 }, 0)).toBeNull();
  });
});
