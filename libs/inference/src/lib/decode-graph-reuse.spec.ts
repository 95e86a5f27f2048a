import { ensureDemoModel } from '@medlocal/demo-model';
import type { LlamaLogLevel } from 'node-llama-cpp' with { 'resolution-mode': 'import' };
import type { LocalInferenceEngine } from './local-inference.engine';
import { countTokensPerDecode, streamFixedLengthAnswers, nativeContextOf } from './testing/decode-batches.fixture';
import { useDemoEngine } from './testing/demo-engine.fixture';

const PARALLEL = 4;
/** Every answer is cut at the same token count: its grammar asks for far more characters than that. */
const ANSWER_TOKENS = 48;
const REUSED_LINE = /graphs reused\s*=\s*(\d+)/;

interface EngineLlama {
  llama: { logLevel: LlamaLogLevel; logger: (level: LlamaLogLevel, message: string) => void };
}

/** llama.cpp's count of decodes that ran on the previous compute graph instead of building one, since the last call. */
async function takeGraphReuses(engine: LocalInferenceEngine): Promise<number> {
  const { llama } = engine as unknown as EngineLlama;
  const { LlamaLogLevel } = await import('node-llama-cpp');
  const logLevel = llama.logLevel;
  const logger = llama.logger;
  let reused: number | null = null;
  llama.logger = (_level, message) => {
    const match = REUSED_LINE.exec(message);
    if (match) reused = Number(match[1]);
  };
  llama.logLevel = LlamaLogLevel.info;
  try {
    // Counted even without performanceTracking; printing resets the count.
    nativeContextOf(engine).printTimings();
    // Native log lines reach JavaScript asynchronously.
    for (let turn = 0; reused === null && turn < 200; turn++) await new Promise((resolve) => setTimeout(resolve, 10));
  } finally {
    llama.logLevel = logLevel;
    llama.logger = logger;
  }
  if (reused === null) throw new Error('llama.cpp printed no "graphs reused" count');
  return reused;
}

/**
 * Issue 23: llama.cpp rebuilds its compute graph for a decode unless it can reuse the previous one (on a GPU
 * that is a rebuild and a CUDA graph capture per token). With a KV cache per sequence it splits a batch into
 * parts that take sequences in increasing, consecutive id order only, and reuses a graph only for the same
 * sequences: node-llama-cpp queued the streams in the order their tokens were sampled, a different one each
 * step, so 4 streams decoded as 2-4 graphs per step, nearly all built anew.
 */
describe('decode steps reuse llama.cpp compute graph', () => {
  const engine = useDemoEngine(ensureDemoModel, { parallel: PARALLEL, queueMax: PARALLEL, contextSize: 2048 });

  for (const streams of [1, PARALLEL]) {
    it(`reuses the graph from one decode step to the next with ${streams} answer(s) streaming`, async () => {
      const sizes = countTokensPerDecode(engine());
      await takeGraphReuses(engine());
      const answers = await streamFixedLengthAnswers(engine(), streams, ANSWER_TOKENS);
      const reused = await takeGraphReuses(engine());
      for (const answer of answers) expect(answer.done?.finishReason).toBe('length');
      // Decode steps carry one token per stream; prompts arrive as larger batches first and build their own graphs.
      const decodeSteps = sizes.filter((size) => size <= streams).length;
      expect(decodeSteps).toBeGreaterThanOrEqual(ANSWER_TOKENS - 1);
      // The streams join one step apart and end one step apart: each step of that ramp and tail has a new shape.
      expect(reused, `graphs reused over ${decodeSteps} decode steps (tokens per step: ${sizes.join(',')})`).toBeGreaterThanOrEqual(decodeSteps - 2 * streams);
    });
  }
});
