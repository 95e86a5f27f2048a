import { collectInferenceEvents, type CollectedInference } from '../collect-inference-events.util';
import type { LocalInferenceEngine } from '../local-inference.engine';
import { fixedLengthAnswer } from './demo-engine.fixture';

/** The native context node-llama-cpp keeps inside an engine, for specs that watch what llama.cpp is handed. */
export function nativeContextOf(engine: LocalInferenceEngine): { printTimings(): void; initBatch(size: number): void } {
  return (engine as unknown as { context: { _ctx: { printTimings(): void; initBatch(size: number): void } } }).context._ctx;
}

/** Replaces the native context's `method` with `wrap`, which is handed the original call; absent methods stay absent. */
function wrapNativeMethod(engine: LocalInferenceEngine, method: string, wrap: (call: () => unknown, args: unknown[]) => unknown): void {
  const native = nativeContextOf(engine) as unknown as Record<string, unknown>;
  const original = native[method];
  if (typeof original !== 'function') return;
  Object.defineProperty(native, method, {
    value: (...args: unknown[]) => wrap(() => (original as (...args: unknown[]) => unknown).apply(native, args), args),
    configurable: true,
  });
}

/**
 * Calls `listener` with the arguments of every call of the native context's `method` from now on; the call itself goes
 * on as before. A method the loaded bindings lack is left absent (the listener never hears of it).
 */
export function watchNativeCalls(engine: LocalInferenceEngine, method: string, listener: (args: unknown[]) => void): void {
  wrapNativeMethod(engine, method, (call, args) => {
    listener(args);
    return call();
  });
}

/** Calls `listener` whenever a call of the native context's asynchronous `method` has settled, from now on. */
export function watchNativeReturns(engine: LocalInferenceEngine, method: string, listener: () => void): void {
  wrapNativeMethod(engine, method, (call) => Promise.resolve(call()).finally(listener));
}

/** Records the tokens llama.cpp is handed in each `llama_decode` from now on (node-llama-cpp sizes each batch with `initBatch`). */
export function countTokensPerDecode(engine: LocalInferenceEngine): number[] {
  const sizes: number[] = [];
  watchNativeCalls(engine, 'initBatch', ([size]) => sizes.push(size as number));
  return sizes;
}

/** `streams` answers side by side, each cut at exactly `tokens` tokens (its grammar asks for far more characters). */
export function streamFixedLengthAnswers(engine: LocalInferenceEngine, streams: number, tokens: number): Promise<CollectedInference[]> {
  return Promise.all(
    Array.from({ length: streams }, (_, index) =>
      collectInferenceEvents({ events: fixedLengthAnswer(engine, `Question ${index}: explain acute kidney injury`, tokens, index + 1) }),
    ),
  );
}
