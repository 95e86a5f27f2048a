import { InferenceErrorCode } from '@medlocal/inference';
import { AccountsErrorCode } from '../accounts/accounts.errors';
import { BatchErrorCode } from '../batches/batch.errors';
import { ChatErrorCode } from '../chat/chat.errors';
import { API_ERROR_STATUSES, statusForErrorCode } from './api-error-statuses';

describe('API error statuses', () => {
  it('answers every module\'s codes with the status its table gives', () => {
    expect(statusForErrorCode(AccountsErrorCode.LoginRateLimited)).toBe(429);
    expect(statusForErrorCode(BatchErrorCode.UploadTooLarge)).toBe(413);
    expect(statusForErrorCode(ChatErrorCode.ShuttingDown)).toBe(503);
    expect(statusForErrorCode(InferenceErrorCode.CallerQueueFull)).toBe(429);
    expect(statusForErrorCode('API_KEY_INVALID')).toBe(401);
    expect(statusForErrorCode('METRICS_FORBIDDEN')).toBe(403);
    expect(statusForErrorCode('PROMPT_TEMPLATE_NOT_FOUND')).toBe(404);
    expect(statusForErrorCode('TEXT_TOO_LONG')).toBe(413);
    expect(statusForErrorCode('VALIDATION_FAILED')).toBe(400);
  });

  it('knows every inference code, so none leaks out as an unexplained 500', () => {
    for (const code of Object.values(InferenceErrorCode)) expect(API_ERROR_STATUSES.has(code)).toBe(true);
  });

  it('leaves unlisted codes unmapped (the filter answers 500)', () => {
    expect(statusForErrorCode('CONFIGURATION_INVALID')).toBeUndefined();
    expect(statusForErrorCode('NO_SUCH_CODE')).toBeUndefined();
  });
});
