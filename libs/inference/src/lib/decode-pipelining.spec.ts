import { ensureDemoModel } from '@medlocal/demo-model';
import type { LocalInferenceEngine } from './local-inference.engine';
import { watchNativeCalls, watchNativeReturns } from './testing/decode-batches.fixture';
import { fixedLengthAnswer, useDemoEngine } from './testing/demo-engine.fixture';

const ANSWER_TOKENS = 24;

/** Counts, from now on, the engine's `llama_decode` calls that have returned, whichever native call makes them. */
function countFinishedDecodes(engine: LocalInferenceEngine): { finished: number } {
  const decodes = { finished: 0 };
  for (const method of ['decodeBatch', 'decodeBatchAndSample']) watchNativeReturns(engine, method, () => (decodes.finished += 1));
  return decodes;
}

/** Counts, from now on, the engine's `llama_decode` calls as they start and as they return. */
function countDecodes(engine: LocalInferenceEngine): { started: number; finished: number } {
  const decodes = { started: 0, finished: 0 };
  for (const method of ['decodeBatch', 'decodeBatchAndSample']) {
    watchNativeCalls(engine, method, () => (decodes.started += 1));
    watchNativeReturns(engine, method, () => (decodes.finished += 1));
  }
  return decodes;
}

/** A few event-loop turns, or until `done` says the awaited thing happened: what a slow client's socket costs per token. */
async function holdUntil(done: () => boolean): Promise<void> {
  for (let turn = 0; turn < 40 && !done(); turn++) await new Promise((resolve) => setTimeout(resolve, 5));
}

/**
 * Issue 23: the next decode step began only once the consumer had taken a token's text (the SSE framing and the socket
 * write ran on the event loop between two decodes), so every token paid for that work before llama.cpp went on; on
 * a two-core server single-stream decode read 0.92 of llama-server's, whose decode thread never waits for its HTTP
 * thread. The engine now hands a token's text on while the next token is being decoded.
 */
describe('the next token is decoded while this one streams', () => {
  const engine = useDemoEngine(ensureDemoModel, { parallel: 1, queueMax: 1, contextSize: 2048 });

  it('decodes the next token while the consumer still holds the text of this one', async () => {
    const decodes = countFinishedDecodes(engine());
    let handled = 0;
    let overlapped = 0;
    let finishReason: string | undefined;
    for await (const event of fixedLengthAnswer(engine(), 'Explain the anion gap', ANSWER_TOKENS, 7)) {
      if (event.type === 'done') finishReason = event.finishReason;
      if (event.type !== 'thought' && event.type !== 'answer') continue;
      // With nothing decoding while the consumer holds the token, no decode can return meanwhile.
      const before = decodes.finished;
      await holdUntil(() => decodes.finished > before);
      handled += 1;
      if (decodes.finished > before) overlapped += 1;
    }
    expect(finishReason).toBe('length');
    expect(handled).toBeGreaterThanOrEqual(ANSWER_TOKENS / 2);
    // The last token's text is the only one with no decode behind it (the answer stops there); a token whose text the
    // decoder held back arrives together with the next one.
    expect(overlapped).toBeGreaterThanOrEqual(handled - 2);
  });

  /**
   * The decode loop waited for the sequence's next token one event-loop turn at a time (`setImmediate`), and a turn
   * ends only once the microtask queue is empty: every promise hop of the token's way out (node-llama-cpp's generator,
   * the engine's, the HTTP stream's) ran before llama.cpp was handed the next step, and the consumer got each token
   * with nothing decoding. The loop now goes on the moment the sequence queues its next token.
   */
  it('has the next decode running by the time the consumer gets a token', async () => {
    const decodes = countDecodes(engine());
    let handled = 0;
    let decodingOnArrival = 0;
    for await (const event of fixedLengthAnswer(engine(), 'Explain the osmolal gap', ANSWER_TOKENS, 9)) {
      if (event.type !== 'thought' && event.type !== 'answer') continue;
      handled += 1;
      if (decodes.started > decodes.finished) decodingOnArrival += 1;
    }
    expect(handled).toBeGreaterThanOrEqual(ANSWER_TOKENS / 2);
    expect(decodingOnArrival).toBeGreaterThanOrEqual(handled - 2);
  });

  it('decodes nothing after the last token of an answer cut at its length', async () => {
    const decodes = countFinishedDecodes(engine());
    let decodesAtLastText = 0;
    for await (const event of fixedLengthAnswer(engine(), 'Explain the anion gap again', ANSWER_TOKENS, 8)) {
      if (event.type === 'thought' || event.type === 'answer') decodesAtLastText = decodes.finished;
    }
    await holdUntil(() => false);
    expect(decodes.finished).toBe(decodesAtLastText);
  });
});
