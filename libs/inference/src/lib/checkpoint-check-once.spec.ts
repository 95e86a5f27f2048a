import { ensureDemoModel } from '@medlocal/demo-model';
import { collectInferenceEvents } from './collect-inference-events.util';
import type { LocalInferenceEngine } from './local-inference.engine';
import { fixedLengthAnswer, useDemoEngine } from './testing/demo-engine.fixture';

const ANSWER_TOKENS = 24;

/** Counts, until `restore`, how often node-llama-cpp reads whether the engine's model architecture is hybrid (an addon call). */
function countArchitectureQueries(engine: LocalInferenceEngine): { calls: () => number; restore: () => void } {
  const insights = (engine as unknown as { model: { fileInsights: object } }).model.fileInsights;
  const prototype = Object.getPrototypeOf(insights) as object;
  const original = Object.getOwnPropertyDescriptor(prototype, 'isHybrid') as PropertyDescriptor;
  let calls = 0;
  Object.defineProperty(prototype, 'isHybrid', {
    ...original,
    get(this: object) {
      calls += 1;
      return original.get?.call(this);
    },
  });
  return { calls: () => calls, restore: () => Object.defineProperty(prototype, 'isHybrid', original) };
}

/**
 * Issue 23: after every decode step node-llama-cpp checks whether the sequence needs an interval checkpoint, and each
 * check asked the addon about the model's architecture through N-API (hybrid? recurrent?), on the event loop between
 * two decode steps. The model does not change under a sequence: the answer is worked out once per sequence now
 * (patches/node-llama-cpp+3.21.1.patch).
 */
describe('a sequence works out once whether it needs checkpoints, not after every decode step', () => {
  const engine = useDemoEngine(ensureDemoModel, { parallel: 1, queueMax: 1, contextSize: 2048 });

  it('asks about the architecture at most once for a whole answer', async () => {
    const counter = countArchitectureQueries(engine());
    try {
      const collected = await collectInferenceEvents({ events: fixedLengthAnswer(engine(), 'Explain the anion gap', ANSWER_TOKENS, 3) });
      expect(collected.done?.usage.generatedTokens).toBe(ANSWER_TOKENS);
      expect(counter.calls()).toBeLessThanOrEqual(1);
    } finally {
      counter.restore();
    }
  });
});
