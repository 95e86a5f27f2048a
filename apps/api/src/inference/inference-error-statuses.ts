import { InferenceErrorCode } from '@medlocal/inference';
import { registerErrorStatuses } from '../common/errors';

registerErrorStatuses({
  [InferenceErrorCode.QueueFull]: 503,
  [InferenceErrorCode.QueueTimeout]: 503,
  [InferenceErrorCode.PromptTooLong]: 400,
  [InferenceErrorCode.ModelFileInvalid]: 503,
  [InferenceErrorCode.ModelLoadFailed]: 503,
  [InferenceErrorCode.EngineClosed]: 503,
  [InferenceErrorCode.RemoteUnavailable]: 502,
  [InferenceErrorCode.RemoteProtocol]: 502,
  [InferenceErrorCode.GrammarInvalid]: 500,
  [InferenceErrorCode.Unsupported]: 400,
  [InferenceErrorCode.GenerationFailed]: 500,
});
