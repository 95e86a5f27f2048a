import { InferenceErrorCode } from '@medlocal/inference';
import type { ErrorStatusTable } from '../common/errors';

/** Statuses for the inference library's codes (it knows nothing of HTTP). */
export const INFERENCE_ERROR_STATUS = {
  [InferenceErrorCode.QueueFull]: 503,
  // The server has room; this caller has its share waiting already.
  [InferenceErrorCode.CallerQueueFull]: 429,
  [InferenceErrorCode.QueueTimeout]: 503,
  [InferenceErrorCode.PromptTooLong]: 400,
  [InferenceErrorCode.ModelFileInvalid]: 503,
  [InferenceErrorCode.ModelLoadFailed]: 503,
  [InferenceErrorCode.EngineClosed]: 503,
  [InferenceErrorCode.RemoteUnavailable]: 502,
  [InferenceErrorCode.RemoteProtocol]: 502,
  // Grammars reach the engine from /v1 callers: a refused one is the caller's mistake.
  [InferenceErrorCode.GrammarInvalid]: 400,
  [InferenceErrorCode.GrammarTooComplex]: 400,
  [InferenceErrorCode.Unsupported]: 400,
  [InferenceErrorCode.GenerationFailed]: 500,
} as const satisfies ErrorStatusTable<InferenceErrorCode>;
