import type { LlamaContext } from 'node-llama-cpp' with { 'resolution-mode': 'import' };

/** node-llama-cpp's own answer for "no token could be sampled"; its evaluator throws on it. */
const NO_TOKEN = -1;

/** Message node-llama-cpp's evaluator throws when the guarded sampler answered NO_TOKEN. */
export const NO_TOKEN_SAMPLED = /Failed to sample next token/;

type NativeSampleToken = (batchLogitIndex: number, sampler: unknown, probabilities?: boolean, confidence?: boolean) => Promise<unknown>;

/**
 * node-llama-cpp 3.x samples every token inside a batch dispatch it starts with `void withLock(…)`.
 * When the native sampler rejects — llama.cpp throws "Unexpected empty grammar stack" once a grammar
 * admits nothing the model can write — the rejection escapes unhandled (Node exits) and the
 * generation waiting on that batch never settles, holding its sequence. This wraps the context's
 * native `sampleToken` so a rejection becomes node-llama-cpp's own "no token" answer: the evaluator
 * then throws inside that one generation's iterator, where the engine ends the request, and the
 * batch completes for every other sequence. A process-wide `unhandledRejection` handler could not
 * release the sequence, so it is no substitute.
 *
 * Fails closed: if node-llama-cpp no longer exposes the native context this way, the engine does not start.
 */
export function guardNativeSampling(context: LlamaContext): void {
  const native = (context as unknown as { _ctx?: { sampleToken?: NativeSampleToken } })._ctx;
  const sampleToken = native?.sampleToken;
  if (!native || typeof sampleToken !== 'function') {
    throw new Error('node-llama-cpp no longer exposes its native sampleToken: the sampling guard cannot be installed');
  }
  const guarded: NativeSampleToken = (batchLogitIndex, sampler, probabilities, confidence) => {
    let sampled: Promise<unknown>;
    try {
      sampled = Promise.resolve(sampleToken.call(native, batchLogitIndex, sampler, probabilities, confidence));
    } catch (error) {
      sampled = Promise.reject(error);
    }
    return sampled.catch(() => {
      // With probabilities or confidence requested the evaluator expects [token, …].
      return probabilities || confidence ? [NO_TOKEN] : NO_TOKEN;
    });
  };
  // The addon's methods are read-only on its prototype: an own property shadows it for this context only.
  Object.defineProperty(native, 'sampleToken', { value: guarded, writable: false, configurable: true, enumerable: false });
}
