import { API_ERROR_CODES } from '@medlocal/contracts';
import { InferenceErrorCode } from '@medlocal/inference';
import { AuditStoreErrorCode } from '@medlocal/audit';
import { AccountsErrorCode } from '../accounts/accounts.errors';
import { AuditErrorCode } from '../audit/audit.errors';
import { BatchErrorCode } from '../batches/batch.errors';
import { ChatErrorCode } from '../chat/chat.errors';
import { CHAT_ERROR_STATUS_TABLES, statusForErrorCode as chatStatusForErrorCode } from '../chat/chat-error-statuses';
import { DrainErrorCode } from '../drain/drain.errors';
import { API_ERROR_STATUSES, statusForErrorCode } from './api-error-statuses';

describe('API error statuses', () => {
  it("answers every module's codes with the status its table gives", () => {
    expect(statusForErrorCode(AccountsErrorCode.LoginRateLimited)).toBe(429);
    expect(statusForErrorCode(BatchErrorCode.UploadTooLarge)).toBe(413);
    expect(statusForErrorCode(ChatErrorCode.ConversationBusy)).toBe(409);
    expect(statusForErrorCode(DrainErrorCode.ShuttingDown)).toBe(503);
    expect(statusForErrorCode(InferenceErrorCode.CallerQueueFull)).toBe(429);
    expect(statusForErrorCode('API_KEY_INVALID')).toBe(401);
    expect(statusForErrorCode('METRICS_FORBIDDEN')).toBe(403);
    expect(statusForErrorCode('PROMPT_TEMPLATE_NOT_FOUND')).toBe(404);
    expect(statusForErrorCode('TEXT_TOO_LONG')).toBe(413);
    expect(statusForErrorCode('VALIDATION_FAILED')).toBe(400);
  });

  it("answers the audit module's codes from its table, without loading the audit module first", () => {
    expect(statusForErrorCode(AuditErrorCode.OutOfScope)).toBe(403);
    expect(statusForErrorCode(AuditErrorCode.DeidPreviewTooLarge)).toBe(413);
    expect(statusForErrorCode(AuditStoreErrorCode.Unavailable)).toBe(503);
    expect(statusForErrorCode(AuditStoreErrorCode.Closed)).toBe(503);
    expect(statusForErrorCode(AuditStoreErrorCode.WriteFailed)).toBe(503);
    expect(statusForErrorCode(AuditStoreErrorCode.QueryRejected)).toBe(400);
    expect(statusForErrorCode(AuditStoreErrorCode.SummaryRejected)).toBe(500);
    expect(statusForErrorCode(AuditStoreErrorCode.EventRejected)).toBe(500);
  });

  it("leaves the audit trail's start-up codes unmapped, so their messages (file paths) never reach a caller", () => {
    for (const code of [
      AuditStoreErrorCode.RetentionTooShort,
      AuditStoreErrorCode.HmacKeyInvalid,
      AuditStoreErrorCode.AnchorUnreadable,
      AuditStoreErrorCode.AnchorUnwritable,
      AuditStoreErrorCode.SpoolRejected,
    ]) {
      expect(statusForErrorCode(code)).toBeUndefined();
    }
  });

  it('knows every inference code, so none leaks out as an unexplained 500', () => {
    for (const code of Object.values(InferenceErrorCode)) expect(API_ERROR_STATUSES.has(code)).toBe(true);
  });

  it('leaves unlisted codes unmapped (the filter answers 500)', () => {
    expect(statusForErrorCode('CONFIGURATION_INVALID')).toBeUndefined();
    expect(statusForErrorCode('NO_SUCH_CODE')).toBeUndefined();
  });

  it('answers every code a chat question can end with as chat itself does', () => {
    const chatCodes = Object.values(CHAT_ERROR_STATUS_TABLES).flatMap((table) => Object.keys(table));

    expect(chatCodes).toEqual(
      expect.arrayContaining([DrainErrorCode.ShuttingDown, ChatErrorCode.ConversationBusy, InferenceErrorCode.QueueFull, AuditStoreErrorCode.Unavailable]),
    );
    for (const code of chatCodes) expect(statusForErrorCode(code)).toBe(chatStatusForErrorCode(code));
  });

  it('lists every code it answers with in the shared contract, which the console must translate into Chinese and English', () => {
    // The error filter adds one code of its own for a database that cannot be reached.
    const answered = [...API_ERROR_STATUSES.keys(), 'DATABASE_UNAVAILABLE'].sort();

    expect([...API_ERROR_CODES].sort()).toEqual(answered);
  });
});
