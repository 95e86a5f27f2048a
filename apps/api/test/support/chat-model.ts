import { INFERENCE_ENGINE, type InferenceEngine, type InferenceRequest } from '@medlocal/inference';
import { ACCOUNTS_TEST_ENV } from './sign-in';
import type { RunningApi } from './start-api';

/** The demo model on one thread with short answers: chat specs read prompts and events, not prose. */
export const SHORT_ANSWER_CHAT_ENV: Record<string, string> = {
  ...ACCOUNTS_TEST_ENV,
  INFERENCE_THREADS: '1',
  INFERENCE_CONTEXT_SIZE: '2048',
  INFERENCE_MAX_ANSWER_TOKENS: '160',
  INFERENCE_THOUGHT_BUDGET_TOKENS: '32',
};

/**
 * Every request the running API's model is given from now on, in order, while the real llama.cpp engine
 * still answers it: what a prompt held is read here, not guessed.
 */
export function recordModelRequests(sut: RunningApi): InferenceRequest[] {
  const requests: InferenceRequest[] = [];
  const engine = sut.app.get<InferenceEngine>(INFERENCE_ENGINE, { strict: false });
  const generate = engine.generate.bind(engine);
  vi.spyOn(engine, 'generate').mockImplementation((request, signal) => {
    requests.push(request);
    return generate(request, signal);
  });
  return requests;
}
