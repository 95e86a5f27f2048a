import { InferenceError, InferenceErrorCode } from '@medlocal/inference';
import { PromptingError, PromptingErrorCode } from '@medlocal/prompting';
import { DomainError } from '../common/errors';
import { publicFailureMessage } from './public-failure-message.util';

describe(publicFailureMessage.name, () => {
  it('never shows a clinician where the inference tier lives', () => {
    const error = new InferenceError(InferenceErrorCode.RemoteUnavailable, 'remote http://10.0.2.10:8000/v1 unreachable: TypeError: fetch failed');
    const message = publicFailureMessage(error);
    expect(message).not.toMatch(/10\.0\.2\.10|http/);
    // The runtime's own words for a refused or reset connection (TypeError: fetch failed) say nothing a clinician can use.
    expect(message).toBe('The inference service cannot be reached (no connection): ask again in a moment');
    const slow = new InferenceError(
      InferenceErrorCode.RemoteUnavailable,
      'remote http://10.0.2.10:8000/v1 unreachable: TimeoutError: no response within 150000 ms',
    );
    expect(publicFailureMessage(slow)).toBe('The inference service cannot be reached (TimeoutError: no response within 150000 ms): ask again in a moment');
    const refused = new InferenceError(InferenceErrorCode.RemoteUnavailable, 'remote http://10.0.2.10:8000/v1 answered HTTP 503: its node is unreachable');
    expect(publicFailureMessage(refused)).not.toMatch(/10\.0\.2\.10/);
  });

  it('says a question that does not fit the context is too long, with the sizes', () => {
    const error = new PromptingError(PromptingErrorCode.ContextTooSmall, 'System prompt … need 5200 tokens, but only 1096 …', {
      systemTokens: 900,
      questionTokens: 4300,
      limit: 1096,
      contextSize: 4096,
      reserveForAnswer: 3000,
    });
    expect(publicFailureMessage(error)).toBe(
      'The question is too long for the model: with the patient profile it needs 5200 tokens and 1096 are left after the room kept for the answer. Shorten the question.',
    );
  });

  it('keeps the message of other domain and inference errors, and hides anything else', () => {
    expect(publicFailureMessage(new DomainError('QUEUE_FULL', 'The model is busy: ask again in a moment'))).toBe('The model is busy: ask again in a moment');
    expect(publicFailureMessage(new InferenceError(InferenceErrorCode.QueueTimeout, 'waited 120 s'))).toBe('waited 120 s');
    expect(publicFailureMessage(new Error('ECONNRESET 10.0.0.5'))).toBe('The answer could not be completed');
  });
});
