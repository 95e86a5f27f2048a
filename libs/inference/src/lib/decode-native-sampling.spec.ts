import { ensureDemoModel } from '@medlocal/demo-model';
import { collectInferenceEvents } from './collect-inference-events.util';
import type { LocalInferenceEngine } from './local-inference.engine';
import { nativeContextOf, streamFixedLengthAnswers, watchNativeCalls } from './testing/decode-batches.fixture';
import { createDemoEngine, fixedLengthAnswer, withDemoModelDir } from './testing/demo-engine.fixture';

const STREAMS = 4;
const ANSWER_TOKENS = 24;

interface SamplingCalls {
  /** node-llama-cpp's own path: one pool job to decode, then one per sequence to sample. */
  sampleToken: number;
  /** MedLocal's patch: decode and sample in one pool job. */
  decodeBatchAndSample: number;
}

/** Counts, from now on, the native calls that sample an engine's next tokens. */
function countSamplingCalls(engine: LocalInferenceEngine): SamplingCalls {
  const calls: SamplingCalls = { sampleToken: 0, decodeBatchAndSample: 0 };
  for (const method of ['sampleToken', 'decodeBatchAndSample'] as const) watchNativeCalls(engine, method, () => (calls[method] += 1));
  return calls;
}

/** Makes the engine's bindings look like node-llama-cpp's prebuilt ones, which cannot sample inside a decode. */
function withoutNativeSampling(engine: LocalInferenceEngine): void {
  Object.defineProperty(nativeContextOf(engine), 'decodeBatchAndSample', { value: undefined, configurable: true });
}

async function answersOneAtATime(engine: LocalInferenceEngine): Promise<string[]> {
  const answers: string[] = [];
  for (const seed of [1, 2, 3]) {
    const collected = await collectInferenceEvents({ events: fixedLengthAnswer(engine, `Case ${seed}: explain the anion gap`, ANSWER_TOKENS, seed) });
    answers.push(`${collected.thought}|${collected.answer}`);
  }
  return answers;
}

/**
 * Issue 23: node-llama-cpp sampled each generated token in a pool job of its own after the decode's, so every token
 * crossed between the event loop and the pool twice per step; on a two-core server each crossing waited for the
 * cores llama.cpp's threads held (single-stream decode 0.86–0.91 of llama-server at two threads). The native build
 * carries a patched addon that samples on the thread that decoded (patches/node-llama-cpp+3.21.1.patch).
 */
describe('the next tokens are sampled inside the decode call', () => {
  let modelDir: Awaited<ReturnType<typeof withDemoModelDir>>;
  const engines: LocalInferenceEngine[] = [];

  beforeAll(async () => {
    modelDir = await withDemoModelDir(ensureDemoModel);
  });
  afterAll(async () => {
    for (const engine of engines) await engine.dispose();
    await modelDir?.cleanup();
  });

  async function engineWith(parallel: number): Promise<LocalInferenceEngine> {
    const engine = await createDemoEngine(modelDir.modelPath, { parallel, queueMax: parallel, contextSize: 2048 });
    engines.push(engine);
    return engine;
  }

  it('samples every streaming answer in the decode call on the native build, none in a job of its own', async () => {
    const engine = await engineWith(STREAMS);
    const status = await engine.getStatus();
    // The install compiles the native build wherever a compiler is present (CI and every README set-up); a host
    // without one runs the prebuilt binaries, which keep node-llama-cpp's own path.
    if (status.inferenceRuntime?.build !== 'native') {
      expect(typeof (nativeContextOf(engine) as unknown as Record<string, unknown>)['decodeBatchAndSample']).not.toBe('function');
      return;
    }
    const calls = countSamplingCalls(engine);
    const answers = await streamFixedLengthAnswers(engine, STREAMS, ANSWER_TOKENS);
    for (const answer of answers) expect(answer.done?.finishReason).toBe('length');
    expect(calls.sampleToken).toBe(0);
    // One call per decode step: at least one per generated token of the longest answer, at most one per token in all.
    expect(calls.decodeBatchAndSample).toBeGreaterThanOrEqual(ANSWER_TOKENS);
    expect(calls.decodeBatchAndSample).toBeLessThanOrEqual(STREAMS * (ANSWER_TOKENS + 2));
  });

  it('writes the same answers, token for token, as sampling in jobs of their own', async () => {
    const native = await engineWith(1);
    const separate = await engineWith(1);
    withoutNativeSampling(separate);
    const calls = countSamplingCalls(separate);
    const separateAnswers = await answersOneAtATime(separate);
    expect(calls.sampleToken).toBeGreaterThanOrEqual(3 * ANSWER_TOKENS);
    expect(await answersOneAtATime(native)).toEqual(separateAnswers);
  });
});
