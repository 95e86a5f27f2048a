import { ensureDemoModel } from '@medlocal/demo-model';
import { countTokensPerDecode, streamFixedLengthAnswers } from './testing/decode-batches.fixture';
import { useDemoEngine } from './testing/demo-engine.fixture';

const STREAMS = 4;
/** Every answer is cut at the same token count: its grammar asks for far more characters than that. */
const ANSWER_TOKENS = 40;

/**
 * Issue 23: with several answers streaming, every sequence that has sampled its next token must join
 * the next decode step. node-llama-cpp 3.21.1 formed the next batch before the last-sampled sequence
 * had queued its token, so 4 streams decoded 3 tokens per step (264 of 266 steps) and throughput fell.
 */
describe('decode steps carry one token from every streaming answer', () => {
  const engine = useDemoEngine(ensureDemoModel, { parallel: STREAMS, queueMax: STREAMS, contextSize: 2048 });

  it(`decodes ${STREAMS} tokens per step while ${STREAMS} answers stream side by side`, async () => {
    const sizes = countTokensPerDecode(engine());
    const answers = await streamFixedLengthAnswers(engine(), STREAMS, ANSWER_TOKENS);
    for (const answer of answers) expect(answer.done?.finishReason).toBe('length');
    // Decode steps are the single-token-per-stream batches (prompts arrive as larger batches first).
    const decodeSteps = sizes.filter((size) => size <= STREAMS);
    // Streams may start up to a step apart each (a question that arrives, or restarts under its grammar, joins at
    // the next step rather than holding the others back) and so end apart; between, every step carries all of them.
    const firstFull = decodeSteps.indexOf(STREAMS);
    const lastFull = decodeSteps.lastIndexOf(STREAMS);
    const shape = `tokens per decode step: ${decodeSteps.join(',')}`;
    expect(decodeSteps.length).toBeGreaterThanOrEqual(ANSWER_TOKENS - 1);
    expect(firstFull, shape).toBeGreaterThanOrEqual(0);
    expect(firstFull, shape).toBeLessThanOrEqual(STREAMS - 1);
    expect(decodeSteps.length - 1 - lastFull, shape).toBeLessThanOrEqual(STREAMS - 1);
    expect(
      decodeSteps.slice(firstFull, lastFull + 1).every((size) => size === STREAMS),
      shape,
    ).toBe(true);
  });
});
