import { ensureDemoModel } from '@medlocal/demo-model';
import { collectInferenceEvents } from './collect-inference-events.util';
import type { LocalInferenceEngine } from './local-inference.engine';
import { nativeContextOf } from './testing/decode-batches.fixture';
import { fixedLengthAnswer, useDemoEngine } from './testing/demo-engine.fixture';

const ANSWER_TOKENS = 24;

type NativeSamplerClass = new (...args: never[]) => { applyConfig(config: unknown): unknown };

/**
 * Counts, until `restore`, how often any new sampler's settings are handed to the addon: node-llama-cpp makes each
 * evaluation's sampler from its bindings' class, which is swapped for a counting subclass meanwhile (the addon's own
 * methods cannot be replaced).
 */
function countSettingsApplied(engine: LocalInferenceEngine): { calls: () => number; restore: () => void } {
  const bindings = (engine as unknown as { llama: { _bindings: { AddonSampler: NativeSamplerClass } } }).llama._bindings;
  const original = bindings.AddonSampler;
  let calls = 0;
  bindings.AddonSampler = class extends original {
    override applyConfig(config: unknown): unknown {
      calls += 1;
      return super.applyConfig(config);
    }
  };
  return { calls: () => calls, restore: () => void (bindings.AddonSampler = original) };
}

function answer(engine: LocalInferenceEngine, seed: number | undefined) {
  return collectInferenceEvents({ events: fixedLengthAnswer(engine, `Case ${seed ?? 'unseeded'}: explain the anion gap`, ANSWER_TOKENS, seed) });
}

/**
 * Issue 23: node-llama-cpp resolved an answer's sampler settings and handed them to the addon (some twenty properties
 * read through N-API) once per generated token, on the event loop between two decode steps, though none of them
 * changes during an answer. With two llama.cpp threads on a two-core server every microsecond there is taken from a
 * decode step. They are handed over once per evaluation now (patches/node-llama-cpp+3.21.1.patch); an answer asked
 * without a seed gets one of its own, so it is no exception (node-llama-cpp re-seeds those each second, as a token's
 * settings were re-read each time).
 */
describe("an answer's sampler settings are handed to llama.cpp once, not once per token", () => {
  const SETTINGS = { parallel: 1, queueMax: 1, contextSize: 2048 } as const;
  const engine = useDemoEngine(ensureDemoModel, SETTINGS);
  const separate = useDemoEngine(ensureDemoModel, SETTINGS);

  // The answer's grammar starts once the thought has closed: two evaluations per answer, each applying its settings.
  const EVALUATIONS_PER_ANSWER = 2;

  it.each([
    ['with a seed', 7],
    ['without a seed', undefined],
  ])('%s', async (_label, seed) => {
    const counter = countSettingsApplied(engine());
    try {
      const collected = await answer(engine(), seed);
      expect(collected.done?.finishReason).toBe('length');
      expect(collected.done?.usage.generatedTokens).toBe(ANSWER_TOKENS);
      expect(counter.calls()).toBeGreaterThanOrEqual(1);
      expect(counter.calls()).toBeLessThanOrEqual(EVALUATIONS_PER_ANSWER);
    } finally {
      counter.restore();
    }
  });

  it('writes the same answer for a seed on both sampling paths', async () => {
    const nativePath = await answer(engine(), 11);
    // The path of node-llama-cpp's prebuilt bindings: one sampling job per token, not inside the decode call.
    Object.defineProperty(nativeContextOf(separate()), 'decodeBatchAndSample', { value: undefined, configurable: true });
    const counter = countSettingsApplied(separate());
    try {
      const separatePath = await answer(separate(), 11);
      expect(counter.calls()).toBeLessThanOrEqual(EVALUATIONS_PER_ANSWER);
      expect(`${separatePath.thought}|${separatePath.answer}`).toBe(`${nativePath.thought}|${nativePath.answer}`);
    } finally {
      counter.restore();
    }
  });
});
