import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import { join } from 'node:path';
import { createLocalEngine, type LocalInferenceEngine } from '@medlocal/inference';
import { BENCH_PROMPT, ensureThroughputModel, RawLlamaRunner, runEngine, type BenchSetup } from './inference-engine.bench';

/**
 * bench:inference divides the engine's tokens per second by raw node-llama-cpp's: the quotient means something only if
 * both generated the same tokens. On a model that can sample end-of-turn, raw and engine streams ended at different
 * lengths (4 raw streams 228 tokens in all, the engine's 626), and the shorter runs read as faster.
 */
describe('bench:inference compares equal work', () => {
  let dir: string;
  let raw: RawLlamaRunner | undefined;
  let engine: LocalInferenceEngine | undefined;

  beforeAll(async () => {
    dir = await mkdtemp(join(os.tmpdir(), 'medlocal-bench-inference-'));
  });

  afterAll(async () => {
    await raw?.close();
    await engine?.dispose();
    await rm(dir, { recursive: true, force: true });
  });

  it('every raw and every engine stream runs to its token limit, alone and four at a time', async () => {
    const modelPath = await ensureThroughputModel(dir);
    const setup: BenchSetup = {
      modelPath,
      threads: 1,
      contextSize: 2048,
      maxTokens: 256,
      seed: 2,
      messages: BENCH_PROMPT,
    };
    raw = await RawLlamaRunner.create(setup, 4);
    engine = await createLocalEngine({ modelPath, gpu: false, threads: 1, parallel: 4, contextSize: 2048 });
    for (const streams of [1, 4, 4]) {
      expect((await raw.generate(setup, streams)).generatedTokens).toBe(streams * setup.maxTokens);
      expect((await runEngine(engine, setup, streams)).generatedTokens).toBe(streams * setup.maxTokens);
    }
  });
});
